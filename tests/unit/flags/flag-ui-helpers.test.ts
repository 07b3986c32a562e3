import { describe, expect, it } from 'vitest';
import { readFields, toggleRelated } from '../../../src/flags/ui/flag-fields';
import { selectionDraft } from '../../../src/flags/background/flags-context-menu';
import { LIMITS, SHORTENED_MARK } from '../../../src/flags/model/flag-schema';
import { saveFlag } from '../../../src/flags/store/flags-store';
import { freshDb } from './helpers';

describe('readFields', () => {
  const companies = [{ id: 'ibm', name: 'IBM' }];
  const base = { title: 'T', companyName: 'ibm', category: 'other' as const, relatedText: 'edri-q8, ibm', note: 'n' };

  it('maps a detected company typed in any case to its dataset id, anything else to a name only', () => {
    expect(readFields(base, companies)).toEqual({
      ok: true,
      fields: { title: 'T', companyId: 'ibm', companyName: 'IBM', category: 'other', relatedIds: ['edri-q8', 'ibm'], note: 'n' },
    });
    expect(readFields({ ...base, companyName: ' Acme ' }, companies)).toMatchObject({ ok: true, fields: { companyId: null, companyName: 'Acme' } });
  });

  it('asks for a category and names invalid related ids', () => {
    expect(readFields({ ...base, category: '' }, companies)).toEqual({ ok: false, error: 'Choose a category.' });
    expect(readFields({ ...base, relatedText: 'ok-id Bad/Id' }, companies)).toMatchObject({ ok: false, error: expect.stringMatching(/Bad\/Id/) });
  });
});

describe('selectionDraft (context menu)', () => {
  const info = { menuItemId: 'pledgewatch-flag-selection', selectionText: 'flattened  text', pageUrl: 'https://a.example/p' };

  it('prefers the content script’s verbatim selection, hash and detected company', () => {
    const draft = selectionDraft(info, { id: 1, title: 'Tab title' }, {
      snapshot: { url: 'https://a.example/p', title: 'Page', textHash: 'c'.repeat(64), selection: ' line one\nline two ' },
      analysis: { companies: [{ id: 'ibm', name: 'IBM', score: 1, evidence: [] }] } as never,
    });
    expect(draft).toMatchObject({ quote: 'line one\nline two', title: 'Page', textHash: 'c'.repeat(64), companyId: 'ibm', companyName: 'IBM', category: 'other' });
  });

  it('falls back to the menu’s selection text and page address when the page cannot answer', () => {
    const draft = selectionDraft(info, { id: 1, title: 'Tab title' }, { snapshot: null, analysis: null });
    expect(draft).toMatchObject({ url: 'https://a.example/p', title: 'Tab title', quote: 'flattened  text', textHash: null, companyId: null });
  });

  it('a page with a 2,001-character title and an 8,100-character URL is flagged, both shortened with a visible mark (issue 13, row 12)', async () => {
    const longUrl = `https://a.example/p?q=${'x'.repeat(8_100)}#frag`;
    const draft = selectionDraft({ ...info, pageUrl: longUrl }, { id: 1, title: 'T'.repeat(2_001) }, { snapshot: null, analysis: null });
    const db = await freshDb();
    const { flag } = await saveFlag(db, draft, { submit: false });
    expect(flag.title).toHaveLength(LIMITS.title);
    expect(flag.title.endsWith(SHORTENED_MARK)).toBe(true);
    expect(flag.url.length).toBeLessThanOrEqual(LIMITS.url);
    expect(flag.url.startsWith('https://a.example/p?q=xxx')).toBe(true);
    expect(flag.url.endsWith(SHORTENED_MARK)).toBe(true);
    // Flagging the same passage again finds the same flag (the shortened address is its address).
    expect((await saveFlag(db, draft, { submit: false })).created).toBe(false);
    db.close();
  });
});

describe('related records as checkboxes', () => {
  it('ticks and unticks one id, keeping the others in order and never twice', () => {
    expect(toggleRelated('a-1 b-2', 'c-3', true)).toBe('a-1 b-2 c-3');
    expect(toggleRelated('a-1 b-2', 'a-1', true)).toBe('b-2 a-1');
    expect(toggleRelated('a-1, b-2', 'a-1', false)).toBe('b-2');
    expect(toggleRelated('', 'a-1', false)).toBe('');
  });
});

import { describe, expect, it } from 'vitest';
import { correctionDraft, counterExamples, CorrectionRequest, MAX_PASSAGE, sentenceAround } from '../../../src/flags/model/correction-flag';
import { FlagDraft } from '../../../src/flags/model/flag-schema';
import { buildExport } from '../../../src/flags/model/flags-export';
import { flagsToCandidates } from '../../../src/flags/model/flags-to-candidates';
import { analysisOf, mini } from '../../fixtures/popup/mini-dataset';

const req = (over: Partial<CorrectionRequest> = {}): CorrectionRequest => ({
  category: 'not-vague-here',
  passage: 'We will not sell general purpose facial recognition.',
  term: { id: 'general-purpose', text: 'general purpose' },
  textHash: null,
  ...over,
});

describe('a one-click correction ("Wrong?")', () => {
  it('is a valid flag draft of the sender page, pre-filled with the passage, the term and the company', () => {
    const draft = correctionDraft(req(), 'https://example.com/news/1#section', analysisOf());
    expect(FlagDraft.parse(draft)).toEqual(draft);
    expect(draft).toMatchObject({
      url: 'https://example.com/news/1',
      title: 'Examplecorp news',
      companyId: 'examplecorp',
      quote: 'We will not sell general purpose facial recognition.',
      category: 'not-vague-here',
    });
    expect(draft.note).toContain('term: general-purpose');
  });

  it('refuses a page that is not http(s), and a passage or term a hostile page made huge', () => {
    expect(() => correctionDraft(req(), 'file:///etc/passwd', null)).toThrow();
    expect(CorrectionRequest.safeParse(req({ passage: 'x'.repeat(MAX_PASSAGE + 1) })).success).toBe(false);
    expect(CorrectionRequest.safeParse(req({ term: { id: 'Not A Slug', text: 'x' } })).success).toBe(false);
    expect(CorrectionRequest.safeParse({ ...req(), category: 'new-commitment' }).success).toBe(false);
  });

  it('round-trips through the export as a counter-example the evaluation can read, and never becomes a dataset candidate', () => {
    const now = new Date('2026-12-01T10:00:00Z');
    const flag = (id: string, draft: ReturnType<typeof correctionDraft>) => ({
      ...draft,
      id,
      createdAt: now.toISOString(),
      updatedAt: now.toISOString(),
      key: 'k',
      submission: { state: 'local' as const },
    });
    const file = buildExport(
      [
        flag('3f0c6a9e-8f1e-4c55-9d0e-2b7d41f6a1c3', correctionDraft(req(), 'https://example.com/a', analysisOf())),
        flag('3f0c6a9e-8f1e-4c55-9d0e-2b7d41f6a1c4', correctionDraft(req({ category: 'wrong-company', term: null, passage: '' }), 'https://example.com/b', analysisOf())),
        flag('3f0c6a9e-8f1e-4c55-9d0e-2b7d41f6a1c5', { ...correctionDraft(req(), 'https://example.com/c', null), category: 'vague-claim' }),
      ],
      now,
    );
    const read = counterExamples(JSON.parse(JSON.stringify(file)).flags);
    expect(read).toEqual([
      { url: 'https://example.com/a', category: 'not-vague-here', passage: 'We will not sell general purpose facial recognition.', termId: 'general-purpose', companyId: 'examplecorp' },
      { url: 'https://example.com/b', category: 'wrong-company', passage: '', termId: null, companyId: 'examplecorp' },
    ]);
    const { added, skipped } = flagsToCandidates(mini, file.flags);
    expect(added.map((c) => c.category)).toEqual(['vague-claim']);
    expect(skipped.map((s) => s.reason)).toEqual([expect.stringMatching(/correction/), expect.stringMatching(/correction/)]);
  });
});

describe('sentenceAround', () => {
  const text = 'First sentence. IBM no longer offers general purpose IBM facial recognition. Last one!';
  it('takes the sentence the term stands in', () => {
    const at = text.indexOf('general purpose');
    expect(sentenceAround(text, at, at + 15)).toBe('IBM no longer offers general purpose IBM facial recognition.');
    expect(sentenceAround(text, 0, 5)).toBe('First sentence.');
    expect(sentenceAround(text, text.indexOf('Last'), text.indexOf('Last') + 4)).toBe('Last one!');
  });
  it('bounds a run-on passage', () => {
    const long = 'a, '.repeat(5000) + 'general purpose' + ', b'.repeat(5000);
    const at = long.indexOf('general purpose');
    const passage = sentenceAround(long, at, at + 15);
    expect(passage.length).toBeLessThanOrEqual(MAX_PASSAGE);
    expect(passage).toContain('general purpose');
  });
});

// The term list's lines (content/items.ts listEntries): one per kind and key, counted, in the order of
// first appearance, with the text a reader recognises.
import { describe, expect, it } from 'vitest';
import { listEntries } from '../../../src/content/items';
import type { PaintItem } from '../../../src/content/paint-item';
import type { TermInfo } from '../../../src/core/lexicon/term-info';
import { noDetails } from '../../../src/core/page-details';

const item = (kind: PaintItem['kind'], key: string, text = key): PaintItem =>
  ({ id: 0, kind, key, category: kind === 'vague' ? 'hedge' : 'commitment', text, segments: [], range: null }) as unknown as PaintItem;

describe('the term list', () => {
  it('has one line per kind and key, counted, in the order each first appears', () => {
    const items = [item('vague', 'where-appropriate', 'Where appropriate'), item('commitment', 'ibm-1'), item('vague', 'responsibly'), item('vague', 'where-appropriate', 'where appropriate'), item('commitment', 'ibm-1'), item('commitment', 'ibm-2', 'IBM will act')];
    const terms = new Map([['where-appropriate', { id: 'where-appropriate', phrase: 'where appropriate' } as TermInfo]]);
    const details = { ...noDetails(), commitments: { 'ibm-1': { summary: 'No general purpose facial recognition' } } } as never;
    const entries = listEntries(items, details, terms);
    expect(entries.map((e) => [e.category, e.key, e.text, e.count])).toEqual([
      ['hedge', 'where-appropriate', 'where appropriate', 2],
      ['commitment', 'ibm-1', 'No general purpose facial recognition', 2],
      ['hedge', 'responsibly', 'responsibly', 1],
      ['commitment', 'ibm-2', 'IBM will act', 1],
    ]);
  });
});

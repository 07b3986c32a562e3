// The restated search scores its candidate windows over one tokenization of the page (restated.ts
// `pageWords`), where it used to tokenize each window's slice again, once per quote a phrase anchored. Held
// here to the per-window reading it replaced (the reference below is that code), on pages built from the
// dataset's quotes with edits, filler, punctuation and astral letters, so windows start and end inside
// words, inside surrogate pairs and at each other's edges. Pass 1 (the windows) is the search's own; what
// changed is how pass 2 reads each window's words.
import { describe, expect, it } from 'vitest';
import type { RestatedCommitment } from '../../../src/core/analysis-schema';
import { alignAnchors, createRestatedSearch, lcs, pageWords, planRestated, RESTATED_MIN_SIMILARITY, windowWords, wordTokens, type RestatedPlan, type RestatedSearch } from '../../../src/core/restated';
import { getTestDataset } from './fixtures';

const shingle = (words: readonly string[], i: number) => words[i] + ' ' + words[i + 1] + ' ' + words[i + 2];

/** The search as it was: each window (the search's own pass 1) tokenized on its own. */
function referenceFind(plan: RestatedPlan, search: RestatedSearch, text: string): RestatedCommitment[] {
  const windows = search.windows(text);
  const results: RestatedCommitment[] = [];
  for (const [ordinal, spans] of windows) {
    const quote = wordTokens(plan.quotes[ordinal]!).map((t) => t.word);
    const shingles = new Map<string, number[]>();
    for (let i = 0; i + 2 < quote.length; i++) shingles.set(shingle(quote, i), [...(shingles.get(shingle(quote, i)) ?? []), i]);
    for (const [start, end] of spans) {
      const tokens = wordTokens(text.slice(start, end)).map((t) => ({ ...t, start: t.start + start, end: t.end + start }));
      const words = tokens.map((t) => t.word);
      const list: [number, number][] = [];
      for (let i = 0; i + 2 < words.length; i++) for (const q of shingles.get(shingle(words, i)) ?? []) list.push([i, q]);
      for (const { origin, first, last, count } of alignAnchors(list, quote.length).groups) {
        if (count < Math.max(1, (quote.length - 2) * 0.3)) continue;
        const from = Math.max(0, Math.min(first, origin));
        const to = Math.min(tokens.length - 1, Math.max(last + 2, origin + quote.length - 1));
        const window = words.slice(from, to + 1);
        const similarity = Math.round(((2 * lcs(window, quote)) / (window.length + quote.length)) * 1000) / 1000;
        if (similarity < RESTATED_MIN_SIMILARITY) continue;
        const offset = tokens[from]!.start;
        results.push({ commitmentId: plan.ids[ordinal]!, offset, length: tokens[to]!.end - offset, similarity: Math.min(1, similarity) });
      }
    }
  }
  return results.sort((x, y) => y.similarity - x.similarity || x.offset - y.offset);
}

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32);
}

const FILLER = ['the', 'policy', 'we', 'and', 'rights', 'human', 'respect', 'will', '𝐀𝐁', 'x̃y', '—', '“', '”', '.', ',', '\n', 'Télécom', '42'];

describe('the restated search over one tokenization of the page', () => {
  it('finds what scoring each window on its own found, on hundreds of generated pages', () => {
    const dataset = getTestDataset();
    const quotes = dataset.commitments.filter((c) => c.kind !== 'reported-practice').map((c) => ({ id: c.id, quote: c.quote }));
    const plan = planRestated(quotes);
    const search = createRestatedSearch(plan);
    let found = 0;
    for (let seed = 1; seed <= 300; seed++) {
      const r = rng(seed);
      const pieces: string[] = [];
      for (let n = 0; n < 2 + Math.floor(r() * 8); n++) {
        if (r() < 0.6) {
          // A quote, perhaps cut short or edited: words dropped, changed or glued to an astral letter.
          const words = quotes[Math.floor(r() * quotes.length)]!.quote.split(/\s+/);
          const from = r() < 0.3 ? Math.floor(r() * words.length) : 0;
          const to = r() < 0.3 ? from + Math.floor(r() * (words.length - from)) : words.length;
          pieces.push(words.slice(from, to).map((w) => (r() < 0.05 ? FILLER[Math.floor(r() * FILLER.length)]! : r() < 0.03 ? w + '𝐀' : w)).join(r() < 0.1 ? '  ' : ' '));
        } else pieces.push(Array.from({ length: Math.floor(r() * 60) }, () => FILLER[Math.floor(r() * FILLER.length)]!).join(r() < 0.5 ? ' ' : ''));
      }
      const text = pieces.join(r() < 0.5 ? ' ' : '\n');
      const expected = referenceFind(plan, search, text);
      expect(search.find(text), `seed ${seed}`).toEqual(expected);
      found += expected.length;
    }
    // The pages do restate quotes: the comparison is not between two empty lists.
    expect(found).toBeGreaterThan(200);
  });

  it('reads a window\'s words as its own slice would, wherever the window cuts a word or a surrogate pair', () => {
    let windows = 0;
    for (let seed = 1; seed <= 400; seed++) {
      const r = rng(seed);
      const text = Array.from({ length: 20 + Math.floor(r() * 200) }, () => FILLER[Math.floor(r() * FILLER.length)]!).join(r() < 0.5 ? ' ' : '');
      const spans: [number, number][] = Array.from({ length: 1 + Math.floor(r() * 4) }, () => {
        const from = Math.floor(r() * text.length);
        return [from, Math.min(text.length, from + Math.floor(r() * 120))];
      });
      const page = pageWords(text, spans);
      for (const [from, to] of spans) {
        const expected = wordTokens(text.slice(from, to));
        const got = windowWords(page, from, to);
        expect({ words: got.words, starts: got.starts, ends: got.ends }, `seed ${seed} [${from}, ${to})`).toEqual({
          words: expected.map((t) => t.word),
          starts: expected.map((t) => t.start + from),
          ends: expected.map((t) => t.end + from),
        });
        windows++;
      }
    }
    expect(windows).toBeGreaterThan(800);
  });
});

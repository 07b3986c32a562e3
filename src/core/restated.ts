/**
 * Finds where a page quotes or closely paraphrases a tracked commitment. Text and quotes are reduced to
 * lowercase word tokens, so punctuation, typographic quotes, case and line breaks do not matter; word
 * trigrams ("shingles") of each quote locate candidate passages in one pass over the page's words, and a
 * word-level LCS over the candidate window gives the similarity (1 = the quote word for word).
 */
import type { Commitment, Dataset } from '../data/schema';
import type { RestatedCommitment } from './analysis-schema';
import { comparableUrl } from './url-utils';

/** Below this a passage shares phrases with a quote but says something else. */
export const RESTATED_MIN_SIMILARITY = 0.75;

interface Token {
  word: string;
  start: number;
  end: number;
}

const WORD = /[\p{L}\p{N}]+/gu;

export function wordTokens(text: string): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(WORD)) tokens.push({ word: m[0].toLowerCase(), start: m.index!, end: m.index! + m[0].length });
  return tokens;
}

interface QuoteIndex {
  quotes: Map<string, string[]>;
  /** shingle → [commitment id, position in quote] */
  shingles: Map<string, [string, number][]>;
}

const indexCache = new WeakMap<Dataset, QuoteIndex>();

function shingle(words: string[], i: number): string {
  return words[i] + ' ' + words[i + 1] + ' ' + words[i + 2];
}

function quoteIndex(dataset: Dataset): QuoteIndex {
  let index = indexCache.get(dataset);
  if (index) return index;
  index = { quotes: new Map(), shingles: new Map() };
  for (const c of dataset.commitments) {
    const words = wordTokens(c.quote).map((t) => t.word);
    if (words.length < 3) continue;
    index.quotes.set(c.id, words);
    for (let i = 0; i + 2 < words.length; i++) {
      const key = shingle(words, i);
      const list = index.shingles.get(key);
      if (list) list.push([c.id, i]);
      else index.shingles.set(key, [[c.id, i]]);
    }
  }
  indexCache.set(dataset, index);
  return index;
}

function lcs(a: string[], b: string[]): number {
  let prev = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    const cur = new Array<number>(b.length + 1).fill(0);
    for (let j = 1; j <= b.length; j++) cur[j] = a[i - 1] === b[j - 1] ? prev[j - 1]! + 1 : Math.max(prev[j]!, cur[j - 1]!);
    prev = cur;
  }
  return prev[b.length]!;
}

/** `only` restricts the search to some commitments (none: all of them). */
export function findRestated(text: string, dataset: Dataset, only?: ReadonlySet<string>): RestatedCommitment[] {
  const index = quoteIndex(dataset);
  if (index.quotes.size === 0) return [];
  const tokens = wordTokens(text);
  const words = tokens.map((t) => t.word);
  // commitment id → page positions where one of its shingles starts, with the shingle's place in the quote
  const anchors = new Map<string, [number, number][]>();
  for (let i = 0; i + 2 < words.length; i++) {
    const found = index.shingles.get(shingle(words, i));
    if (!found) continue;
    for (const [id, q] of found) {
      if (only && !only.has(id)) continue;
      const list = anchors.get(id);
      if (list) list.push([i, q]);
      else anchors.set(id, [[i, q]]);
    }
  }
  const results: RestatedCommitment[] = [];
  for (const [id, list] of anchors) {
    const quote = index.quotes.get(id)!;
    // Group anchors by where they put the quote's first word; a few words of slack absorbs small edits.
    const used = new Set<number>();
    for (let a = 0; a < list.length; a++) {
      if (used.has(a)) continue;
      const origin = list[a]![0] - list[a]![1];
      let first = list[a]![0];
      let last = first;
      let count = 0;
      for (let b = a; b < list.length; b++) {
        const [pos, q] = list[b]!;
        if (Math.abs(pos - q - origin) > 6) continue;
        used.add(b);
        count++;
        first = Math.min(first, pos);
        last = Math.max(last, pos);
      }
      // Too few shared trigrams to be the same sentence: skip before paying for the LCS.
      if (count < Math.max(1, (quote.length - 2) * 0.3)) continue;
      const from = Math.max(0, Math.min(first, origin));
      const to = Math.min(tokens.length - 1, Math.max(last + 2, origin + quote.length - 1));
      const window = words.slice(from, to + 1);
      const common = lcs(window, quote);
      const similarity = Math.round(((2 * common) / (window.length + quote.length)) * 1000) / 1000;
      if (similarity < RESTATED_MIN_SIMILARITY) continue;
      const offset = tokens[from]!.start;
      results.push({ commitmentId: id, offset, length: tokens[to]!.end - offset, similarity: Math.min(1, similarity) });
    }
  }
  // One report per commitment and place: the best similarity first.
  return results.sort((x, y) => y.similarity - x.similarity || x.offset - y.offset);
}

/** Commitments whose own page (pageUrl, else its source's url) is this URL. */
export function commitmentsAtUrl(url: string, dataset: Dataset): Commitment[] {
  const here = comparableUrl(url);
  if (!here) return [];
  const sourceUrl = new Map(dataset.sources.map((s) => [s.id, s.url]));
  return dataset.commitments.filter((c) => {
    const own = c.pageUrl ?? sourceUrl.get(c.sourceId) ?? null;
    return own !== null && comparableUrl(own) === here;
  });
}

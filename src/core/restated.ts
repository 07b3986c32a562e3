/**
 * Finds where a page quotes or closely paraphrases a tracked commitment. Text and quotes are reduced to
 * lowercase word tokens, so punctuation, typographic quotes, case and line breaks do not matter.
 * 1. Anchors: every third word trigram of every quote, compiled into one trie regex (per dataset) whose
 *    separators skip any punctuation; one pass over the page finds candidate places.
 * 2. Around each candidate, and only there, the page's words are compared with the quote: trigrams
 *    ("shingles") align it, a word-level LCS gives the similarity (1 = the quote word for word).
 * A small edit leaves most anchors intact, and a page without any costs one regex pass.
 */
import type { Commitment, Dataset } from '../data/schema';
import type { RestatedCommitment } from './analysis-schema';
import { compileTrieSources } from './matcher/trie-regex';
import { precompiled } from './precompiled';
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
  /** Commitment id → quote (one of under three words has no anchor, so it is never looked for). */
  quotes: Map<string, string>;
  /** anchor trigram → commitment ids */
  anchors: Map<string, string[]>;
  anchorRegexes: RegExp[];
  /** A quote's words and where each of its shingles starts in it, built when a window first needs them. */
  parts: Map<string, QuoteParts>;
}

interface QuoteParts {
  words: string[];
  /** shingle → its positions in the quote */
  shingles: Map<string, number[]>;
}

/**
 * Between anchor words anything but letters and digits: "IBM’s", "design, build", "“general purpose”".
 * An ASCII class on purpose: `[\W_]` with the `i` flag made V8 spend ~450 ms compiling this regex.
 */
const ANCHOR_SEP = '[^a-z0-9]+';

const indexCache = new WeakMap<Dataset, QuoteIndex>();

const STOPWORDS = new Set(
  'that this with from have will would which their there they them been were what when where whom into onto upon than then also such only over under more most some very other these those your ours about being does each just must shall should could'.split(' '),
);
const isContentWord = (w: string) => w.length >= 4 && !STOPWORDS.has(w);

function shingle(words: string[], i: number): string {
  return words[i] + ' ' + words[i + 1] + ' ' + words[i + 2];
}

/**
 * Only the companies' own words can be restated: a page repeating what a third party reported about a
 * company (a reported practice) is not the company restating a commitment.
 */
const ownWordsCommitments = (dataset: Dataset) => dataset.commitments.filter((c) => c.kind !== 'reported-practice');

const quoteWords = (quote: string) => wordTokens(quote).map((t) => t.word);

function quoteIndex(dataset: Dataset): QuoteIndex {
  let index = indexCache.get(dataset);
  if (index) return index;
  const ready = precompiled().quoteAnchors;
  const fits = ready?.dataset === dataset;
  // Quotes are tokenized only when a window needs one (quoteParts); with a build-time plan, never here.
  const quotes = new Map(ownWordsCommitments(dataset).map((c) => [c.id, c.quote]));
  const anchors = new Map(fits ? ready.anchors : quoteAnchorEntries(dataset));
  const sources = fits ? ready.sources : anchorSources(anchors.keys());
  index = { quotes, anchors, anchorRegexes: sources.map((source) => new RegExp(source, 'gi')), parts: new Map() };
  indexCache.set(dataset, index);
  return index;
}

function quoteParts(index: QuoteIndex, id: string): QuoteParts {
  let parts = index.parts.get(id);
  if (parts) return parts;
  const words = quoteWords(index.quotes.get(id)!);
  const shingles = new Map<string, number[]>();
  for (let i = 0; i + 2 < words.length; i++) {
    const key = shingle(words, i);
    const list = shingles.get(key);
    if (list) list.push(i);
    else shingles.set(key, [i]);
  }
  index.parts.set(id, (parts = { words, shingles }));
  return parts;
}

/**
 * Every anchor trigram of a dataset's quotes with the commitments it anchors, in the order
 * `anchorSources` compiles them: every third trigram with a content word, and each quote's last.
 * Build-time work for the bundled dataset (see precompiled.ts); at run time for any other.
 */
export function quoteAnchorEntries(dataset: Dataset): [string, string[]][] {
  const anchors = new Map<string, string[]>();
  for (const c of ownWordsCommitments(dataset)) {
    const words = quoteWords(c.quote);
    if (words.length < 3) continue;
    let candidates = 0;
    for (let i = 0; i + 2 < words.length; i++) {
      // Anchors need a content word: "in order to" or "and of the" would fire on every page.
      if (!words.slice(i, i + 3).some(isContentWord)) continue;
      if (candidates++ % 3 === 0 || i + 3 === words.length) {
        const key = shingle(words, i);
        const ids = anchors.get(key);
        if (!ids) anchors.set(key, [c.id]);
        else if (!ids.includes(c.id)) ids.push(c.id);
      }
    }
  }
  return [...anchors];
}

/** The anchors' regex sources (build-time work for the bundled dataset, see precompiled.ts). */
export function anchorSources(anchors: Iterable<string>): string[] {
  return compileTrieSources(anchors, undefined, ANCHOR_SEP);
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
  if (index.anchors.size === 0) return [];
  // Pass 1: anchors → for each commitment, the text windows that may hold it.
  const windows = new Map<string, [number, number][]>();
  for (const re of index.anchorRegexes) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      re.lastIndex = m.index + 1;
      const key = wordTokens(m[0]).map((t) => t.word).join(' ');
      for (const id of index.anchors.get(key) ?? []) {
        if (only && !only.has(id)) continue;
        const reach = Math.ceil(index.quotes.get(id)!.length * 1.5) + 40;
        const span: [number, number] = [Math.max(0, m.index - reach), Math.min(text.length, m.index + reach)];
        const list = windows.get(id);
        const last = list?.at(-1);
        if (last && span[0] <= last[1]) last[1] = Math.max(last[1], span[1]);
        else if (list) list.push(span);
        else windows.set(id, [span]);
      }
    }
  }
  // Pass 2: only inside those windows, align and score.
  const results: RestatedCommitment[] = [];
  for (const [id, spans] of windows)
    for (const [start, end] of spans) results.push(...scoreWindow(text, start, end, id, index));
  // Best similarity first; one report per commitment and place.
  return results.sort((x, y) => y.similarity - x.similarity || x.offset - y.offset);
}

export type AnchorGroup = { origin: number; first: number; last: number; count: number };

/** Shingle matches this far from where their group puts the quote still belong to it (small edits). */
const SLACK = 6;

/**
 * Groups shingle matches (`[page word, quote word]`, in page order) by where they put the quote's first
 * word. A group spans at most the quote's length plus slack, so each match looks ahead only that far:
 * linear in the matches. (Looking at every later match made a page repeating one commitment 60,000 times
 * quadratic: 1.3 MB took 1.2 s, 2.6 MB 3.8 s.) `steps` counts the look-aheads, for tests.
 */
export function alignAnchors(list: readonly (readonly [number, number])[], quoteLength: number): { groups: AnchorGroup[]; steps: number } {
  const groups: AnchorGroup[] = [];
  const used = new Uint8Array(list.length);
  let steps = 0;
  for (let a = 0; a < list.length; a++) {
    if (used[a]) continue;
    const origin = list[a]![0] - list[a]![1];
    let first = list[a]![0];
    let last = first;
    let count = 0;
    for (let b = a; b < list.length; b++) {
      steps++;
      const [pos, q] = list[b]!;
      // Page positions only grow: past the end of this placement of the quote nothing more can join.
      if (pos > origin + quoteLength + SLACK) break;
      if (Math.abs(pos - q - origin) > SLACK) continue;
      used[b] = 1;
      count++;
      first = Math.min(first, pos);
      last = Math.max(last, pos);
    }
    groups.push({ origin, first, last, count });
  }
  return { groups, steps };
}

function scoreWindow(text: string, start: number, end: number, id: string, index: QuoteIndex): RestatedCommitment[] {
  const tokens = wordTokens(text.slice(start, end));
  for (const t of tokens) {
    t.start += start;
    t.end += start;
  }
  const words = tokens.map((t) => t.word);
  const { words: quote, shingles } = quoteParts(index, id);
  // Page positions where one of the quote's shingles starts, with the shingle's place in the quote.
  const list: [number, number][] = [];
  for (let i = 0; i + 2 < words.length; i++)
    for (const q of shingles.get(shingle(words, i)) ?? []) list.push([i, q]);
  const results: RestatedCommitment[] = [];
  for (const { origin, first, last, count } of alignAnchors(list, quote.length).groups) {
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
  return results;
}

const pagesCache = new WeakMap<Dataset, Map<string, Commitment[]>>();

/** Own-words commitments whose quote was read on this URL (their pageUrl). */
export function commitmentsAtUrl(url: string, dataset: Dataset): Commitment[] {
  let pages = pagesCache.get(dataset);
  if (!pages) {
    pages = new Map();
    for (const c of dataset.commitments) {
      // Only a page the quote was read on (check:data holds pageUrl to that); never a reported practice.
      if (c.kind === 'reported-practice' || c.pageUrl === null) continue;
      const own = c.pageUrl;
      const key = comparableUrl(own);
      pages.set(key, [...(pages.get(key) ?? []), c]);
    }
    pagesCache.set(dataset, pages);
  }
  return pages.get(comparableUrl(url)) ?? [];
}

/**
 * Finds where a page quotes or closely paraphrases a tracked commitment. Text and quotes are reduced to
 * lowercase word tokens, so punctuation, typographic quotes, case and line breaks do not matter.
 * 1. Anchors: every third word trigram of every quote, hashed at build time into one index (`planRestated`).
 *    One scan of the page's words hashes each trigram and probes the index: a page costs one word scan
 *    whatever the dataset's size (a trie regex of the anchors grew with every quote: 3,663 anchors
 *    compiled to 100 KB of regex source, compiled and run on every relevant page).
 *    Stock phrases that many quotes share ("human rights due") anchor none of them, so a common phrase
 *    cannot fan out into hundreds of windows.
 * 2. Around each candidate, and only there, the page's words are compared with the quote: trigrams
 *    ("shingles") align it, a word-level LCS gives the similarity (1 = the quote word for word). The
 *    windows' words are read once for all quotes (`pageWords`), as each window's own slice reads them.
 * A small edit leaves most anchors intact; a hash collision only costs one window's scoring.
 */
import type { RestatedCommitment } from './analysis-schema';
import { countBelow } from './sorted-search';

/** Below this a passage shares phrases with a quote but says something else. */
export const RESTATED_MIN_SIMILARITY = 0.75;

/** An anchor shared by more quotes than this is a stock phrase: it anchors none of them (see planRestated). */
export const MAX_ANCHOR_FANOUT = 6;

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

/** A quote the search looks for: an own-words commitment's id and words (never a reported practice's). */
export interface QuoteEntry {
  id: string;
  quote: string;
}

/**
 * The build-time index (JSON): quotes by ordinal, and the anchors as sorted 32-bit trigram hashes, each
 * with the ordinals of the quotes it anchors (`postings[offsets[i] .. offsets[i + 1])`).
 */
export interface RestatedPlan {
  ids: string[];
  quotes: string[];
  hashes: number[];
  offsets: number[];
  postings: number[];
}

export interface RestatedSearch {
  /** `only` restricts the search to some commitments (none: all of them). */
  find(text: string, only?: ReadonlySet<string>): RestatedCommitment[];
  /** Pass 1 of `find`: the windows around each quote's anchors on the page, by the quote's ordinal in the plan. */
  windows(text: string, only?: ReadonlySet<string>): Map<number, [number, number][]>;
}

const STOPWORDS = new Set(
  'that this with from have will would which their there they them been were what when where whom into onto upon than then also such only over under more most some very other these those your ours about being does each just must shall should could'.split(' '),
);
const isContentWord = (w: string) => w.length >= 4 && !STOPWORDS.has(w);

function shingle(words: readonly string[], i: number): string {
  return words[i] + ' ' + words[i + 1] + ' ' + words[i + 2];
}

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
const WORD_CHAR = /^[\p{L}\p{N}]$/u;

/**
 * FNV-1a over a word's lowercased UTF-16 units, each character lowercased on its own: the same number at
 * build time (Node, from the quote's words) and on the page (`scanTrigrams`, character by character).
 */
export function wordHash(word: string): number {
  let h = FNV_OFFSET;
  for (const char of word) {
    const lower = char.toLowerCase();
    for (let i = 0; i < lower.length; i++) h = Math.imul(h ^ lower.charCodeAt(i), FNV_PRIME);
  }
  return h >>> 0;
}

/**
 * Calls `visit(hash, start)` for every word trigram of `text` (its hash as `trigramHash` of the three
 * `wordHash`es, and where its first word starts), words as `wordTokens` reads them. One loop over the
 * characters, no substring or regex per word: ASCII (nearly all of most pages) by its code, other
 * characters by the same Unicode classes as WORD.
 */
export function scanTrigrams(text: string, visit: (hash: number, start: number) => void): void {
  let h1 = 0, h2 = 0, s1 = 0, s2 = 0;
  let words = 0;
  let h = FNV_OFFSET;
  let start = -1;
  const end = (at: number) => {
    const h3 = h >>> 0;
    if (++words >= 3) visit(trigramHash(h1, h2, h3), s1);
    h1 = h2;
    h2 = h3;
    s1 = s2;
    s2 = at;
    h = FNV_OFFSET;
    start = -1;
  };
  for (let i = 0; i < text.length; i++) {
    let c = text.charCodeAt(i);
    if (c < 128) {
      if (c >= 65 && c <= 90) c += 32;
      else if (!((c >= 97 && c <= 122) || (c >= 48 && c <= 57))) {
        if (start >= 0) end(start);
        continue;
      }
      if (start < 0) start = i;
      h = Math.imul(h ^ c, FNV_PRIME);
      continue;
    }
    const point = text.codePointAt(i)!;
    const char = String.fromCodePoint(point);
    if (point > 0xffff) i++;
    if (!WORD_CHAR.test(char)) {
      if (start >= 0) end(start);
      continue;
    }
    if (start < 0) start = i - (point > 0xffff ? 1 : 0);
    const lower = char.toLowerCase();
    for (let k = 0; k < lower.length; k++) h = Math.imul(h ^ lower.charCodeAt(k), FNV_PRIME);
  }
  if (start >= 0) end(start);
}

/** Three word hashes into one trigram hash (order matters: "not sell to" ≠ "sell not to"). */
export function trigramHash(a: number, b: number, c: number): number {
  let h = Math.imul(a ^ 0x9e3779b9, 0x85ebca6b);
  h = Math.imul((h ^ (h >>> 13) ^ b) >>> 0, 0xc2b2ae35);
  h = Math.imul((h ^ (h >>> 16) ^ c) >>> 0, 0x27d4eb2f);
  return (h ^ (h >>> 15)) >>> 0;
}

const quoteWords = (quote: string) => wordTokens(quote).map((t) => t.word);

/**
 * The anchors of each quote: every third trigram with a content word ("in order to" or "and of the" would
 * fire on every page), and the quote's last. Then stock phrases go: an anchor shared by more than
 * MAX_ANCHOR_FANOUT quotes is dropped, unless it is the last anchor some quote has left.
 * Build-time work for the bundled dataset; at run time for any other (a user's import, tests).
 */
export function planRestated(entries: readonly QuoteEntry[]): RestatedPlan {
  // Each anchor as its lowercase words (to count who shares it) and its hash (from the words as written:
  // wordHash lowercases each character itself, as the page scan does).
  const anchorsOf: { key: string; hash: number }[][] = [];
  const owners = new Map<string, number[]>();
  const kept: QuoteEntry[] = [];
  for (const entry of entries) {
    const tokens = wordTokens(entry.quote);
    const words = tokens.map((t) => t.word);
    if (words.length < 3) continue;
    const hashes = tokens.map((t) => wordHash(entry.quote.slice(t.start, t.end)));
    const ordinal = kept.length;
    const anchors: { key: string; hash: number }[] = [];
    let candidates = 0;
    for (let i = 0; i + 2 < words.length; i++) {
      if (!words.slice(i, i + 3).some(isContentWord)) continue;
      if (candidates++ % 3 === 0 || i + 3 === words.length) {
        const key = shingle(words, i);
        if (anchors.some((a) => a.key === key)) continue;
        anchors.push({ key, hash: trigramHash(hashes[i]!, hashes[i + 1]!, hashes[i + 2]!) });
        const list = owners.get(key);
        if (list) list.push(ordinal);
        else owners.set(key, [ordinal]);
      }
    }
    if (anchors.length === 0) continue;
    kept.push(entry);
    anchorsOf.push(anchors);
  }
  // Stock phrases out, but every quote keeps its least shared anchor.
  const byHash = new Map<number, Set<number>>();
  const shared = (a: { key: string }) => owners.get(a.key)!.length;
  anchorsOf.forEach((anchors, ordinal) => {
    const specific = anchors.filter((a) => shared(a) <= MAX_ANCHOR_FANOUT);
    const chosen = specific.length ? specific : [anchors.reduce((best, a) => (shared(a) < shared(best) ? a : best))];
    for (const { hash } of chosen) {
      const set = byHash.get(hash);
      if (set) set.add(ordinal);
      else byHash.set(hash, new Set([ordinal]));
    }
  });
  const hashes = [...byHash.keys()].sort((x, y) => x - y);
  const offsets: number[] = [];
  const postings: number[] = [];
  for (const hash of hashes) {
    offsets.push(postings.length);
    postings.push(...byHash.get(hash)!);
  }
  offsets.push(postings.length);
  return { ids: kept.map((e) => e.id), quotes: kept.map((e) => e.quote), hashes, offsets, postings };
}

interface QuoteParts {
  words: string[];
  /** shingle → its positions in the quote */
  shingles: Map<string, number[]>;
}

/**
 * The anchors' hashes → their slot in the plan (-1: no anchor), as an open-addressing table in typed arrays.
 * It is probed once per word trigram of the page (140,000 on the 1 MB bench page), and a Map keyed by
 * 32-bit hashes boxes every key past the small-integer range, about half of them.
 */
function anchorTable(hashes: readonly number[]): (hash: number) => number {
  let size = 16;
  while (size < hashes.length * 2) size *= 2;
  const mask = size - 1;
  const keys = new Int32Array(size);
  const slots = new Int32Array(size).fill(-1);
  const home = (hash: number) => (hash ^ (hash >>> 15)) & mask;
  hashes.forEach((hash, slot) => {
    let k = home(hash);
    while (slots[k] !== -1) k = (k + 1) & mask;
    keys[k] = hash | 0;
    slots[k] = slot;
  });
  return (hash) => {
    const key = hash | 0;
    for (let k = home(hash); ; k = (k + 1) & mask) {
      const slot = slots[k]!;
      if (slot === -1 || keys[k] === key) return slot;
    }
  };
}

/** The search over one plan. Building it costs one Map of the anchors; quotes are tokenized when a window first needs one. */
export function createRestatedSearch(plan: RestatedPlan): RestatedSearch {
  const anchorSlot = anchorTable(plan.hashes);
  const parts = new Map<number, QuoteParts>();

  const partsOf = (ordinal: number): QuoteParts => {
    let found = parts.get(ordinal);
    if (found) return found;
    const words = quoteWords(plan.quotes[ordinal]!);
    const shingles = new Map<string, number[]>();
    for (let i = 0; i + 2 < words.length; i++) {
      const key = shingle(words, i);
      const list = shingles.get(key);
      if (list) list.push(i);
      else shingles.set(key, [i]);
    }
    parts.set(ordinal, (found = { words, shingles }));
    return found;
  };

  /** One scan of the page's words, each trigram probed in the index → windows per quote. */
  function windowsOf(text: string, only?: ReadonlySet<string>): Map<number, [number, number][]> {
    const windows = new Map<number, [number, number][]>();
    scanTrigrams(text, (hash, start) => {
      const slot = anchorSlot(hash);
      if (slot < 0) return;
      for (let p = plan.offsets[slot]!; p < plan.offsets[slot + 1]!; p++) {
        const ordinal = plan.postings[p]!;
        if (only && !only.has(plan.ids[ordinal]!)) continue;
        const reach = Math.ceil(plan.quotes[ordinal]!.length * 1.5) + 40;
        const span: [number, number] = [Math.max(0, start - reach), Math.min(text.length, start + reach)];
        const list = windows.get(ordinal);
        const last = list?.at(-1);
        if (last && span[0] <= last[1]) last[1] = Math.max(last[1], span[1]);
        else if (list) list.push(span);
        else windows.set(ordinal, [span]);
      }
    });
    return windows;
  }

  function find(text: string, only?: ReadonlySet<string>): RestatedCommitment[] {
    if (plan.ids.length === 0) return [];
    const windows = windowsOf(text, only);
    // Pass 2: only inside those windows, align and score, over one tokenization of all of them: on a
    // human-rights page a phrase like "respect human rights" anchors dozens of quotes whose windows cover
    // the same text, each tokenized again (the eval pages' texts: 2-7 ms a 2 KB page).
    if (windows.size === 0) return [];
    const page = pageWords(text, [...windows.values()].flat());
    const results: RestatedCommitment[] = [];
    for (const [ordinal, spans] of windows)
      for (const [from, to] of spans) results.push(...scoreWindow(page, from, to, plan.ids[ordinal]!, partsOf(ordinal)));
    // Best similarity first; one report per commitment and place.
    return results.sort((x, y) => y.similarity - x.similarity || x.offset - y.offset);
  }

  return { find, windows: windowsOf };
}

/** The length of the longest common subsequence of two word lists (the similarity's numerator). */
export function lcs(a: string[], b: string[]): number {
  let prev = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    const cur = new Array<number>(b.length + 1).fill(0);
    for (let j = 1; j <= b.length; j++) cur[j] = a[i - 1] === b[j - 1] ? prev[j - 1]! + 1 : Math.max(prev[j]!, cur[j - 1]!);
    prev = cur;
  }
  return prev[b.length]!;
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

/**
 * The words of every window of a page, tokenized once: the windows' union, span by span, as `wordTokens`
 * reads each span. `keys[i]`, the shingle starting at word i, is made when first asked for.
 */
export interface PageWords {
  text: string;
  words: string[];
  starts: number[];
  ends: number[];
  keys: (string | undefined)[];
}

export function pageWords(text: string, spans: [number, number][]): PageWords {
  const page: PageWords = { text, words: [], starts: [], ends: [], keys: [] };
  const sorted = [...spans].sort((x, y) => x[0] - y[0]);
  for (let i = 0; i < sorted.length; ) {
    const from = sorted[i]![0];
    let to = sorted[i]![1];
    // Overlapping or touching windows read as one span: a word is never cut where two windows meet.
    for (i++; i < sorted.length && sorted[i]![0] <= to; i++) to = Math.max(to, sorted[i]![1]);
    for (const m of text.slice(from, to).matchAll(WORD)) {
      page.words.push(m[0].toLowerCase());
      page.starts.push(from + m.index!);
      page.ends.push(from + m.index! + m[0].length);
    }
  }
  return page;
}

const isLowSurrogate = (c: number) => c >= 0xdc00 && c <= 0xdfff;
const isHighSurrogate = (c: number) => c >= 0xd800 && c <= 0xdbff;

/**
 * The window [from, to)'s words, as `wordTokens(text.slice(from, to))` reads them: the page's words inside
 * it, and a word the window cuts, cut as the slice cuts it (never through a surrogate pair: the slice's
 * regex does not read half a letter).
 */
export function windowWords(page: PageWords, from: number, to: number): { words: string[]; starts: number[]; ends: number[]; first: number; cut: [boolean, boolean] } {
  // Words ending at or before `from` lie outside it (offsets are whole numbers).
  const first = countBelow(page.ends, from + 1);
  const after = countBelow(page.starts, to);
  const words = page.words.slice(first, after);
  const starts = page.starts.slice(first, after);
  const ends = page.ends.slice(first, after);
  const cut: [boolean, boolean] = [false, false];
  const recut = (i: number) => {
    let s = Math.max(starts[i]!, from);
    let e = Math.min(ends[i]!, to);
    if (s > starts[i]! && isLowSurrogate(page.text.charCodeAt(s))) s++;
    if (e < ends[i]! && isHighSurrogate(page.text.charCodeAt(e - 1))) e--;
    starts[i] = s;
    ends[i] = e;
    words[i] = page.text.slice(s, e).toLowerCase();
  };
  if (words.length && starts[0]! < from) {
    cut[0] = true;
    recut(0);
  }
  const last = words.length - 1;
  if (last >= 0 && ends[last]! > to) {
    cut[1] = true;
    recut(last);
  }
  // A cut that left nothing of its word (half a surrogate pair) leaves no word, as in the slice.
  for (let i = words.length - 1; i >= 0; i--) {
    if (starts[i]! < ends[i]!) continue;
    words.splice(i, 1);
    starts.splice(i, 1);
    ends.splice(i, 1);
  }
  return { words, starts, ends, first, cut };
}

function scoreWindow(page: PageWords, start: number, end: number, id: string, parts: QuoteParts): RestatedCommitment[] {
  const { words, starts, ends, first, cut } = windowWords(page, start, end);
  const { words: quote, shingles } = parts;
  // A shingle of uncut words is the page's (made once for every window that reads it).
  const keyAt = (i: number): string => {
    if ((cut[0] && i === 0) || (cut[1] && i + 2 >= words.length - 1) || starts[i] !== page.starts[first + i]) return shingle(words, i);
    return (page.keys[first + i] ??= shingle(page.words, first + i));
  };
  // Page positions where one of the quote's shingles starts, with the shingle's place in the quote.
  const list: [number, number][] = [];
  for (let i = 0; i + 2 < words.length; i++)
    for (const q of shingles.get(keyAt(i)) ?? []) list.push([i, q]);
  const results: RestatedCommitment[] = [];
  for (const { origin, first: firstMatch, last, count } of alignAnchors(list, quote.length).groups) {
    // Too few shared trigrams to be the same sentence: skip before paying for the LCS.
    if (count < Math.max(1, (quote.length - 2) * 0.3)) continue;
    const from = Math.max(0, Math.min(firstMatch, origin));
    const to = Math.min(words.length - 1, Math.max(last + 2, origin + quote.length - 1));
    const window = words.slice(from, to + 1);
    const common = lcs(window, quote);
    const similarity = Math.round(((2 * common) / (window.length + quote.length)) * 1000) / 1000;
    if (similarity < RESTATED_MIN_SIMILARITY) continue;
    const offset = starts[from]!;
    results.push({ commitmentId: id, offset, length: ends[to]! - offset, similarity: Math.min(1, similarity) });
  }
  return results;
}

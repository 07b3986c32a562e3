/**
 * The sentence and the line around a match, as the context rules read them (term-context.ts). A page's
 * matches number in the thousands (bench:page's 1 MB page: 5,305 in sentences of about 430 characters), so
 * the finders index the text once and answer each match by binary search: looking afresh each time scanned
 * 800 characters a match, by a character loop that a cold service worker runs slowly. `sentenceAround` and
 * `shortLineAround` are the fresh looks, the definitions; tests/unit/core/text-spans.test.ts holds the
 * finders equal to them on thousands of generated texts.
 */

import { countBelow } from './sorted-search';

/** How far either side of a match its sentence is looked for (characters). */
export const MAX_REACH = 400;

const NEWLINE = 10;
// By character code: these run per match, and `text[i]` makes a one-character string each time.
const isSentenceEnd = (c: number) => c === 46 /* . */ || c === 33 /* ! */ || c === 63; /* ? */
const isCloser = (c: number) => c === 34 /* " */ || c === 39 /* ' */ || c === 0x201d || c === 0x2019 || c === 41; /* ) */
const isSpace = (c: number) => c === 32 || c === 0xa0;
/** What `\s` matches, by code. */
export const isWhitespace = (c: number) => (c >= 9 && c <= 13) || c === 32 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;

/**
 * Whether a sentence starts at `p` (a line break before it, or a sentence end, closers and a space), reading
 * nothing below `floor`: the lowest index read when it does (the line break or the sentence end), else -1.
 */
function boundaryBefore(text: string, p: number, floor: number): number {
  const c = text.charCodeAt(p - 1);
  if (c === NEWLINE) return p - 1;
  if (isSpace(c)) {
    let k = p - 2;
    while (k >= floor && isCloser(text.charCodeAt(k))) k--;
    if (k >= floor && isSentenceEnd(text.charCodeAt(k))) return k;
  }
  return -1;
}

/** The sentence around [offset, end): scanned back to a boundary and forward to a sentence end or line break. */
function scanSentence(text: string, offset: number, end: number): [number, number] {
  const floor = Math.max(0, offset - MAX_REACH);
  let start = offset;
  while (start > floor && boundaryBefore(text, start, floor) < 0) start--;
  const ceil = Math.min(text.length, end + MAX_REACH);
  let stop = end;
  while (stop < ceil) {
    const c = text.charCodeAt(stop);
    if (c === NEWLINE) break;
    stop++;
    if (isSentenceEnd(c)) {
      let k = stop;
      while (k < ceil && isCloser(text.charCodeAt(k))) k++;
      if (k >= text.length || isWhitespace(text.charCodeAt(k))) {
        stop = k;
        break;
      }
    }
  }
  return [start, stop];
}

/** The sentence around an offset: from the previous sentence end or line break to the next, at most MAX_REACH either side. */
export function sentenceAround(text: string, offset: number, end = offset): [number, number] {
  return scanSentence(text, offset, end);
}

/**
 * Where sentences may start and stop in one text, found once: the characters that can end a sentence or a
 * line are found by one native regex pass, not by a character loop per match (a cold service worker runs
 * such loops slowly: on bench:page's 100 KB page the per-match scans were a third of its analysis).
 * - `starts`: each position p where `boundaryBefore(text, p, …)` holds for some floor, with `lows` the
 *   lowest index its test reads (it holds for a floor exactly when the floor is at or below that index);
 * - `stops`: each line break (`closes` -1) and each sentence end followed by closers and then whitespace or
 *   the text's end (`closes`: the index after the closers). A sentence end followed otherwise never stops a
 *   sentence, whatever the reach.
 */
interface SentenceIndex {
  starts: Int32Array;
  lows: Int32Array;
  stops: Int32Array;
  closes: Int32Array;
}

const SENTENCE_CHARS = /[\n.!?]/g;

function indexSentences(text: string): SentenceIndex {
  const starts: number[] = [];
  const lows: number[] = [];
  const stops: number[] = [];
  const closes: number[] = [];
  const re = new RegExp(SENTENCE_CHARS);
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const i = m.index;
    if (text.charCodeAt(i) === NEWLINE) {
      starts.push(i + 1);
      lows.push(i);
      stops.push(i);
      closes.push(-1);
      continue;
    }
    let k = i + 1;
    while (k < text.length && isCloser(text.charCodeAt(k))) k++;
    if (k >= text.length || isWhitespace(text.charCodeAt(k))) {
      stops.push(i);
      closes.push(k);
    }
    if (k < text.length && isSpace(text.charCodeAt(k))) {
      starts.push(k + 1);
      lows.push(i);
    }
  }
  return { starts: Int32Array.from(starts), lows: Int32Array.from(lows), stops: Int32Array.from(stops), closes: Int32Array.from(closes) };
}

/** `sentenceAround` read off the index: the same answer. */
function sentenceFromIndex(index: SentenceIndex, length: number, offset: number, end: number): [number, number] {
  const floor = Math.max(0, offset - MAX_REACH);
  // The scan back tests positions offset, offset - 1, … down to floor + 1 and stops at the first boundary
  // whose test reads nothing below the floor.
  let start = floor;
  for (let j = countBelow(index.starts, offset + 1) - 1; j >= 0 && index.starts[j]! > floor; j--) {
    if (index.lows[j]! >= floor) {
      start = index.starts[j]!;
      break;
    }
  }
  const ceil = Math.min(length, end + MAX_REACH);
  let stop = ceil;
  // The scan forward stops at the first line break before the ceiling, or the first sentence end whose
  // closers end by the ceiling (it reads no closer past it).
  for (let j = countBelow(index.stops, end); j < index.stops.length && index.stops[j]! < ceil; j++) {
    const closes = index.closes[j]!;
    if (closes < 0) {
      stop = index.stops[j]!;
      break;
    }
    if (closes <= ceil) {
      stop = closes;
      break;
    }
  }
  return [start, stop];
}

/**
 * `sentenceAround` for many matches of one text, in any order: the text is indexed once (indexSentences) and
 * each match's sentence read off the index by binary search.
 */
export function createSentenceFinder(): (text: string, offset: number, end: number) => [number, number] {
  let lastText: string | null = null;
  let index: SentenceIndex | null = null;
  return (text, offset, end) => {
    if (text !== lastText || !index) index = indexSentences(text);
    // Kept even when the texts were equal: two string objects are compared by content, and the same page
    // analysed again (a reload) would otherwise compare a megabyte per match from here on.
    lastText = text;
    return sentenceFromIndex(index, text.length, offset, end);
  };
}

/**
 * The line around an offset when it is at most `limit` characters long, else null. Looks no further than
 * `limit` either side: this runs per match, and a 5 MB page with no line break made an unbounded
 * `indexOf('\n')` per match quadratic (minutes on one text node).
 */
export function shortLineAround(text: string, offset: number, limit: number): string | null {
  let start = offset;
  while (start > 0 && text.charCodeAt(start - 1) !== NEWLINE) if (offset - --start > limit) return null;
  let end = offset;
  while (end < text.length && text.charCodeAt(end) !== NEWLINE) if (++end - start > limit) return null;
  return end - start > limit ? null : text.slice(start, end);
}

/**
 * `shortLineAround` for many matches of one text, with limits up to `maxLimit`: the text's line breaks are
 * found once (a native `indexOf` pass, linear however long the lines) and each match's line by a binary
 * search. Scanning each match's line by character (its start and end) cost the 1 MB bench page 27 ms of its
 * background analysis, most lines holding one match or two.
 */
export function createShortLineFinder(maxLimit: number): (text: string, offset: number, limit: number) => string | null {
  let lastText: string | null = null;
  let breaks: number[] = [];
  let line: { start: number; end: number; text: string | null } | null = null;
  return (text, offset, limit) => {
    if (limit > maxLimit) return shortLineAround(text, offset, limit);
    if (text !== lastText) {
      breaks = [];
      for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) breaks.push(at);
      line = null;
    }
    // Kept even when the texts were equal: two string objects are compared by content, and the same page
    // analysed again (a reload) would otherwise compare a megabyte per match from here on.
    lastText = text;
    if (!line || offset < line.start || offset > line.end) {
      // The first line break at or after `offset` ends its line; the one before that starts it.
      const lo = countBelow(breaks, offset);
      const start = lo > 0 ? breaks[lo - 1]! + 1 : 0;
      const end = lo < breaks.length ? breaks[lo]! : text.length;
      line = { start, end, text: null };
    }
    if (line.end - line.start > limit) return null;
    return (line.text ??= text.slice(line.start, line.end));
  };
}

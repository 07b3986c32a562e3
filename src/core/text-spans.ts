/**
 * The sentence and the line around a match, as the context rules read them (term-context.ts), and finders
 * that reuse the last answer for the next match where that gives exactly what a fresh look would. The
 * filter takes matches in text order and a sentence often holds several: on bench:page's 1 MB page (5,305
 * matches in sentences of about 430 characters) looking afresh each time scanned 800 characters a match.
 *
 * Why the reuse is exact (createSentenceFinder): a later match B (start and end at or after those of the
 * last match A) has A's sentence when
 * - A's sentence ended at a sentence end or line break, not at the reach, and B ends at or before that
 *   character: scanning forward from B's end meets the same characters and no earlier end (none lay between
 *   A's end and it; a wider reach changes nothing, as a run of closers cannot pass a sentence end);
 * - A's sentence began at a boundary whose test read nothing below B's reach (or at the text's start with B
 *   as close to it), and no boundary lies between A's start and B's: scanning back from B meets the
 *   positions A's scan found none in (a narrower reach finds no more), then the same boundary.
 * Anything else is looked at afresh. tests/unit/core/text-spans.test.ts holds the finders equal to the
 * fresh looks on thousands of generated texts.
 */

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
 * nothing below `floor`: the lowest index read when it does, else -1.
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

interface SentenceScan {
  start: number;
  stop: number;
  /** The lowest index the start's boundary test read; -1 when the start is the reach's or the text's. */
  startLow: number;
  /** The character that ended the sentence (its sentence end, or its line break); -1 when the reach did. */
  stopAt: number;
}

function scanSentence(text: string, offset: number, end: number): SentenceScan {
  const floor = Math.max(0, offset - MAX_REACH);
  let start = offset;
  let startLow = -1;
  while (start > floor) {
    const low = boundaryBefore(text, start, floor);
    if (low >= 0) {
      startLow = low;
      break;
    }
    start--;
  }
  const ceil = Math.min(text.length, end + MAX_REACH);
  let stop = end;
  // The text's end ends a sentence as a line break would.
  let stopAt = ceil === text.length ? text.length : -1;
  while (stop < ceil) {
    const c = text.charCodeAt(stop);
    if (c === NEWLINE) {
      stopAt = stop;
      break;
    }
    stop++;
    if (isSentenceEnd(c)) {
      let k = stop;
      while (k < ceil && isCloser(text.charCodeAt(k))) k++;
      if (k >= text.length || isWhitespace(text.charCodeAt(k))) {
        stopAt = stop - 1;
        stop = k;
        break;
      }
    }
  }
  return { start, stop, startLow, stopAt };
}

/** The sentence around an offset: from the previous sentence end or line break to the next, at most MAX_REACH either side. */
export function sentenceAround(text: string, offset: number, end = offset): [number, number] {
  const { start, stop } = scanSentence(text, offset, end);
  return [start, stop];
}

/** `sentenceAround` for matches asked about in text order, reusing the last sentence where exact (see the header). */
export function createSentenceFinder(): (text: string, offset: number, end: number) => [number, number] {
  let last: { text: string; offset: number; end: number; scan: SentenceScan } | null = null;
  const reusable = (text: string, offset: number, end: number): boolean => {
    if (last?.text !== text || offset < last.offset || end < last.end) return false;
    const { scan } = last;
    if (scan.stopAt < 0 || end > scan.stopAt) return false;
    const floor = Math.max(0, offset - MAX_REACH);
    if (floor > last.offset) return false;
    if (!(scan.startLow >= floor || (scan.start === 0 && floor === 0))) return false;
    for (let p = offset; p > last.offset; p--) if (boundaryBefore(text, p, floor) >= 0) return false;
    return true;
  };
  return (text, offset, end) => {
    const scan = reusable(text, offset, end) ? last!.scan : scanSentence(text, offset, end);
    last = { text, offset, end, scan };
    return [scan.start, scan.stop];
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
      let lo = 0;
      let hi = breaks.length;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (breaks[mid]! < offset) lo = mid + 1;
        else hi = mid;
      }
      const start = lo > 0 ? breaks[lo - 1]! + 1 : 0;
      const end = lo < breaks.length ? breaks[lo]! : text.length;
      line = { start, end, text: null };
    }
    if (line.end - line.start > limit) return null;
    return (line.text ??= text.slice(line.start, line.end));
  };
}

// The sentence and line around a match (core/text-spans.ts): the finders that reuse the last answer must
// give exactly what a fresh look gives, for matches asked about in text order as the filter asks, on texts
// built to hit every edge (sentence ends with and without closers, line breaks, sentences longer than the
// reach, matches containing a sentence end, the text's ends).
import { describe, expect, it } from 'vitest';
import { createSentenceFinder, createShortLineFinder, MAX_REACH, sentenceAround, shortLineAround } from '../../../src/core/text-spans';

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32);
}

/** A text of words, sentence ends, closers, spaces and line breaks, with long stretches now and then. */
function generatedText(r: () => number, length: number): string {
  const pieces = ['we', 'act', 'where', 'appropriate', ' ', ' ', ' ', '.', '. ', '! ', '? ', '."', '.” ', ')', "'", '\n', '\u00a0', '.)', 'e.g.', 'x'.repeat(MAX_REACH), ' '.repeat(3)];
  let text = '';
  while (text.length < length) {
    const piece = pieces[Math.floor(r() * pieces.length)]!;
    // Long stretches (past the reach) only sometimes, so most sentences are short.
    if (piece.length > 50 && r() < 0.9) continue;
    text += piece;
  }
  return text;
}

/** Matches in text order: offsets rising, some sharing a start, lengths from 1 to 12. */
function matchesIn(r: () => number, text: string): [number, number][] {
  const matches: [number, number][] = [];
  let at = 0;
  while (at < text.length) {
    const end = Math.min(text.length, at + 1 + Math.floor(r() * 12));
    matches.push([at, end]);
    at += r() < 0.2 ? 0 : 1 + Math.floor(r() * (r() < 0.1 ? 900 : 40));
    if (r() < 0.1 && at < text.length) matches.push([at, Math.min(text.length, at + 1)]);
  }
  return matches;
}

describe('the sentence around a match', () => {
  it('is found again exactly by the finder that reuses the last one, on thousands of generated texts', () => {
    let checked = 0;
    for (let seed = 1; seed <= 1_500; seed++) {
      const r = rng(seed);
      const text = generatedText(r, 200 + Math.floor(r() * 3_000));
      const find = createSentenceFinder();
      for (const [offset, end] of matchesIn(r, text)) {
        const fresh = sentenceAround(text, offset, end);
        const found = find(text, offset, end);
        if (found[0] !== fresh[0] || found[1] !== fresh[1]) throw new Error(`seed ${seed}, match ${offset}-${end}: ${JSON.stringify(found)}, fresh ${JSON.stringify(fresh)}`);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(50_000);
  });

  it('is found exactly for matches asked about in any order', () => {
    let checked = 0;
    for (let seed = 1; seed <= 300; seed++) {
      const r = rng(seed);
      const text = generatedText(r, 200 + Math.floor(r() * 3_000));
      const find = createSentenceFinder();
      const matches = matchesIn(r, text).sort(() => r() - 0.5);
      for (const [offset, end] of matches) {
        const fresh = sentenceAround(text, offset, end);
        const found = find(text, offset, end);
        if (found[0] !== fresh[0] || found[1] !== fresh[1]) throw new Error(`seed ${seed}, match ${offset}-${end}: ${JSON.stringify(found)}, fresh ${JSON.stringify(fresh)}`);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(8_000);
  });

  it('holds for a new text as for the old one (the finder never answers for another text)', () => {
    const find = createSentenceFinder();
    const a = 'We act where appropriate. Then more.';
    const b = 'Short. We act where appropriate, always.';
    expect(find(a, 7, 12)).toEqual(sentenceAround(a, 7, 12));
    expect(find(b, 10, 15)).toEqual(sentenceAround(b, 10, 15));
  });

  it('finds the sentence across line breaks and quotes, and no further than its reach', () => {
    const text = 'First one. “We may act,” she said. Next\nline here.';
    const at = text.indexOf('may');
    expect(text.slice(...sentenceAround(text, at, at + 3))).toBe('“We may act,” she said.');
    const n = text.indexOf('line');
    expect(text.slice(...sentenceAround(text, n, n + 4))).toBe('line here.');
    const long = 'a'.repeat(1_000) + ' may ' + 'b'.repeat(1_000);
    expect(sentenceAround(long, 1_001, 1_004)).toEqual([1_001 - MAX_REACH, 1_004 + MAX_REACH]);
  });
});

describe('the line around a match', () => {
  it('gives the line around an offset when it is short, else null', () => {
    const text = 'Ethical sourcing\nWe act where appropriate, always.\n' + 'x'.repeat(500);
    expect(shortLineAround(text, 3, 100)).toBe('Ethical sourcing');
    expect(shortLineAround(text, text.indexOf('where'), 100)).toBe('We act where appropriate, always.');
    expect(shortLineAround(text, text.length - 10, 100)).toBeNull();
    expect(shortLineAround('short', 0, 100)).toBe('short');
    expect(shortLineAround('x'.repeat(101), 50, 100)).toBeNull();
    expect(shortLineAround('x'.repeat(100), 50, 100)).toBe('x'.repeat(100));
  });

  it('answers for an equal text in another string object (the same page analysed again) as for the first', () => {
    const text = 'Ethical sourcing\nWe act where appropriate, always.\n' + 'x'.repeat(500);
    const copy = JSON.parse(JSON.stringify(text)) as string;
    const find = createShortLineFinder(1_000);
    expect(find(text, 20, 100)).toBe('We act where appropriate, always.');
    expect(find(copy, 3, 100)).toBe('Ethical sourcing');
    expect(find(copy, 20, 100)).toBe('We act where appropriate, always.');
    expect(find(copy, copy.length - 1, 1_000)).toBe('x'.repeat(500));
  });

  it('is found again exactly by the finder that remembers the last line, for every limit it serves', () => {
    for (let seed = 1; seed <= 300; seed++) {
      const r = rng(seed);
      const text = generatedText(r, 200 + Math.floor(r() * 3_000));
      const find = createShortLineFinder(1_000);
      for (const [offset] of matchesIn(r, text))
        for (const limit of [100, 1_000, 1_500]) {
          const fresh = shortLineAround(text, offset, limit);
          if (find(text, offset, limit) !== fresh) throw new Error(`seed ${seed}, offset ${offset}, limit ${limit}`);
        }
    }
  });
});

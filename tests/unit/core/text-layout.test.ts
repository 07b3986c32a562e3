// The page's layout as relevance reads it (relevance/evidence.ts textLayout): headings (short lines that do not
// end a sentence) and the opening paragraphs. Read by character code since session 10; held here to the
// regex reading it replaced (`\S+` words), on texts built to hit every edge.
import { describe, expect, it } from 'vitest';
import { textLayout } from '../../../src/core/relevance/evidence';

/** The reading before: a regex match per word. */
function regexLayout(text: string): { headings: [number, number][]; opening: [number, number][] } {
  const layout = { headings: [] as [number, number][], opening: [] as [number, number][] };
  const word = /\S+/g;
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    word.lastIndex = start;
    let words = 0;
    let last = '';
    for (let m = word.exec(text); m && m.index < end; m = word.exec(text)) {
      last = m[0];
      if (++words > 12) break;
    }
    if (words > 0) {
      if (words <= 12 && !/[.!?,;:]["'”’)]?$/.test(last)) layout.headings.push([start, end]);
      else if (words >= 12 && layout.opening.length < 2 && start < 4000) layout.opening.push([start, end]);
    }
    start = end + 1;
  }
  return layout;
}

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32);
}

describe('the layout of a page text', () => {
  it('finds the headings and opening paragraphs the regex reading found, on thousands of generated texts', () => {
    const pieces = ['Facial', 'recognition', 'policy', 'we', 'act.', 'done,', 'why?', 'said."', 'end.)', ' ', ' ', ' ', '\n', '\n\n', '\u00a0', '\u2003', '\t', '\u3000', 'x'.repeat(30), '😀'];
    for (let seed = 1; seed <= 2_000; seed++) {
      const r = rng(seed);
      let text = '';
      const length = Math.floor(r() * 2_000);
      while (text.length < length) text += pieces[Math.floor(r() * pieces.length)]!;
      expect(textLayout(text), `seed ${seed}`).toEqual(regexLayout(text));
    }
  });

  it('reads a short line without a sentence end as a heading, and a long first line as the opening', () => {
    const text = 'Our approach to facial recognition\n' + 'We will not sell facial recognition to police forces, and we publish every request we receive each year.';
    expect(textLayout(text)).toEqual({ headings: [[0, 34]], opening: [[35, text.length]] });
  });
});

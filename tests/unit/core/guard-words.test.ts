// A guarded entry counts only beside a word of its guard list (term-context.ts). The guard is found by
// looking up the prefixes of what follows the match (the suffixes of what precedes it) that end at a word
// boundary; held here to the definition, each guard word tried in turn, for every guarded entry of the
// bundled lexicon, on generated texts that put guard words, their pieces and lookalikes beside the match.
import { describe, expect, it } from 'vitest';
import { getVagueTerms } from '../../../src/core/lexicon/index';
import { followingGuard, guardWords, precedingGuard } from '../../../src/core/term-context';

const key = (s: string) => s.toLowerCase().replace(/[\s\-\u2010\u2011]+/g, ' ').replace(/\u2019/g, "'");
const WORD_CHAR = /[\p{L}\p{N}]/u;

/** The definition: the longest guard word that follows (after a separator, up to a word boundary). */
function followingByDefinition(after: string, words: readonly string[]): string | null {
  const next = key(after.slice(0, 60));
  if (!next.startsWith(' ')) return null;
  let best: string | null = null;
  for (const w of words.map(key)) if (w && next.startsWith(w, 1) && !WORD_CHAR.test(next[w.length + 1] ?? '') && w.length > (best?.length ?? 0)) best = w;
  return best;
}

function precedingByDefinition(before: string, words: readonly string[]): string | null {
  const prev = key(before.slice(-60));
  if (!prev.endsWith(' ')) return null;
  const body = prev.slice(0, -1);
  let best: string | null = null;
  for (const w of words.map(key)) if (w && body.endsWith(w) && !WORD_CHAR.test(body[body.length - w.length - 1] ?? '') && w.length > (best?.length ?? 0)) best = w;
  return best;
}

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32);
}

describe('the guard beside a match', () => {
  it('is the longest guard word there, as trying each guard word finds it, for every guarded entry', () => {
    const guarded = getVagueTerms().filter((t) => t.followedBy || t.precededBy);
    expect(guarded.length).toBeGreaterThan(20);
    let found = 0;
    let checked = 0;
    for (const [n, term] of guarded.entries()) {
      const r = rng(n + 1);
      const pool = [...(term.followedBy ?? []), ...(term.precededBy ?? [])];
      const piece = () => {
        const w = pool[Math.floor(r() * pool.length)] ?? 'x';
        const roll = r();
        // A guard word, its first letters, it glued to a word, in capitals, with an apostrophe or hyphen.
        return roll < 0.4 ? w : roll < 0.55 ? w.slice(0, 1 + Math.floor(r() * w.length)) : roll < 0.7 ? w + 'ly' : roll < 0.8 ? w.toUpperCase() : roll < 0.9 ? w.replace(/ /g, '-') : 'é' + w;
      };
      const sep = () => [' ', '  ', '-', '\u00a0', '\n', '', ', '][Math.floor(r() * 7)]!;
      for (let i = 0; i < 200; i++) {
        const before = Array.from({ length: 1 + Math.floor(r() * 3) }, () => piece() + sep()).join('');
        const after = Array.from({ length: 1 + Math.floor(r() * 3) }, () => sep() + piece()).join('');
        const text = before + term.phrase + after;
        const hit = { offset: before.length, length: term.phrase.length, text: term.phrase, term };
        if (term.followedBy) {
          const expected = followingByDefinition(after, term.followedBy);
          expect(followingGuard(text, hit, guardWords(term.followedBy)), `${term.id}: ${JSON.stringify(text)}`).toBe(expected);
          if (expected) found++;
        }
        if (term.precededBy) {
          const expected = precedingByDefinition(before, term.precededBy);
          expect(precedingGuard(text, hit, guardWords(term.precededBy)), `${term.id}: ${JSON.stringify(text)}`).toBe(expected);
          if (expected) found++;
        }
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(4_000);
    // Guard words are there to be found, not only missed.
    expect(found).toBeGreaterThan(1_000);
  });
});

// Word classes in the vague-term lexicon (lexicon/expand-classes.ts): a variant written with classes stands
// for every wording of its family, expanded into plain phrases when the lexicon is loaded.
import { describe, expect, it } from 'vitest';
import { expandPattern, expandWordClasses, MAX_EXPANDED_PHRASES, type WordClasses } from '../../../src/core/lexicon/expand-classes';
import { getVagueTerms, getWordClasses } from '../../../src/core/lexicon/index';
import { phrasesOf } from '../../../src/core/lexicon/phrases';
import type { VagueTerm } from '../../../src/core/lexicon/schema';
import vagueJson from '../../../src/core/lexicon/vague-terms.json';
import { bundledLexicons } from '../../../src/core/bundled-engine';
import { createPageMatcher } from '../../../src/core/page-matcher';
import { getBundledDataset } from '../../../src/data/dataset';

const classes: WordClasses = {
  aspire: { why: 'aims', words: ['aim', 'strive'] },
  firmly: { why: 'emphasis', words: ['firmly', 'strongly'] },
};
const term = (id: string, phrase: string, variants: string[]): VagueTerm => ({
  id, phrase, variants, category: 'aspiration', explanation: 'x', alternative: 'y', questionIds: [], example: phrase,
});

describe('word classes', () => {
  it('expands every class in a pattern, and an optional class to nothing too', () => {
    expect(expandPattern('<aspire> to', classes)).toEqual(['aim to', 'strive to']);
    expect(expandPattern('we <firmly?> <aspire>', classes)).toEqual(['we firmly aim', 'we firmly strive', 'we strongly aim', 'we strongly strive', 'we aim', 'we strive']);
    expect(expandPattern('plain words', classes)).toEqual(['plain words']);
    expect(() => expandPattern('<nothing> to', classes)).toThrow(/unknown word class <nothing>/);
  });

  it('leaves a phrase to the entry that lists it by hand, and to the first entry that expands to it', () => {
    const [a, b, c] = expandWordClasses([term('a', 'aim to', []), term('b', 'we aim', ['<aspire> to']), term('c', 'we strive', ['<aspire> to', 'strive to'])], classes);
    expect(phrasesOf(a!)).toEqual(['aim to']);
    expect(phrasesOf(b!)).toEqual(['we aim']);
    expect(phrasesOf(c!)).toEqual(['we strive', 'strive to']);
    const [d, e] = expandWordClasses([term('d', 'we aim', ['<aspire> to']), term('e', 'we strive', ['<aspire> to'])], classes);
    expect(phrasesOf(d!)).toEqual(['we aim', 'aim to', 'strive to']);
    expect(phrasesOf(e!)).toEqual(['we strive']);
  });

  it('refuses to grow past its bound', () => {
    expect(() => expandWordClasses([term('b', 'we aim', ['<aspire> to', '<firmly> <aspire>'])], classes, 4)).toThrow(/expand to 7 phrases, more than 4/);
  });

  it('uses every bundled class, and only classes that exist', () => {
    const named = new Set(
      (vagueJson.terms as { variants: string[]; followedBy?: string[]; precededBy?: string[] }[])
        .flatMap((t) => [...t.variants, ...(t.followedBy ?? []), ...(t.precededBy ?? [])])
        .flatMap((p) => [...p.matchAll(/<([a-z0-9-]+)\??>/g)].map((m) => m[1]!)),
    );
    expect([...named].filter((n) => !(n in getWordClasses()))).toEqual([]);
    expect(Object.keys(getWordClasses()).filter((n) => !named.has(n))).toEqual([]);
  });

  it('keeps the page matcher (lexicons and tracked companies, as the bench builds it) at two regex passes', () => {
    // Each regex is one more pass over the page: a third, even a small one, cost the matcher a third of its speed.
    // Grow a class that is checked beside the match (followedBy, precededBy) rather than a phrase list.
    expect(createPageMatcher(bundledLexicons(), getBundledDataset().companies).withCustomTerms().sources.length).toBeLessThanOrEqual(2);
  });

  it('gives the bundled lexicon plain phrases only, within the bound', () => {
    const phrases = getVagueTerms().flatMap(phrasesOf);
    expect(phrases.filter((p) => /[<>]/.test(p))).toEqual([]);
    expect(phrases.length).toBeLessThanOrEqual(MAX_EXPANDED_PHRASES);
    expect(Object.keys(getWordClasses()).length).toBeGreaterThan(0);
  });
});

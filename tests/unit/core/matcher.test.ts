import { describe, expect, it } from 'vitest';
import { compileMatcher } from '../../../src/core/matcher/compiled-matcher';
import { compileTrieSource, compileTrieSources, MAX_SOURCE_LENGTH } from '../../../src/core/matcher/trie-regex';
import { getPageMatcher } from './fixtures';
import { getBundledDataset } from '../../../src/data/dataset';
import type { Steps } from '../../../src/core/steps';

const match = (phrases: string[], text: string, caseSensitive: string[] = []) =>
  compileMatcher(phrases.map((p) => ({ phrase: p, value: p, caseSensitive: caseSensitive.includes(p) })))
    .match(text)
    .map((h) => [h.offset, h.text, h.values.join('+')]);

describe('trie-compiled matcher', () => {
  it('factors shared prefixes into one alternation', () => {
    const source = compileTrieSource(['ai ethics', 'ai principles', 'algorithmic bias']);
    expect(source.match(/\ba/g)?.length ?? 0).toBeLessThanOrEqual(2);
    expect(source).toContain('(?:ethics\\b|principles\\b)');
  });

  it('finds the longest phrase at a position, shorter phrases at the same start, and phrases starting inside it', () => {
    expect(match(['human rights', 'human rights due diligence', 'due diligence'], 'Human rights due diligence matters.')).toEqual([
      [0, 'Human rights due diligence', 'human rights due diligence'],
      [0, 'Human rights', 'human rights'],
      [13, 'due diligence', 'due diligence'],
    ]);
  });

  it('treats spaces, hyphens and line breaks alike and either apostrophe alike', () => {
    const hits = match(['general purpose', "we're committed"], 'general-purpose, general\n  purpose, We’re committed');
    expect(hits.map((h) => h[1])).toEqual(['general-purpose', 'general\n  purpose', 'We’re committed']);
  });

  it('respects word boundaries: "BT" is not found in "doubt" or "BTU"', () => {
    expect(match(['BT'], 'no doubt, 40,000 BTU, subtle', ['BT'])).toEqual([]);
    expect(match(['BT'], 'BT and Vodafone', ['BT'])).toEqual([[0, 'BT', 'BT']]);
  });

  it('applies exact case only to entries that ask for it', () => {
    expect(match(['May', 'may'], 'In May we may act.', ['May', 'may'])).toEqual([
      [3, 'May', 'May'],
      [10, 'may', 'may'],
    ]);
    expect(match(['may'], 'May 30, 2018', ['may'])).toEqual([]);
  });

  it('matches {year} and {n} placeholders', () => {
    const hits = match(['by {year}', 'within {n} days', '{n}%'], 'by 2025, within 30 days, 12.5% but not by 1850');
    expect(hits.map((h) => h[1])).toEqual(['by 2025', 'within 30 days', '12.5%']);
  });

  it('agrees with one regex per phrase on random phrases and text (longest hit per start position)', () => {
    let seed = 7;
    const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
    const word = () => Array.from({ length: 1 + Math.floor(rnd() * 3) }, () => 'abcde'[Math.floor(rnd() * 5)]).join('');
    for (let round = 0; round < 20; round++) {
      const phrases = [...new Set(Array.from({ length: 25 }, () => Array.from({ length: 1 + Math.floor(rnd() * 3) }, word).join(' ')))];
      const text = Array.from({ length: 400 }, word).join(' ');
      const expected = new Map<number, string>();
      for (const p of phrases) {
        const re = new RegExp('\\b' + p.replace(/ /g, '[\\s\\-\\u2010\\u2011]+') + '\\b', 'gi');
        for (let m = re.exec(text); m; re.lastIndex = m.index + 1, m = re.exec(text)) {
          const prev = expected.get(m.index);
          if (!prev || m[0].length > prev.length) expected.set(m.index, m[0]);
        }
      }
      // The longest hit at each start comes first; shorter phrases at the same start follow it.
      const got = new Map<number, string>();
      for (const [o, t] of match(phrases, text)) if (!got.has(o as number)) got.set(o as number, t as string);
      expect(got).toEqual(expected);
    }
  });

  it('keeps every regex under V8\'s optimisation budget, splitting by first character when it must', () => {
    for (const source of getPageMatcher({ dataset: getBundledDataset() }).sources) expect(source.length).toBeLessThanOrEqual(MAX_SOURCE_LENGTH);
    const phrases = ['alpha beta', 'alpha gamma', 'beta delta', 'gamma', 'delta epsilon'];
    expect(compileTrieSources(phrases, 30).length).toBeGreaterThan(1);
    const text = 'Alpha beta, beta delta and gamma; delta epsilon. alphagamma alpha-gamma';
    const entries = phrases.map((p) => ({ phrase: p, value: p }));
    const splitMatcher = compileMatcher(entries, { maxSourceLength: 30 });
    expect(splitMatcher.sources.length).toBeGreaterThan(1);
    const strip = (hits: { offset: number; text: string }[]) => hits.map((h) => [h.offset, h.text]);
    expect(strip(splitMatcher.match(text))).toEqual(strip(compileMatcher(entries).match(text)));
    expect(strip(splitMatcher.match(text)).map((h) => h[1])).toEqual(['Alpha beta', 'beta delta', 'gamma', 'delta epsilon', 'alpha-gamma', 'gamma']);
  });

  it('finds the same hits, in text order, when a long text is matched a window at a time by several regexes', () => {
    const phrases = ['alpha beta', 'alpha gamma', 'beta delta', 'gamma', 'delta epsilon'];
    const entries = phrases.map((p) => ({ phrase: p, value: p }));
    const splitMatcher = compileMatcher(entries, { maxSourceLength: 30 });
    // Phrases every few hundred characters, so some straddle the matcher's 128 KB windows (steps).
    const sentence = 'lorem ipsum beta delta dolor sit amet alpha\ngamma consectetur delta epsilon and gamma. ';
    const text = sentence.repeat(Math.ceil(600_000 / sentence.length));
    const hits = splitMatcher.match(text).map((h) => [h.offset, h.text] as const);
    // One regex per phrase over the whole text: the hits a correct windowed pass must equal.
    const expected = phrases
      .flatMap((p) => [...text.matchAll(new RegExp(`\\b${p.replace(' ', '[\\s\\-]+')}\\b`, 'gi'))].map((m) => [m.index, m[0]] as const))
      .sort((a, b) => a[0] - b[0] || b[1].length - a[1].length);
    expect(hits.length).toBe(expected.length);
    expect([...hits].sort((a, b) => a[0] - b[0] || b[1].length - a[1].length)).toEqual(expected);
    expect(hits.every((h, i) => i === 0 || hits[i - 1]![0] <= h[0])).toBe(true);
  });

  it('compiles an empty phrase list into a matcher that finds nothing', () => {
    expect(compileMatcher([]).match('anything at all')).toEqual([]);
  });
});

/** Runs steps to the end; how many times they yielded, and their value. */
function runCounting<T>(steps: Steps<T>): { yields: number; value: T } {
  let yields = 0;
  for (let step = steps.next(); ; step = steps.next()) {
    if (step.done) return { yields, value: step.value };
    yields++;
  }
}

describe('matching in steps (a huge page is analysed a slice at a time)', () => {
  it('yields as it goes through a long text and finds exactly what one pass finds', async () => {
    const { getPageMatcher } = await import('./fixtures');
    const matcher = getPageMatcher({ dataset: getBundledDataset() });
    const text = 'We act responsibly, where appropriate, on facial recognition and general purpose systems. '.repeat(12_000);
    const { yields, value } = runCounting(matcher.matchSteps(text));
    expect(yields).toBeGreaterThan(5);
    expect(value).toEqual(matcher.match(text));
  });

  it('the whole first phase of an analysis yields too, and gives the same analysis as run at once', async () => {
    const { engineFor } = await import('../../../src/core/bundled-engine');
    const engine = engineFor(getBundledDataset());
    const input = { url: 'https://example.org/p', title: 'Facial recognition', text: 'We will act responsibly, where appropriate, on facial recognition. '.repeat(20_000) };
    const { yields, value } = runCounting(engine.analyseInTwoSteps(input));
    expect(yields).toBeGreaterThan(10);
    expect(value.analysis()).toEqual(engine.analyseInTwo(input).analysis());
  });
});

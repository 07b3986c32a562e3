// Issue 13, rows 8–10: a reader's own vague terms cannot freeze a page or break the analysis.
import { describe, expect, it } from 'vitest';
import { analysePage } from '../../../src/core/analyse-page';
import { CustomTerm, MAX_CUSTOM_TERMS, customPhraseProblem, usableCustomTerms } from '../../../src/core/custom-terms';
import type { VagueTerm } from '../../../src/core/lexicon/schema';
import { compileMatcher } from '../../../src/core/matcher/compiled-matcher';
import { tokenSource } from '../../../src/core/matcher/phrase-syntax';
import { readSettingsReport } from '../../../src/storage/settings';
import { EMPTY_FORM, parseCustomTerm } from '../../../src/ui/options/custom-term-form';

const term = (phrase: string, over: Partial<VagueTerm> = {}): VagueTerm => ({
  id: `custom-${phrase.replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'x'}`,
  phrase,
  variants: [],
  category: 'hedge',
  explanation: 'Why.',
  alternative: 'Instead.',
  questionIds: [],
  example: `An example with ${phrase}.`,
  ...over,
});

const ATTACK = '{n}{n}{n}{n}{n}{n}{n}{n}x';

/**
 * The work the matcher's scan does on `text` for one pattern: it restarts one character after each hit's
 * start (compiled-matcher.ts), so the characters its hits cover add up to what the regex engine walks.
 */
function scanWork(source: string, text: string): number {
  const re = new RegExp(source, 'gi');
  let work = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    work += m[0].length + 1;
    re.lastIndex = m.index + 1;
  }
  return work;
}

describe('custom terms are validated and bounded', () => {
  it.each([
    [ATTACK, /placeholders/],
    ['{n}{n} percent', /next to another placeholder/],
    ['{n}.{n} percent', /next to another placeholder, a digit/],
    ['we {will}', /\{will\}.*not a placeholder/],
    ['{n} {n} {n} times', /at most 2/],
    ['x'.repeat(101), /longer than 100/],
    ['{n}', /at least one letter/],
  ])('refuses %s', (phrase, reason) => {
    expect(customPhraseProblem(phrase)).toMatch(reason);
    expect(CustomTerm.safeParse(term(phrase)).success).toBe(false);
  });

  it.each(['where feasible', 'within {n} days', 'by {year}', '{n} percent of cases', 'up to {n}% of sales'])('accepts %s', (phrase) => {
    expect(customPhraseProblem(phrase)).toBeNull();
  });

  it('the options form refuses what the matcher cannot compile (row 9) and the attack (row 8), saying why', () => {
    const form = { ...EMPTY_FORM, explanation: 'Why.', alternative: 'Instead.' };
    const willResult = parseCustomTerm({ ...form, phrase: 'we {will}', example: 'we {will} act' }, []);
    expect(willResult).toMatchObject({ ok: false, errors: { phrase: expect.stringMatching(/\{will\}/) } });
    const attack = parseCustomTerm({ ...form, phrase: ATTACK, example: `${ATTACK} here` }, []);
    expect(attack).toMatchObject({ ok: false, errors: { phrase: expect.stringMatching(/placeholder/) } });
  });

  it(`keeps at most ${MAX_CUSTOM_TERMS} terms: the form says so, the settings reader reports the rest`, () => {
    const many = Array.from({ length: MAX_CUSTOM_TERMS + 1 }, (_, i) => term(`vague phrase number ${'abcdefghij'[i % 10]}${i}`.replace(/\d/g, (d) => 'klmnopqrst'[Number(d)]!)));
    const { settings, problems } = readSettingsReport({ customTerms: many });
    expect(settings.customTerms).toHaveLength(MAX_CUSTOM_TERMS);
    expect(problems).toEqual([{ field: 'customTerms', item: many[MAX_CUSTOM_TERMS], reason: `more than ${MAX_CUSTOM_TERMS} items` }]);
    const form = { ...EMPTY_FORM, phrase: 'one more', explanation: 'Why.', alternative: 'Instead.', example: 'And one more.' };
    expect(parseCustomTerm(form, settings.customTerms)).toMatchObject({ ok: false, errors: { phrase: expect.stringMatching(/200 terms/) } });
  });
});

describe('the analysis survives bad stored terms', () => {
  const page = { url: 'https://example.com/a', title: 'A statement', text: 'We will act on facial recognition within our pledge horizon.' };

  it('one bad stored term is skipped, never the whole analysis (row 9)', () => {
    const analysis = analysePage(page, { customTerms: [term('we {will}'), term('pledge horizon')] });
    expect(analysis.vagueTerms.map((v) => v.termId)).toContain('custom-pledge-horizon');
  });

  it('the attack term, stored by hand, is skipped and the page with a long number completes (row 8)', () => {
    const analysis = analysePage({ ...page, text: `${'9'.repeat(20_000)} ${page.text}` }, { customTerms: [term(ATTACK), term('pledge horizon')] });
    expect(analysis.vagueTerms.map((v) => v.termId)).toEqual(['custom-pledge-horizon']);
    expect(usableCustomTerms([term(ATTACK)])).toEqual([]);
  });

  it('a number pattern starts only where a number starts: a long number is walked once, not once per digit', () => {
    const digits = '7'.repeat(2_000);
    const source = compileMatcher([{ phrase: '{n} percent', value: 1 }]).sources[0]!;
    expect(tokenSource({ kind: 'number' }).startsWith('(?<!\\d|')).toBe(true);
    // Linear: the work on 2,000 digits is about the digits once, not 2,000²/2.
    expect(scanWork(tokenSource({ kind: 'number' }), digits)).toBeLessThanOrEqual(digits.length + 1);
    expect(compileMatcher([{ phrase: '{n} percent', value: 1 }]).match(`${digits} percent`)).toHaveLength(1);
    expect(source).toContain('(?<!\\d|');
  });
});

describe('compiling custom terms (row 10)', () => {
  it('the lexicons keep their own matcher (and build-time plan); the custom terms get a small one of their own, cached', async () => {
    const { getPageMatcher } = await import('./fixtures');
    const base = getPageMatcher({});
    const terms = [term('pledge horizon'), term('our north star')];
    const withCustom = getPageMatcher({ customTerms: terms });
    expect(withCustom.sources.slice(0, base.sources.length)).toEqual(base.sources);
    expect(withCustom.sources.length).toBe(base.sources.length + 1);
    expect(withCustom.sources.at(-1)!.length).toBeLessThan(200);
    expect(getPageMatcher({ customTerms: terms })).toBe(withCustom);
    const hits = withCustom.match('We act responsibly within our pledge horizon.');
    expect(hits.map((h) => h.text)).toEqual(['responsibly', 'pledge horizon']);
  });
});

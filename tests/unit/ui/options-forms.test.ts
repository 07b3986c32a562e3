import { describe, expect, it } from 'vitest';
import { VagueTerm } from '../../../src/core/lexicon/schema';
import { EMPTY_FORM, parseCustomTerm, slugify } from '../../../src/ui/options/custom-term-form';
import { parseSitePattern } from '../../../src/ui/options/site-patterns';

const good = {
  phrase: 'Where  feasible',
  variants: 'where practicable, ',
  category: 'hedge',
  explanation: 'Leaves the company to decide when the promise applies.',
  alternative: 'In every case, or name the cases.',
  example: 'We will publish audits where feasible.',
};

describe('parseCustomTerm', () => {
  it('builds a lexicon entry that the VagueTerm schema accepts', () => {
    const result = parseCustomTerm(good, []);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.term).toMatchObject({ id: 'custom-where-feasible', phrase: 'Where feasible', variants: ['where practicable'], category: 'hedge' });
    expect(VagueTerm.parse(result.term)).toEqual(result.term);
  });

  it('names each missing field with a clear message', () => {
    const result = parseCustomTerm(EMPTY_FORM, []);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(Object.keys(result.errors).sort()).toEqual(['alternative', 'example', 'explanation', 'phrase']);
    expect(result.errors.phrase).toMatch(/Enter the phrase/);
  });

  it('refuses a duplicate, an unknown category, a phrase of symbols and an example without the phrase', () => {
    const dup = parseCustomTerm(good, [{ id: 'custom-where-feasible' }]);
    expect(!dup.ok && dup.errors.phrase).toMatch(/already/);
    const cat = parseCustomTerm({ ...good, category: 'weasel' }, []);
    expect(!cat.ok && cat.errors.category).toBeTruthy();
    const symbols = parseCustomTerm({ ...good, phrase: '!!!', example: 'say !!! now' }, []);
    expect(!symbols.ok && symbols.errors.phrase).toMatch(/letter or digit/);
    const example = parseCustomTerm({ ...good, example: 'We will publish audits.' }, []);
    expect(!example.ok && example.errors.example).toMatch(/must contain/);
  });

  it('accepts an example that contains only a variant', () => {
    expect(parseCustomTerm({ ...good, example: 'Audits where practicable.' }, []).ok).toBe(true);
  });

  it('slugifies accents and punctuation', () => {
    expect(slugify('  Éthique — “responsable” ')).toBe('ethique-responsable');
  });
});

describe('parseSitePattern', () => {
  it.each([
    ['example.com', 'example.com'],
    [' *.Example.COM ', '*.example.com'],
    ['https://news.example.org/path?q=1', 'news.example.org'],
  ])('accepts %j as %s', (input, pattern) => {
    expect(parseSitePattern(input, [])).toEqual({ ok: true, pattern });
  });
  it.each(['', 'localhost', '*example.com', 'exa mple.com', 'http://'])('refuses %j with a message', (input) => {
    const result = parseSitePattern(input, []);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error.length).toBeGreaterThan(10);
  });
  it('refuses a site already listed', () => {
    expect(parseSitePattern('example.com', ['example.com'])).toEqual({ ok: false, error: 'example.com is already in the list.' });
  });
});

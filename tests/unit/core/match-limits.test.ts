// A page with more matches than anyone can read (a hostile page, a 5 MB text node of boilerplate) lists the
// first few thousand and counts the rest (issue 13, row 13): every listed match is a highlight the browser
// re-validates on each change, and part of the report sent to the background.
import { describe, expect, it } from 'vitest';
import { analysePage } from '../../../src/core/analyse-page';
import { MATCH_LIMITS, vagueTermTotal } from '../../../src/core/match-limits';
import { getTestDataset } from './fixtures';

const HEAD = 'Contoso and facial recognition. Contoso facial recognition technology, mass surveillance and human rights due diligence. ';
const contoso = (sentences: number, sentence: string) => ({ url: 'https://contoso.example/news', title: 'Contoso and facial recognition', text: HEAD + sentence.repeat(sentences) });

describe('the limits on listed matches', () => {
  const dataset = getTestDataset();

  it('lists every vague term of an ordinary page and says nothing of limits', () => {
    const a = analysePage(contoso(200, 'We act responsibly. '), { dataset });
    expect(a.vagueTerms.filter((v) => v.termId === 'responsibly')).toHaveLength(200);
    expect(a.beyondLimits).toBeUndefined();
  });

  it('lists the first vague terms in text order past the limit and counts the rest', () => {
    const n = MATCH_LIMITS.vagueTerms + 1_500;
    const a = analysePage(contoso(n, 'We act responsibly. '), { dataset });
    expect(a.relevant).toBe(true);
    expect(a.vagueTerms).toHaveLength(MATCH_LIMITS.vagueTerms);
    // Counted by category too, so the chip can leave out the categories a reader turned off.
    expect(a.beyondLimits).toEqual({ vagueTerms: n - MATCH_LIMITS.vagueTerms, specificTerms: 0, restatedCommitments: 0, vagueByCategory: { 'undefined-standard': n - MATCH_LIMITS.vagueTerms } });
    expect(vagueTermTotal(a)).toBe(n);
    const offsets = a.vagueTerms.map((v) => v.offset);
    expect(offsets).toEqual([...offsets].sort((x, y) => x - y));
    expect(offsets[0]).toBeLessThan(HEAD.length + 40);
  });

  it('lists at most the limit of restated commitments and counts the rest', () => {
    const quote = 'Contoso will design, build and deploy its AI responsibly, and where appropriate it will consult outside experts. ';
    const n = MATCH_LIMITS.restatedCommitments + 300;
    const a = analysePage(contoso(n, quote), { dataset });
    expect(a.restatedCommitments).toHaveLength(MATCH_LIMITS.restatedCommitments);
    expect(a.restatedCommitments.every((r) => r.commitmentId === 'contoso-ai-responsibly')).toBe(true);
    expect(a.restatedCommitments.length + (a.beyondLimits?.restatedCommitments ?? 0)).toBe(n);
  });
});

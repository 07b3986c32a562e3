import { describe, expect, it } from 'vitest';
import { chipSummary, chipText } from '../../../src/content/page-chip';
import { noDetails, pageDetailsFor } from '../../../src/core/page-details';
import type { ListEntry } from '../../../src/content/ui/TermList';
import { analysisOf, mini } from '../../fixtures/popup/mini-dataset';

const entries: ListEntry[] = [
  { key: 'general-purpose', text: 'general purpose', category: 'scope-limiter', count: 4, questionCount: 1 },
  { key: 'responsibly', text: 'responsibly', category: 'undefined-standard', count: 2, questionCount: 0 },
  { key: 'c1', text: 'A commitment', category: 'commitment', count: 1, questionCount: 0 },
];

describe('the on-page chip', () => {
  it('counts vague terms, restated commitments and the open questions to the page company', () => {
    const s = chipSummary(entries, analysisOf(), pageDetailsFor(mini, { terms: [], commitmentIds: [], companyIds: ['examplecorp'] }, new Date('2026-01-01')));
    const open = mini.questions.filter((q) => q.addresseeId === 'examplecorp' && q.answer.status !== 'answered').length;
    expect(s).toEqual({ vagueTerms: 6, restated: 1, openQuestions: open, company: 'Examplecorp', notHighlighted: 0 });
    expect(chipText(s)).toBe(`6 vague terms · 1 restated commitment · ${open} open question${open === 1 ? '' : 's'} to Examplecorp`);
  });
  it('says only what there is: no company, no questions', () => {
    const s = chipSummary(entries.slice(1, 2), analysisOf({ companies: [] }), noDetails());
    expect(chipText(s)).toBe('2 vague terms');
  });
  it('says how many matches past the page\'s limits are found and not highlighted', () => {
    const s = chipSummary(entries.slice(1, 2), analysisOf({ companies: [], beyondLimits: { vagueTerms: 184_680, specificTerms: 0, restatedCommitments: 20 } }), noDetails());
    expect(chipText(s)).toBe('2 vague terms · 184,700 more not highlighted');
  });
});

describe('the chip on a page past its limits, with some categories turned off', () => {
  it('counts as not highlighted only the matches of the categories the reader has on', () => {
    const analysis = analysisOf({ companies: [], beyondLimits: { vagueTerms: 300, specificTerms: 0, restatedCommitments: 0, vagueByCategory: { hedge: 200, 'scope-limiter': 100 } } });
    expect(chipSummary(entries.slice(1, 2), analysis, noDetails(), 0, new Set(['scope-limiter', 'undefined-standard'])).notHighlighted).toBe(100);
    expect(chipSummary(entries.slice(1, 2), analysis, noDetails(), 0, new Set(['hedge', 'scope-limiter'])).notHighlighted).toBe(300);
    // Without the categories (an analysis from before they were counted) every match counts.
    const older = analysisOf({ companies: [], beyondLimits: { vagueTerms: 300, specificTerms: 0, restatedCommitments: 0 } });
    expect(chipSummary(entries.slice(1, 2), older, noDetails(), 0, new Set(['scope-limiter'])).notHighlighted).toBe(300);
  });
});

import { describe, expect, it } from 'vitest';
import { analysePage } from '../../../../src/core/analyse-page';
import { isOpenQuestion } from '../../../../src/core/records/records';
import { lookupForPage, recordsFor, type AnalysedPage } from '../../../../src/core/records/page-records';
import { fixturePage, getTestDataset } from '../fixtures';

/** Only what the selection reads: company and topic ids, restated commitment ids. */
function pageOf(companyIds: string[], topicIds: string[], restatedIds: string[] = []): AnalysedPage {
  return {
    companies: companyIds.map((id) => ({ id })),
    topics: topicIds.map((id) => ({ id })),
    restatedCommitments: restatedIds.map((commitmentId) => ({ commitmentId })),
  } as unknown as AnalysedPage;
}

describe('recordsFor', () => {
  const dataset = getTestDataset();

  it('selects by the analysis: its companies, its topics, the commitments it restates first', () => {
    const r = recordsFor(dataset, pageOf(['northwind'], ['ai-ethics'], ['northwind-2021-no-police-sales']));
    expect(r.commitments.map((c) => c.id)).toEqual(['northwind-2021-no-police-sales', 'northwind-2021-audit']);
    expect(recordsFor(dataset, pageOf(['northwind'], ['human-rights'])).commitments).toEqual([]);
    expect(recordsFor(dataset, pageOf(['nobody'], ['ai-ethics']))).toEqual({ commitments: [], questions: [], assessments: [] });
  });

  it('keeps the analysis’s company order: the best-ranked company’s records first', () => {
    const ids = (companyIds: string[]) => recordsFor(dataset, pageOf(companyIds, ['ai-ethics'])).commitments.map((c) => c.id);
    expect(ids(['contoso', 'northwind'])).toEqual(['contoso-ai-responsibly', 'northwind-2021-audit']);
    expect(ids(['northwind', 'contoso'])).toEqual(['northwind-2021-audit', 'contoso-ai-responsibly']);
    // On-topic assessments still come before the better-ranked company's off-topic ones.
    expect(recordsFor(dataset, pageOf(['fabrikam', 'northwind'], ['ai-ethics'])).assessments.map((a) => a.id)).toEqual(['northwind-2022-audit', 'fabrikam-2023-hria']);
  });

  it('on a real analysed page: the restated commitment leads, only open questions to its companies', () => {
    const analysis = analysePage(fixturePage('quote-typographic.html'), { dataset });
    const r = recordsFor(dataset, analysis);
    expect(r.commitments[0]?.id).toBe(analysis.restatedCommitments[0]?.commitmentId);
    expect(r.commitments.map((c) => c.id)).toContain('northwind-2021-no-police-sales');
    const companies = new Set(analysis.companies.map((c) => c.id));
    expect(r.questions.length).toBeGreaterThan(0);
    expect(r.questions.every((q) => companies.has(q.addresseeId) && isOpenQuestion(q))).toBe(true);
    expect(r).toEqual(
      lookupForPage(dataset, {
        companyIds: [...companies],
        topics: analysis.topics.map((t) => t.id),
        restatedCommitmentIds: analysis.restatedCommitments.map((c) => c.commitmentId),
      }),
    );
  });
});

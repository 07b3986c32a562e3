/**
 * Which records belong to an analysed page: the detected companies' commitments on the page's topics
 * (the ones the page restates first), the NGO questions still open to those companies, and the companies'
 * published assessments. Pure data selection, written once: the background (badge), the popup and the
 * CLI's --json output all call `recordsFor`.
 */
import type { PageAnalysis } from '../analysis-schema';
import { compareIsoDates, type Assessment, type Commitment, type Dataset, type NgoQuestion, type Topic } from '../../data/schema';

/** The records that concern a page, in the order the popup shows them. */
export interface PageRecords {
  commitments: Commitment[];
  questions: NgoQuestion[];
  assessments: Assessment[];
}

export const EMPTY_RECORDS: PageRecords = { commitments: [], questions: [], assessments: [] };

export interface LookupQuery {
  /** Best-ranked first (as PageAnalysis.companies): their records come first. */
  companyIds: readonly string[];
  topics: readonly Topic[];
  restatedCommitmentIds?: readonly string[];
}

/** The parts of an analysis the selection reads. */
export type AnalysedPage = Pick<PageAnalysis, 'companies' | 'topics' | 'restatedCommitments'>;

/** The records for an analysed page: its companies (best first), its topics, the commitments it restates. */
export function recordsFor(dataset: Dataset, analysis: AnalysedPage): PageRecords {
  return lookupForPage(dataset, {
    companyIds: analysis.companies.map((c) => c.id),
    topics: analysis.topics.map((t) => t.id),
    restatedCommitmentIds: analysis.restatedCommitments.map((r) => r.commitmentId),
  });
}

const newestFirst = (a: { date: string | null }, b: { date: string | null }) =>
  a.date === b.date ? 0 : a.date === null ? 1 : b.date === null ? -1 : -compareIsoDates(a.date, b.date);

/** The same selection from ids (tests, and pages known by their companies rather than an analysis). */
export function lookupForPage(dataset: Dataset, query: LookupQuery): PageRecords {
  const companies = new Set(query.companyIds);
  const topics = new Set(query.topics);
  const restated = new Set(query.restatedCommitmentIds ?? []);
  const onTopic = (t: readonly Topic[]) => t.some((x) => topics.has(x));

  const restatedFirst = dataset.commitments.filter((c) => restated.has(c.id));
  const companyRank = (id: string) => query.companyIds.indexOf(id);
  const others = dataset.commitments
    .filter((c) => !restated.has(c.id) && companies.has(c.companyId) && onTopic(c.topics))
    .sort((a, b) => companyRank(a.companyId) - companyRank(b.companyId) || newestFirst(a, b));
  const commitments = [...restatedFirst, ...others];
  const shownCommitments = new Set(commitments.map((c) => c.id));

  // Open questions to these companies; those about the page's topics or its commitments come first.
  const rank = (q: NgoQuestion) => (q.relatedCommitmentIds.some((id) => shownCommitments.has(id)) ? 0 : onTopic(q.topics) ? 1 : 2);
  const questions = dataset.questions
    .filter((q) => companies.has(q.addresseeId) && q.answer.status !== 'answered')
    .sort((a, b) => rank(a) - rank(b) || companyRank(a.addresseeId) - companyRank(b.addresseeId) || a.askedById.localeCompare(b.askedById) || compareIsoDates(a.askedDate, b.askedDate) || (a.number ?? Number.MAX_SAFE_INTEGER) - (b.number ?? Number.MAX_SAFE_INTEGER));

  const assessments = dataset.assessments
    .filter((a) => companies.has(a.companyId))
    .sort((a, b) => Number(!onTopic(a.topics)) - Number(!onTopic(b.topics)) || companyRank(a.companyId) - companyRank(b.companyId) || newestFirst(a, b));

  return { commitments, questions, assessments };
}

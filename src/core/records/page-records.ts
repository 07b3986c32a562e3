/**
 * What the popup shows for an analysed page: the detected companies' commitments on the page's topics
 * (the ones the page restates first), the NGO questions still open to those companies, and the companies'
 * published assessments. Pure data selection: the CLI's --json output uses exactly this.
 */
import { compareIsoDates, type Assessment, type Commitment, type Dataset, type NgoQuestion, type Topic } from '../../data/schema';

export interface LookupQuery {
  /** Best-ranked first (as PageAnalysis.companies): their records come first. */
  companyIds: readonly string[];
  topics: readonly Topic[];
  restatedCommitmentIds?: readonly string[];
}

export interface LookupResult {
  commitments: Commitment[];
  questions: NgoQuestion[];
  assessments: Assessment[];
}

const newestFirst = (a: { date: string | null }, b: { date: string | null }) =>
  a.date === b.date ? 0 : a.date === null ? 1 : b.date === null ? -1 : -compareIsoDates(a.date, b.date);

export function lookupForPage(dataset: Dataset, query: LookupQuery): LookupResult {
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

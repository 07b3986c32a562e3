/**
 * Pure view-model for the dataset browser: companies with their records under a filter, the
 * side-by-side view of one kind of pledge, and which record a link points at.
 */
import { compareIsoDates, type Commitment, type Company, type Dataset, type NgoQuestion, type Topic } from '../../data/schema';
import type { PageRecords } from '../../core/records/page-records';
import { byQuestionNumber } from '../../core/records/records';
import { allRecords, recordCompanyId, searchDataset } from '../../core/records/search';

export type RecordType = 'commitment' | 'question' | 'assessment';
export type BrowserFilter = { text: string; topic: Topic | null; companyId: string | null; type: RecordType | null };
export const NO_FILTER: BrowserFilter = { text: '', topic: null, companyId: null, type: null };

export type CompanyRecords = { company: Company } & PageRecords;

export function isFiltered(f: BrowserFilter): boolean {
  return f.text.trim() !== '' || f.topic !== null || f.companyId !== null || f.type !== null;
}

/** Every company that has at least one record passing the filter, alphabetically, its records by date. */
export function companiesWithRecords(dataset: Dataset, filter: BrowserFilter): CompanyRecords[] {
  const query = { text: filter.text, topic: filter.topic, companyId: filter.companyId };
  const searched = filter.text.trim() || filter.topic || filter.companyId ? searchDataset(dataset, query) : allRecords(dataset);
  const matching = isFiltered(filter) ? searched.filter((r) => !filter.type || r.kind === filter.type) : null;
  const keep = matching ? new Set(matching.map((r) => r.record.id)) : null;
  const pass = (id: string) => keep === null || keep.has(id);
  const byDate = <T extends { date: string | null }>(a: T, b: T) => (a.date && b.date ? compareIsoDates(a.date, b.date) : a.date ? -1 : b.date ? 1 : 0);
  return [...dataset.companies]
    .sort((a, b) => a.name.localeCompare(b.name))
    .map((company) => ({
      company,
      commitments: dataset.commitments.filter((c) => c.companyId === company.id && pass(c.id)).sort(byDate),
      questions: dataset.questions
        .filter((q) => recordCompanyId({ kind: 'question', record: q }) === company.id && pass(q.id))
        .sort((a, b) => compareIsoDates(a.askedDate, b.askedDate) || a.askedById.localeCompare(b.askedById) || byQuestionNumber(a, b)),
      assessments: dataset.assessments.filter((a) => a.companyId === company.id && pass(a.id)).sort(byDate),
    }))
    .filter((c) => c.commitments.length + c.questions.length + c.assessments.length > 0);
}

/** The record id a link asks for: `#id` or `?id=`; null when neither names one. */
export function linkedRecordId(search: string, hash: string): string | null {
  const fromQuery = new URLSearchParams(search).get('id');
  const raw = fromQuery ?? (hash.startsWith('#') ? decodeURIComponent(hash.slice(1)) : '');
  return /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(raw) ? raw : null;
}

export type ComparisonColumn = {
  company: Company;
  commitments: Array<{ commitment: Commitment; questions: NgoQuestion[] }>;
};

export type ComparisonSpec = { title: string; companyIds: string[]; topic: Topic; year: string };

/** The 2020 facial-recognition moratoria: the pledges the issue asks to compare side by side. */
export const MORATORIA_2020: ComparisonSpec = {
  title: 'The 2020 facial-recognition moratoria',
  companyIds: ['ibm', 'amazon', 'microsoft'],
  topic: 'facial-recognition',
  year: '2020',
};

/**
 * For each company: its commitments on the topic made in that year, with the NGO questions that ask
 * about each. A company the dataset lacks is left out; one with no such commitment gets an empty column.
 */
export function comparison(dataset: Dataset, spec: ComparisonSpec): ComparisonColumn[] {
  return spec.companyIds.flatMap((id) => {
    const company = dataset.companies.find((c) => c.id === id);
    if (!company) return [];
    const commitments = dataset.commitments
      .filter((c) => c.companyId === id && c.topics.includes(spec.topic) && c.date?.startsWith(spec.year))
      .sort((a, b) => compareIsoDates(a.date!, b.date!))
      .map((commitment) => ({
        commitment,
        questions: dataset.questions.filter((q) => q.relatedCommitmentIds.includes(commitment.id)),
      }));
    return [{ company, commitments }];
  });
}

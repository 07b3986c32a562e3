/**
 * Search over the whole dataset, for pages that concern no tracked company (and the dataset browser).
 * Every word of the query must appear somewhere in the record's text, its company's names or its
 * source; topic and company filters narrow further. Deliberately simple: the dataset is small.
 */
import type { Dataset, Topic } from '../../data/schema';
import { nameOf, sourceOf, type AnyRecord } from './records';

export type SearchQuery = { text: string; topic?: Topic | null; companyId?: string | null };

const KIND_ORDER: Record<AnyRecord['kind'], number> = { commitment: 0, question: 1, assessment: 2 };

function fold(s: string): string {
  return s.toLowerCase().normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
}

function companyOf(item: AnyRecord): string {
  return item.kind === 'question' ? item.record.addresseeId : item.record.companyId;
}

function haystack(dataset: Dataset, item: AnyRecord): string {
  const r = item.record;
  const company = dataset.companies.find((c) => c.id === companyOf(item));
  const parts = [r.id, company?.name ?? '', ...(company?.aliases ?? []), sourceOf(dataset, r.sourceId)?.title ?? '', ...r.topics];
  if (item.kind === 'commitment') parts.push(item.record.quote, item.record.summary, item.record.kind);
  if (item.kind === 'question') parts.push(item.record.text, nameOf(dataset, item.record.askedById));
  if (item.kind === 'assessment') parts.push(item.record.title, item.record.scope, item.record.quote ?? '', nameOf(dataset, item.record.assessorId));
  return fold(parts.join(' \n '));
}

export function allRecords(dataset: Dataset): AnyRecord[] {
  return [
    ...dataset.commitments.map((record) => ({ kind: 'commitment' as const, record })),
    ...dataset.questions.map((record) => ({ kind: 'question' as const, record })),
    ...dataset.assessments.map((record) => ({ kind: 'assessment' as const, record })),
  ];
}

export function searchDataset(dataset: Dataset, query: SearchQuery): AnyRecord[] {
  const words = fold(query.text).split(/\s+/).filter(Boolean);
  const empty = words.length === 0 && !query.topic && !query.companyId;
  if (empty) return [];
  return allRecords(dataset)
    .filter((item) => !query.topic || item.record.topics.includes(query.topic))
    .filter((item) => !query.companyId || companyOf(item) === query.companyId)
    .filter((item) => {
      const text = haystack(dataset, item);
      return words.every((w) => text.includes(w));
    })
    .sort((a, b) => KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || a.record.id.localeCompare(b.record.id, 'en', { numeric: true }));
}

export { companyOf as recordCompanyId };

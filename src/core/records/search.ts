/**
 * Search over the whole dataset, for pages that concern no tracked company (and the dataset browser).
 * Every word of the query must appear somewhere in the record's text, its company's names or its
 * source; topic and company filters narrow further.
 *
 * The popup searches on every keystroke, so each dataset gets a search index once (cached by the dataset
 * object): every record's folded text with its company, source and asker or assessor names resolved,
 * in result order. A keystroke is then at most one pass over that list (typing one more letter only
 * re-checks what the last search found); resolving names per record per keystroke made it grow with
 * records × companies.
 */
import type { Dataset, Topic } from '../../data/schema';
import type { AnyRecord } from './records';

export type SearchQuery = { text: string; topic?: Topic | null; companyId?: string | null };

const KIND_ORDER: Record<AnyRecord['kind'], number> = { commitment: 0, question: 1, assessment: 2 };

function fold(s: string): string {
  const lower = s.toLowerCase();
  // Decomposing is for accents ("Telefónica" → "telefonica"); plain ASCII, most of the text, has none.
  return /[\u0080-\uffff]/.test(lower) ? lower.normalize('NFKD').replace(/[\u0300-\u036f]/g, '') : lower;
}

/** Ids with numbers in natural order (q2 before q10); one collator, as `localeCompare` would build one per call. */
const byId = new Intl.Collator('en', { numeric: true }).compare;

function companyOf(item: AnyRecord): string {
  return item.kind === 'question' ? item.record.addresseeId : item.record.companyId;
}

export function allRecords(dataset: Dataset): AnyRecord[] {
  return [
    ...dataset.commitments.map((record) => ({ kind: 'commitment' as const, record })),
    ...dataset.questions.map((record) => ({ kind: 'question' as const, record })),
    ...dataset.assessments.map((record) => ({ kind: 'assessment' as const, record })),
  ];
}

/** One record as the search sees it. */
interface IndexEntry {
  item: AnyRecord;
  companyId: string;
  /** Folded text of the record and the names it refers to, as `searchDataset` matches words in it. */
  haystack: string;
}

function buildIndex(dataset: Dataset): IndexEntry[] {
  const companyById = new Map(dataset.companies.map((c) => [c.id, c]));
  const sourceTitle = new Map(dataset.sources.map((s) => [s.id, s.title]));
  // As `nameOf` reads it: a company's name, else an organisation's, else the id itself.
  const nameById = new Map<string, string>([...dataset.organisations.map((o) => [o.id, o.name] as const), ...dataset.companies.map((c) => [c.id, c.name] as const)]);
  const nameOf = (id: string | null) => (id === null ? 'not stated' : (nameById.get(id) ?? id));

  return allRecords(dataset)
    .sort((a, b) => KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || byId(a.record.id, b.record.id))
    .map((item) => {
      const r = item.record;
      const companyId = companyOf(item);
      const company = companyById.get(companyId);
      const parts = [r.id, company?.name ?? '', ...(company?.aliases ?? []), sourceTitle.get(r.sourceId) ?? '', ...r.topics];
      if (item.kind === 'commitment') parts.push(item.record.quote, item.record.summary, item.record.kind);
      if (item.kind === 'question') parts.push(item.record.text, nameOf(item.record.askedById));
      if (item.kind === 'assessment') parts.push(item.record.title, item.record.scope, item.record.quote ?? '', nameOf(item.record.assessorId));
      return { item, companyId, haystack: fold(parts.join(' \n ')) };
    });
}

interface SearchIndex {
  entries: IndexEntry[];
  /** The last search and what it found: typing one more letter only narrows it (see `narrows`). */
  last: { words: string[]; topic: Topic | null; companyId: string | null; found: IndexEntry[] } | null;
}

const indexes = new WeakMap<Dataset, SearchIndex>();

function searchIndex(dataset: Dataset): SearchIndex {
  let index = indexes.get(dataset);
  if (!index) indexes.set(dataset, (index = { entries: buildIndex(dataset), last: null }));
  return index;
}

/**
 * Builds the dataset's search index now rather than on the first keystroke (the popup calls it once it
 * has painted, so a reader's first letter does not wait for it).
 */
export function prepareSearch(dataset: Dataset): void {
  searchIndex(dataset);
}

/**
 * Whether every record matching `next` also matched `previous`: true when each earlier word is part of
 * a later one ("fa" → "fac", "face" → "face rec"), as a record holding the longer word holds the shorter.
 */
function narrows(previous: readonly string[], next: readonly string[]): boolean {
  return previous.every((w) => next.some((n) => n.includes(w)));
}

/** Records matching the query, commitments first, then questions, then assessments, each by id. */
export function searchDataset(dataset: Dataset, query: SearchQuery): AnyRecord[] {
  const words = fold(query.text).split(/\s+/).filter(Boolean);
  const topic = query.topic || null;
  const companyId = query.companyId || null;
  if (words.length === 0 && !topic && !companyId) return [];
  const index = searchIndex(dataset);
  const last = index.last;
  const candidates = last && last.topic === topic && last.companyId === companyId && narrows(last.words, words) ? last.found : index.entries;
  const found: IndexEntry[] = [];
  for (const entry of candidates) {
    if (topic && !entry.item.record.topics.includes(topic)) continue;
    if (companyId && entry.companyId !== companyId) continue;
    if (words.every((w) => entry.haystack.includes(w))) found.push(entry);
  }
  index.last = { words, topic, companyId, found };
  return found.map((entry) => entry.item);
}

export { companyOf as recordCompanyId };

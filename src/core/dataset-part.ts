/**
 * The part of a page's analysis that needs the dataset's records: which tracked companies the page names
 * and which one publishes it, which tracked commitments it quotes (restated.ts), which of its own quotes a
 * commitment's own page no longer carries (quote-check.ts), and the topics the quoted commitments add to
 * the page's evidence.
 *
 * It runs where the dataset is: in Node (the CLI, tests) inside the analysis, and for the extension in the
 * background, which the content script asks once per analysed page (`page/dataset`, the page's text in).
 * So the content script carries no record, not even a company's name, and its size and start-up do not grow
 * with the dataset.
 */
import type { Topic } from '../data/primitives';
import type { Dataset } from '../data/schema';
import type { PageAnalysis, PageReading, RestatedCommitment } from './analysis-schema';
import { companyForHost, trackedCompany, type TrackedCompany } from './companies';
import { compileMatcher, type CompiledMatcher } from './matcher/compiled-matcher';
import { companyEntries, sortHits, type LexiconValue } from './page-matcher';
import { quoteReadHere, readingOf } from './quote-check';
import { firstOf, MATCH_LIMITS } from './match-limits';
import { restatedSearchWorthIt } from './relevance/decide';
import { createRestatedSearch, planRestated, type RestatedSearch } from './restated';
import { comparableUrl, hostOf } from './url-utils';

/** What the analysis sends: the page, and its best topic score so far (whether a restated search is worth it). */
export interface DatasetPartRequest {
  url: string;
  title: string;
  text: string;
  /** The best screen score of the page's topics (relevance/decide.ts `restatedSearchWorthIt`). */
  bestScreenScore: number;
}

/** A tracked company's name or alias where the page has it. */
export interface CompanyMention {
  offset: number;
  length: number;
  text: string;
  companyId: string;
  via: 'name' | 'alias';
  ambiguous: boolean;
}

export interface DatasetPart {
  /** The companies the mentions and the publisher name (names and domains only). */
  companies: TrackedCompany[];
  mentions: { text: CompanyMention[]; title: CompanyMention[] };
  /** The tracked company on whose domain the page is, if any. */
  publisherId: string | null;
  restatedCommitments: RestatedCommitment[];
  missingQuotes: string[];
  uncheckedQuotes: string[];
  pageReading: PageReading | null;
  /** Topics of the restated commitments (evidence for the relevance decision). */
  topics: Topic[];
  /** Restated commitments found beyond `MATCH_LIMITS.restatedCommitments` (match-limits.ts); 0 or absent when none. */
  restatedBeyondLimit?: number;
}

/** What an analysis without the dataset (or without an answer from the background) works with. */
export const NO_DATASET_PART: DatasetPart = {
  companies: [],
  mentions: { text: [], title: [] },
  publisherId: null,
  restatedCommitments: [],
  missingQuotes: [],
  uncheckedQuotes: [],
  pageReading: null,
  topics: [],
};

/** A commitment whose quote was read on its own page: `readHere` when its absence may be reported. */
interface OwnQuote {
  id: string;
  readHere: boolean;
}

export interface DatasetIndex {
  companies: readonly TrackedCompany[];
  byId: ReadonlyMap<string, TrackedCompany>;
  /** Company names and aliases only (the lexicons' terms are matched on the page). */
  companyMatcher: CompiledMatcher<LexiconValue>;
  search: RestatedSearch;
  /** Comparable URL → the own-words commitments read there. */
  own: ReadonlyMap<string, readonly OwnQuote[]>;
  topics: ReadonlyMap<string, readonly Topic[]>;
}

// One index per dataset object: the background and the CLI analyse many pages with one dataset.
const indexes = new WeakMap<Dataset, DatasetIndex>();

export function datasetIndexFor(dataset: Dataset): DatasetIndex {
  let index = indexes.get(dataset);
  if (index) return index;
  // Only the companies' own words can be restated: a page repeating what a third party reported about a
  // company (a reported practice) is not the company restating a commitment.
  const own = dataset.commitments.filter((c) => c.kind !== 'reported-practice');
  const pages = new Map<string, OwnQuote[]>();
  for (const c of own) {
    if (!c.pageUrl) continue;
    const key = comparableUrl(c.pageUrl);
    pages.set(key, [...(pages.get(key) ?? []), { id: c.id, readHere: quoteReadHere(c, dataset, c.pageUrl) }]);
  }
  const companies = dataset.companies.map(trackedCompany);
  index = {
    companies,
    byId: new Map(companies.map((c) => [c.id, c])),
    companyMatcher: compileMatcher(companyEntries(companies)),
    search: createRestatedSearch(planRestated(own.map((c) => ({ id: c.id, quote: c.quote })))),
    own: pages,
    topics: new Map(own.map((c) => [c.id, c.topics])),
  };
  indexes.set(dataset, index);
  return index;
}

function mentionsIn(index: DatasetIndex, text: string): CompanyMention[] {
  if (!text) return [];
  return sortHits(index.companyMatcher.match(text)).company.map((h) => ({
    offset: h.offset,
    length: h.length,
    text: h.text,
    companyId: h.value.company.id,
    via: h.value.via,
    ambiguous: h.value.ambiguous,
  }));
}

export function datasetPartFor(index: DatasetIndex, request: DatasetPartRequest): DatasetPart {
  const host = hostOf(request.url);
  const publisher = host ? companyForHost(host, index.companies) : undefined;
  const mentions = { text: mentionsIn(index, request.text), title: mentionsIn(index, request.title) };
  const named = new Set([...mentions.text, ...mentions.title].map((m) => m.companyId));
  if (publisher) named.add(publisher.id);
  // In the dataset's order, as the analysis always saw them (ties in ranking keep that order).
  const companies = index.companies.filter((c) => named.has(c.id));

  // Restated commitments: on a page worth a full search, or a commitment's own page (its own quotes only).
  const own = index.own.get(comparableUrl(request.url)) ?? [];
  const worthIt = restatedSearchWorthIt({
    trackedPublisher: publisher !== undefined,
    namesTrackedCompany: mentions.text.some((m) => !m.ambiguous),
    bestScreenScore: request.bestScreenScore,
  });
  const restatedCommitments = worthIt || own.length > 0 ? index.search.find(request.text, worthIt ? undefined : new Set(own.map((c) => c.id))) : [];
  const found = new Set(restatedCommitments.map((r) => r.commitmentId));
  // Only quotes read on this very page can be missing from it (quote-check.ts).
  const gone = own.filter((c) => !found.has(c.id) && c.readHere).map((c) => c.id);
  let [missingQuotes, uncheckedQuotes, pageReading]: [string[], string[], PageAnalysis['pageReading']] = [[], [], null];
  if (gone.length) {
    const reading = readingOf(request.text);
    if (reading === 'full') missingQuotes = gone;
    else [uncheckedQuotes, pageReading] = [gone, reading];
  }
  const restated = firstOf(restatedCommitments, MATCH_LIMITS.restatedCommitments);
  return {
    companies,
    mentions: { text: firstOf(mentions.text, MATCH_LIMITS.mentions).kept, title: firstOf(mentions.title, MATCH_LIMITS.mentions).kept },
    publisherId: publisher?.id ?? null,
    restatedCommitments: restated.kept,
    restatedBeyondLimit: restated.beyond,
    missingQuotes,
    uncheckedQuotes,
    pageReading,
    topics: [...new Set([...found].flatMap((id) => index.topics.get(id) ?? []))],
  };
}

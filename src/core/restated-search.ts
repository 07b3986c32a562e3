/**
 * The restated-commitment part of an analysis, over a dataset: which tracked commitments the page quotes
 * (restated.ts), which of its own quotes a commitment's own page no longer carries (quote-check.ts), and
 * the topics the quoted commitments add to the page's evidence.
 *
 * It needs every own-words quote, so it runs where the dataset is: in Node (the CLI, tests) inside the
 * analysis, and for the extension in the background, which the content script asks once per page
 * (`page/restated`): the content script's size and start-up then do not grow with the dataset.
 */
import type { Topic } from '../data/primitives';
import type { Dataset } from '../data/schema';
import type { PageAnalysis, PageReading, RestatedCommitment } from './analysis-schema';
import { quoteReadHere, readingOf } from './quote-check';
import { createRestatedSearch, planRestated, type RestatedSearch } from './restated';
import { comparableUrl } from './url-utils';

/** What the analysis asks: the page, and whether only the page's own commitments are looked for. */
export interface RestatedRequest {
  url: string;
  text: string;
  /** True on a commitment's own page that is otherwise not worth a full search (relevance/decide.ts). */
  ownPageOnly: boolean;
}

export interface RestatedResult {
  restatedCommitments: RestatedCommitment[];
  missingQuotes: string[];
  uncheckedQuotes: string[];
  pageReading: PageReading | null;
  /** Topics of the restated commitments (evidence for the relevance decision). */
  topics: Topic[];
}

export const NOTHING_RESTATED: RestatedResult = { restatedCommitments: [], missingQuotes: [], uncheckedQuotes: [], pageReading: null, topics: [] };

/** A commitment whose quote was read on its own page: `readHere` when its absence may be reported. */
interface OwnQuote {
  id: string;
  readHere: boolean;
}

export interface RestatedIndex {
  search: RestatedSearch;
  /** Comparable URL → the own-words commitments read there. */
  own: ReadonlyMap<string, readonly OwnQuote[]>;
  topics: ReadonlyMap<string, readonly Topic[]>;
}

// One index per dataset object: the background and the CLI analyse many pages with one dataset.
const indexes = new WeakMap<Dataset, RestatedIndex>();

export function restatedIndexFor(dataset: Dataset): RestatedIndex {
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
  index = {
    search: createRestatedSearch(planRestated(own.map((c) => ({ id: c.id, quote: c.quote })))),
    own: pages,
    topics: new Map(own.map((c) => [c.id, c.topics])),
  };
  indexes.set(dataset, index);
  return index;
}

export function restatedFor(index: RestatedIndex, request: RestatedRequest): RestatedResult {
  const own = index.own.get(comparableUrl(request.url)) ?? [];
  if (request.ownPageOnly && own.length === 0) return NOTHING_RESTATED;
  const restatedCommitments = index.search.find(request.text, request.ownPageOnly ? new Set(own.map((c) => c.id)) : undefined);
  const found = new Set(restatedCommitments.map((r) => r.commitmentId));
  // Only quotes read on this very page can be missing from it (quote-check.ts).
  const gone = own.filter((c) => !found.has(c.id) && c.readHere).map((c) => c.id);
  let [missingQuotes, uncheckedQuotes, pageReading]: [string[], string[], PageAnalysis['pageReading']] = [[], [], null];
  if (gone.length) {
    const reading = readingOf(request.text);
    if (reading === 'full') missingQuotes = gone;
    else [uncheckedQuotes, pageReading] = [gone, reading];
  }
  return { restatedCommitments, missingQuotes, uncheckedQuotes, pageReading, topics: [...new Set([...found].flatMap((id) => index.topics.get(id) ?? []))] };
}

/**
 * The detection core's entry point: page text in, PageAnalysis out. Pure (no DOM, no extension API), so
 * the content script, the popup, the CLI, the tests and the benchmark all run exactly this.
 *
 * Cost: one pass of the compiled matcher over the text (and over the title); the pass for restated
 * commitments runs only on pages that look relevant or concern a tracked company (see below).
 */
import type { Dataset } from '../data/schema';
import { PageInput, type PageAnalysis } from './analysis-schema';
import { companyForHost, detectCompanies } from './companies';
import type { VagueTerm } from './lexicon/schema';
import { detectPageKind } from './page-kind';
import { getPageMatcher, sortHits } from './page-matcher';
import { detectPublisher } from './publisher';
import { quoteReadHere, readingOf } from './quote-check';
import { commitmentsAtUrl, findRestated } from './restated';
import { filterTerms, specificity } from './term-filter';
import { RELEVANCE_THRESHOLD } from './relevance';
import { judgeTopics, scoreTopics } from './topics';
import { hostOf, urlWords } from './url-utils';

export interface AnalysisContext {
  /** The bundled (or a user-imported) dataset; without it there are no companies or commitments. */
  dataset?: Dataset | undefined;
  /** Replaces the bundled vague lexicon (tests, experiments). */
  vagueTerms?: readonly VagueTerm[] | undefined;
  /** The user's own vague terms, added to the lexicon. */
  customTerms?: readonly VagueTerm[] | undefined;
}

export function analysePage(rawInput: PageInput, context: AnalysisContext = {}): PageAnalysis {
  const input = PageInput.parse(rawInput);
  const dataset = context.dataset;
  const matcher = getPageMatcher(context);
  const text = sortHits(matcher.match(input.text));
  const title = input.title ? sortHits(matcher.match(input.title)) : { topic: [], vague: [], specific: [], company: [] };

  const companiesList = dataset?.companies ?? [];
  const host = hostOf(input.url);
  const publisher = host ? companyForHost(host, companiesList) : undefined;

  // Restated commitments first: quoting a tracked commitment is evidence of its topics. Their pass runs
  // only when the page is a commitment's own page, names a tracked company unambiguously, is on its
  // publisher's domain, or already scores half the relevance threshold: an unrelated page costs one pass.
  let restatedCommitments: PageAnalysis['restatedCommitments'] = [];
  let missingQuotes: string[] = [];
  let uncheckedQuotes: string[] = [];
  let pageReading: PageAnalysis['pageReading'] = null;
  if (dataset) {
    const own = commitmentsAtUrl(input.url, dataset);
    const promising =
      publisher !== undefined ||
      text.company.some((h) => !h.value.ambiguous) ||
      scoreTopics(text.topic, title.topic).all.some((t) => t.score >= RELEVANCE_THRESHOLD / 2);
    if (promising || own.length > 0) {
      const only = promising ? undefined : new Set(own.map((c) => c.id));
      restatedCommitments = findRestated(input.text, dataset, only);
    }
    const found = new Set(restatedCommitments.map((r) => r.commitmentId));
    // Only quotes read on this very page can be missing from it (quote-check.ts).
    const gone = own.filter((c) => !found.has(c.id) && quoteReadHere(c, dataset, input.url)).map((c) => c.id);
    if (gone.length) {
      const reading = readingOf(input.text);
      if (reading === 'full') missingQuotes = gone;
      else [uncheckedQuotes, pageReading] = [gone, reading];
    }
  }
  const restatedIds = new Set(restatedCommitments.map((r) => r.commitmentId));
  const restatedTopics = new Set(restatedIds.size ? (dataset?.commitments ?? []).filter((c) => restatedIds.has(c.id)).flatMap((c) => c.topics) : []);

  const kind = detectPageKind(input, { companyPublisher: publisher !== undefined });
  const words = urlWords(input.meta?.canonicalUrl || input.url);
  const topics = judgeTopics({
    text: input.text,
    textHits: text.topic,
    titleHits: title.topic,
    urlHits: words ? sortHits(matcher.match(words)).topic : [],
    restatedTopics,
    // The same test as the screens' (screen-hints.ts `onTrackedPage`), from the validated dataset.
    page: { trackedPage: publisher !== undefined || (dataset ? commitmentsAtUrl(input.url, dataset).length > 0 : false), trackedPublisher: publisher !== undefined, kind },
  });
  const relevant = topics.relevant.length > 0;
  const companies = detectCompanies({
    url: input.url,
    text: input.text,
    textHits: text.company,
    titleHits: title.company,
    companies: companiesList,
    topical: relevant,
  });
  const terms = filterTerms(input.text, text.vague, text.specific);

  return {
    url: input.url,
    title: input.title,
    relevant,
    kind,
    topics: topics.relevant,
    companies,
    vagueTerms: terms.vague,
    specificTerms: terms.specific,
    specificity: specificity(terms.vague.length, terms.specific.length),
    restatedCommitments,
    missingQuotes,
    uncheckedQuotes,
    pageReading,
    publisher: detectPublisher(input, {
      companies: companiesList,
      kind,
      topTrackedMentions: Math.max(0, ...companies.map((c) => c.evidence.filter((e) => e.via !== 'domain').length)),
    }),
    textLength: input.text.length,
  };
}

/**
 * The detection core's analysis: page text in, PageAnalysis out. Pure (no DOM, no extension API, no zod):
 * the engine (engine.ts) calls it with the parts it built from its pack, so the content script, the CLI,
 * the tests and the benchmark all run exactly this.
 *
 * Cost: one pass of the compiled matcher over the text (and over the title); the restated-commitment
 * search runs only where the relevance decision says it can matter (relevance/decide.ts).
 */
import type { Topic } from '../data/primitives';
import type { Company } from '../data/schema';
import type { PageAnalysis, PageInput } from './analysis-schema';
import { companyForHost, detectCompanies } from './companies';
import type { CompiledMatcher } from './matcher/compiled-matcher';
import { detectPageKind } from './page-kind';
import { sortHits, type LexiconValue } from './page-matcher';
import { detectPublisher } from './publisher';
import { readingOf } from './quote-check';
import { restatedSearchWorthIt } from './relevance/decide';
import { judgeTopics, scoreTopics } from './relevance/evidence';
import type { RestatedSearch } from './restated';
import { filterTerms, specificity } from './term-filter';
import { hostOf, urlWords } from './url-utils';

/** A commitment whose quote was read on a page (its own page): `readHere` when its absence may be reported (quote-check.ts). */
export interface OwnQuote {
  id: string;
  readHere: boolean;
}

/** What one analysis reads: the engine builds these once from its pack. */
export interface AnalysisParts {
  matcher: CompiledMatcher<LexiconValue>;
  restated: RestatedSearch;
  companies: readonly Company[];
  /** Own-words commitments read on this URL. */
  ownQuotes(url: string): readonly OwnQuote[];
  /** A commitment's topics (a restated one is evidence of them). */
  topicsOf(commitmentId: string): readonly Topic[];
}

/** PageInput with its defaults, without a zod pass (the content script carries no zod). */
export function withInputDefaults(input: PageInput): PageInput & { title: string } {
  return { ...input, title: input.title ?? '', meta: { ...input.meta, jsonLdTypes: input.meta?.jsonLdTypes ?? [] } };
}

export function analyseWith(parts: AnalysisParts, rawInput: PageInput): PageAnalysis {
  const input = withInputDefaults(rawInput);
  const { matcher } = parts;
  const text = sortHits(matcher.match(input.text));
  const title = input.title ? sortHits(matcher.match(input.title)) : { topic: [], vague: [], specific: [], company: [] };

  const host = hostOf(input.url);
  const publisher = host ? companyForHost(host, parts.companies) : undefined;

  // Restated commitments first: quoting a tracked commitment is evidence of its topics.
  let restatedCommitments: PageAnalysis['restatedCommitments'] = [];
  let missingQuotes: string[] = [];
  let uncheckedQuotes: string[] = [];
  let pageReading: PageAnalysis['pageReading'] = null;
  const own = parts.ownQuotes(input.url);
  if (parts.restated.size > 0) {
    const worthIt = restatedSearchWorthIt({
      trackedPublisher: publisher !== undefined,
      namesTrackedCompany: text.company.some((h) => !h.value.ambiguous),
      bestScreenScore: Math.max(0, ...scoreTopics(text.topic, title.topic).all.map((t) => t.score)),
    });
    if (worthIt || own.length > 0) restatedCommitments = parts.restated.find(input.text, worthIt ? undefined : new Set(own.map((c) => c.id)));
  }
  const found = new Set(restatedCommitments.map((r) => r.commitmentId));
  // Only quotes read on this very page can be missing from it (quote-check.ts).
  const gone = own.filter((c) => !found.has(c.id) && c.readHere).map((c) => c.id);
  if (gone.length) {
    const reading = readingOf(input.text);
    if (reading === 'full') missingQuotes = gone;
    else [uncheckedQuotes, pageReading] = [gone, reading];
  }
  const restatedTopics = new Set([...found].flatMap((id) => parts.topicsOf(id)));

  const kind = detectPageKind(input, { companyPublisher: publisher !== undefined });
  const words = urlWords(input.meta?.canonicalUrl || input.url);
  const topics = judgeTopics({
    text: input.text,
    textHits: text.topic,
    titleHits: title.topic,
    urlHits: words ? sortHits(matcher.match(words)).topic : [],
    restatedTopics,
    // The same test as the screens' (relevance/tracked-pages.ts `onTrackedPage`).
    page: { trackedPage: publisher !== undefined || own.length > 0, trackedPublisher: publisher !== undefined, kind },
  });
  const relevant = topics.relevant.length > 0;
  const companies = detectCompanies({
    url: input.url,
    text: input.text,
    textHits: text.company,
    titleHits: title.company,
    companies: parts.companies,
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
      companies: parts.companies,
      kind,
      topTrackedMentions: Math.max(0, ...companies.map((c) => c.evidence.filter((e) => e.via !== 'domain').length)),
    }),
    textLength: input.text.length,
  };
}

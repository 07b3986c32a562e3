/**
 * The detection core's analysis: page text in, PageAnalysis out. Pure (no DOM, no extension API, no zod):
 * the engine (engine.ts) calls it with the parts it built from its pack, so the content script, the CLI,
 * the tests and the benchmark all run exactly this.
 *
 * Cost: one pass of the compiled matcher over the text (and over the title); the restated-commitment
 * search runs only where the relevance decision says it can matter (relevance/decide.ts).
 */
import type { TrackedCompany } from './companies';
import type { PageAnalysis, PageInput } from './analysis-schema';
import { companyForHost, detectCompanies } from './companies';
import type { CompiledMatcher } from './matcher/compiled-matcher';
import { detectPageKind } from './page-kind';
import { sortHits, type LexiconValue } from './page-matcher';
import { detectPublisher } from './publisher';
import { restatedSearchWorthIt } from './relevance/decide';
import { judgeTopics, scoreTopics } from './relevance/evidence';
import { NOTHING_RESTATED, type RestatedRequest, type RestatedResult } from './restated-search';
import { runSteps, type Steps } from './steps';
import { filterTermsSteps, specificity } from './term-filter';
import { hostOf, urlWords } from './url-utils';

/** What one analysis reads: the engine builds these once from its pack. */
export interface AnalysisParts {
  matcher: CompiledMatcher<LexiconValue>;
  companies: readonly TrackedCompany[];
  /** The tracked pages (domains and commitments' own pages): a restated search runs on an own page whatever it says. */
  onOwnPage(url: string): boolean;
  /**
   * The restated-commitment search, where it can run at once (Node, the CLI, tests: restated-search.ts).
   * The content script has none: it asks the background, which holds the quotes, and finishes the
   * analysis with the reply (`analyseInTwo`).
   */
  restatedFor?: (request: RestatedRequest) => RestatedResult;
}

/** The analysis up to the restated search, and how to finish it with the search's result. */
export interface FirstPhase {
  /**
   * The analysis as if nothing were restated (where no search is wanted, or if it fails). A function: the
   * decision weighs the whole text again, so a page that gets its search's answer must not pay for it twice.
   */
  analysis(): PageAnalysis;
  /** The search the decision wants (relevance/decide.ts `restatedSearchWorthIt`), or null for none. */
  request: RestatedRequest | null;
  finish(result: RestatedResult): PageAnalysis;
}

/** PageInput with its defaults, without a zod pass (the content script carries no zod). */
export function withInputDefaults(input: PageInput): PageInput & { title: string } {
  return { ...input, title: input.title ?? '', meta: { ...input.meta, jsonLdTypes: input.meta?.jsonLdTypes ?? [] } };
}

export function analyseWith(parts: AnalysisParts, input: PageInput): PageAnalysis {
  const first = analyseInTwo(parts, input);
  return first.request && parts.restatedFor ? first.finish(parts.restatedFor(first.request)) : first.analysis();
}

export function analyseInTwo(parts: AnalysisParts, input: PageInput): FirstPhase {
  return runSteps(analyseInTwoSteps(parts, input));
}

/** `analyseInTwo` in steps (steps.ts): the matcher's pass and the filter of its hits yield as they go. */
export function* analyseInTwoSteps(parts: AnalysisParts, rawInput: PageInput): Steps<FirstPhase> {
  const input = withInputDefaults(rawInput);
  const { matcher } = parts;
  const text = sortHits(yield* matcher.matchSteps(input.text));
  const title = input.title ? sortHits(matcher.match(input.title)) : { topic: [], vague: [], specific: [], company: [] };

  const host = hostOf(input.url);
  const publisher = host ? companyForHost(host, parts.companies) : undefined;

  // Restated commitments are evidence of their topics, so the decision waits for them where it wants them:
  // a commitment's own page (its own quotes, to tell whether they are gone), or a page worth a full search.
  const ownPage = parts.onOwnPage(input.url);
  const worthIt = restatedSearchWorthIt({
    trackedPublisher: publisher !== undefined,
    namesTrackedCompany: text.company.some((h) => !h.value.ambiguous),
    bestScreenScore: Math.max(0, ...scoreTopics(text.topic, title.topic).all.map((t) => t.score)),
  });
  const request: RestatedRequest | null = worthIt || ownPage ? { url: input.url, text: input.text, ownPageOnly: !worthIt } : null;

  const kind = detectPageKind(input, { companyPublisher: publisher !== undefined });
  const words = urlWords(input.meta?.canonicalUrl || input.url);
  const urlHits = words ? sortHits(matcher.match(words)).topic : [];
  const terms = yield* filterTermsSteps(input.text, text.vague, text.specific);

  const decide = (result: RestatedResult): PageAnalysis => {
    const topics = judgeTopics({
      text: input.text,
      textHits: text.topic,
      titleHits: title.topic,
      urlHits,
      restatedTopics: new Set(result.topics),
      // The same test as the screens' (relevance/tracked-pages.ts `onTrackedPage`).
      page: { trackedPage: publisher !== undefined || ownPage, trackedPublisher: publisher !== undefined, kind },
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
      restatedCommitments: result.restatedCommitments,
      missingQuotes: result.missingQuotes,
      uncheckedQuotes: result.uncheckedQuotes,
      pageReading: result.pageReading,
      publisher: detectPublisher(input, {
        companies: parts.companies,
        kind,
        topTrackedMentions: Math.max(0, ...companies.map((c) => c.evidence.filter((e) => e.via !== 'domain').length)),
      }),
      textLength: input.text.length,
    };
  };
  return { analysis: () => decide(NOTHING_RESTATED), request, finish: decide };
}

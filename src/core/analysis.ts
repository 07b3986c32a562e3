/**
 * The detection core's analysis: page text in, PageAnalysis out. Pure (no DOM, no extension API, no zod):
 * the engine (engine.ts) calls it with the parts it built from its pack, so the content script, the CLI,
 * the tests and the benchmark all run exactly this.
 *
 * In two phases. The first reads the page with the lexicons alone (topic, vague and specific terms: one pass
 * of the compiled matcher over the text, one over the title). The second needs the dataset's records (the
 * companies named, the publisher, restated commitments: dataset-part.ts): in Node it runs at once; the
 * content script gets it from the background, which holds the dataset, and finishes with the reply.
 */
import type { PageAnalysis, PageInput, VagueMatch } from './analysis-schema';
import { detectCompanies, type TrackedCompany } from './companies';
import { NO_DATASET_PART, type CompanyMention, type DatasetPart, type DatasetPartRequest } from './dataset-part';
import type { CompiledMatcher } from './matcher/compiled-matcher';
import { firstOf, MATCH_LIMITS } from './match-limits';
import { detectPageKind } from './page-kind';
import { sortHits, sortHitsSteps, type Hit, type LexiconValue } from './page-matcher';
import { detectPublisher } from './publisher';
import { judgeTopics, scoreTopics, tallyTextSteps, textLayoutSteps } from './relevance/evidence';
import { runSteps, type Steps } from './steps';
import { filterTermsSteps, specificity } from './term-filter';
import { urlWords } from './url-utils';

/** What one analysis reads: the engine builds these once from its pack. */
export interface AnalysisParts {
  /** The lexicons' terms (no company names: those are the dataset's, matched in the second phase). */
  matcher: CompiledMatcher<LexiconValue>;
  /** A commitment's own page (the first look's tracked pages): the decision treats it as a tracked page. */
  onOwnPage(url: string): boolean;
  /**
   * The second phase, where it can run at once (Node, the CLI, tests: dataset-part.ts). The content script
   * has none: it asks the background and finishes the analysis with the reply (`analyseInTwo`).
   */
  datasetPart?: (request: DatasetPartRequest) => DatasetPart;
}

/** The analysis up to the dataset's part, and how to finish it with that part. */
export interface FirstPhase {
  /**
   * The analysis without the dataset's part (if the background cannot answer). A function: the decision
   * weighs the whole text again, so a page that gets its answer must not pay for it twice.
   */
  analysis(): PageAnalysis;
  request: DatasetPartRequest;
  finish(part: DatasetPart): PageAnalysis;
}

type CompanyHit = Hit<Extract<LexiconValue, { kind: 'company' }>>;

/** PageInput with its defaults, without a zod pass (the content script carries no zod). */
export function withInputDefaults(input: PageInput): PageInput & { title: string } {
  return { ...input, title: input.title ?? '', meta: { ...input.meta, jsonLdTypes: input.meta?.jsonLdTypes ?? [] } };
}

export function analyseWith(parts: AnalysisParts, input: PageInput): PageAnalysis {
  const first = analyseInTwo(parts, input);
  return parts.datasetPart ? first.finish(parts.datasetPart(first.request)) : first.analysis();
}

export function analyseInTwo(parts: AnalysisParts, input: PageInput): FirstPhase {
  return runSteps(analyseInTwoSteps(parts, input));
}

/** `analyseInTwo` in steps (steps.ts): the matcher's pass and the filter of its hits yield as they go. */
export function* analyseInTwoSteps(parts: AnalysisParts, rawInput: PageInput): Steps<FirstPhase> {
  const input = withInputDefaults(rawInput);
  const { matcher } = parts;
  const text = yield* sortHitsSteps(yield* matcher.matchSteps(input.text));
  const title = input.title ? sortHits(matcher.match(input.title)) : { topic: [], vague: [], specific: [], company: [] };
  const words = urlWords(input.meta?.canonicalUrl || input.url);
  const urlHits = words ? sortHits(matcher.match(words)).topic : [];
  const terms = yield* filterTermsSteps(input.text, text.vague, text.specific);
  const layout = yield* textLayoutSteps(input.text);
  const tally = yield* tallyTextSteps(text.topic);
  const ownPage = parts.onOwnPage(input.url);
  const request: DatasetPartRequest = {
    url: input.url,
    title: input.title,
    text: input.text,
    bestScreenScore: Math.max(0, ...scoreTopics(text.topic, title.topic, tally).all.map((t) => t.score)),
  };

  const decide = (part: DatasetPart): PageAnalysis => {
    const byId = new Map<string, TrackedCompany>(part.companies.map((c) => [c.id, c]));
    const hits = (mentions: readonly CompanyMention[]): CompanyHit[] =>
      mentions.flatMap((m) => {
        const company = byId.get(m.companyId);
        return company ? [{ offset: m.offset, length: m.length, text: m.text, value: { kind: 'company' as const, company, via: m.via, ambiguous: m.ambiguous } }] : [];
      });
    const publisher = part.publisherId ? byId.get(part.publisherId) : undefined;
    const kind = detectPageKind(input, { companyPublisher: publisher !== undefined });
    const topics = judgeTopics({
      text: input.text,
      layout,
      tally,
      textHits: text.topic,
      titleHits: title.topic,
      urlHits,
      restatedTopics: new Set(part.topics),
      // The same test as the screens' (relevance/tracked-pages.ts `onTrackedPage`).
      page: { trackedPage: publisher !== undefined || ownPage, trackedPublisher: publisher !== undefined, kind },
    });
    const relevant = topics.relevant.length > 0;
    const companies = detectCompanies({
      url: input.url,
      text: input.text,
      textHits: hits(part.mentions.text),
      titleHits: hits(part.mentions.title),
      companies: part.companies,
      topical: relevant,
    });
    const vague = firstOf(terms.vague, MATCH_LIMITS.vagueTerms);
    const specific = firstOf(terms.specific, MATCH_LIMITS.specificTerms);
    const restated = firstOf(part.restatedCommitments, MATCH_LIMITS.restatedCommitments);
    const beyond = {
      vagueTerms: vague.beyond,
      specificTerms: specific.beyond,
      restatedCommitments: restated.beyond + (part.restatedBeyondLimit ?? 0),
      ...(vague.beyond > 0 ? { vagueByCategory: countByCategory(terms.vague.slice(MATCH_LIMITS.vagueTerms)) } : {}),
    };
    return {
      url: input.url,
      title: input.title,
      relevant,
      kind,
      topics: topics.relevant,
      companies,
      vagueTerms: vague.kept,
      specificTerms: specific.kept,
      specificity: specificity(terms.vague.length, terms.specific.length),
      restatedCommitments: restated.kept,
      missingQuotes: part.missingQuotes,
      uncheckedQuotes: part.uncheckedQuotes,
      pageReading: part.pageReading,
      publisher: detectPublisher(input, {
        companies: part.companies,
        kind,
        topTrackedMentions: Math.max(0, ...companies.map((c) => c.evidence.filter((e) => e.via !== 'domain').length)),
      }),
      textLength: input.text.length,
      ...(beyond.vagueTerms + beyond.specificTerms + beyond.restatedCommitments > 0 ? { beyondLimits: beyond } : {}),
    };
  };
  return { analysis: () => decide(NO_DATASET_PART), request, finish: decide };
}

function countByCategory(matches: readonly VagueMatch[]): Partial<Record<VagueMatch['category'], number>> {
  const counts: Partial<Record<VagueMatch['category'], number>> = {};
  for (const m of matches) counts[m.category] = (counts[m.category] ?? 0) + 1;
  return counts;
}

/**
 * The content script's first look at a page: could the full analysis find it relevant?
 *
 * The content script runs on every page a user opens, and the full analysis on a fresh page costs the
 * compilation of the whole matcher (every lexicon phrase and company name) and the validation of the
 * dataset: tens of milliseconds before the first character is read. Most pages are about none of our
 * topics, so they get a matcher of topic terms only (a few dozen phrases, cheap to build and run) and,
 * when it rules the page out, nothing else.
 *
 * Ruling out must never disagree with `analysePage`: a page is relevant only when a topic scores
 * RELEVANCE_THRESHOLD on topic terms plus at most RESTATED_WEIGHT for restated commitments, and those are
 * only looked for when the page already scores half the threshold, is on a tracked company's domain or is
 * a commitment's own page (analyse-page.ts). The screen passes every page that meets any of those.
 * tests/unit/core/screen-page.test.ts checks it against the full analysis on every fixture page.
 */
import type { PageAnalysis } from './analysis-schema';
import { getTopicTerms, phrasesOf } from './lexicon/index';
import type { TopicTerm } from './lexicon/schema';
import { compileMatcher, type CompiledMatcher, type MatcherEntry } from './matcher/compiled-matcher';
import { sortHits, type LexiconValue } from './page-matcher';
import { precompiled } from './precompiled';
import { compileRelaxedScreen, type RelaxedScreen } from './relaxed-screen';
import { RELEVANCE_THRESHOLD, RESTATED_WEIGHT, scoreTopics } from './topics';
import { comparableUrl, hostOf, hostOnDomain } from './url-utils';

/** What the screen needs of the dataset, read from its raw JSON (no validation on the hot path). */
export interface ScreenHints {
  domains: readonly string[];
  /** Comparable URLs (url-utils `comparableUrl`) of commitments' own pages. */
  commitmentPages: ReadonlySet<string>;
}

interface RawDatasetParts {
  companies?: unknown;
  commitments?: unknown;
  sources?: unknown;
}

const list = (value: unknown): Record<string, unknown>[] =>
  Array.isArray(value) ? value.filter((v): v is Record<string, unknown> => typeof v === 'object' && v !== null) : [];
const str = (value: unknown): string | null => (typeof value === 'string' ? value : null);

export function screenHintsFrom(files: RawDatasetParts): ScreenHints {
  const domains = list(files.companies).flatMap((c) => (Array.isArray(c.domains) ? c.domains.filter((d): d is string => typeof d === 'string') : []));
  const sourceUrl = new Map(list(files.sources).map((s) => [str(s.id), str(s.url)]));
  const commitmentPages = new Set<string>();
  for (const c of list(files.commitments)) {
    const own = str(c.pageUrl) ?? sourceUrl.get(str(c.sourceId)) ?? null;
    if (own) commitmentPages.add(comparableUrl(own));
  }
  return { domains, commitmentPages };
}

let topicMatcher: CompiledMatcher<LexiconValue> | undefined;

/** The screen's matcher entries: every phrase of every topic term, in lexicon order. */
export function screenEntries(): MatcherEntry<LexiconValue>[] {
  return getTopicTerms().flatMap((term) => phrasesOf(term).map((phrase) => ({ phrase, caseSensitive: term.caseSensitive, value: { kind: 'topic' as const, term } })));
}

function getTopicMatcher(): CompiledMatcher<LexiconValue> {
  topicMatcher ??= compileMatcher(screenEntries(), { plan: precompiled().screenPlan });
  return topicMatcher;
}

/**
 * The topic score below which a page cannot be relevant: restated commitments are only looked for at half
 * the threshold (or on a tracked company's or commitment's page), and add at most RESTATED_WEIGHT.
 */
export const SCREEN_FLOOR = Math.min(RELEVANCE_THRESHOLD / 2, RELEVANCE_THRESHOLD - RESTATED_WEIGHT);

/** A tracked company's domain or a commitment's own page: relevant or not, the full analysis decides. */
export function onTrackedPage(url: string, hints: ScreenHints): boolean {
  const host = hostOf(url);
  if (host && hints.domains.some((d) => hostOnDomain(host, d))) return true;
  return hints.commitmentPages.has(comparableUrl(url));
}

export function mightBeRelevant(input: { url: string; title: string; text: string }, hints: ScreenHints): boolean {
  if (onTrackedPage(input.url, hints)) return true;
  const matcher = getTopicMatcher();
  const scores = scoreTopics(sortHits(matcher.match(input.text)).topic, input.title ? sortHits(matcher.match(input.title)).topic : []);
  return scores.all.some((t) => t.score >= SCREEN_FLOOR);
}

let relaxed: { terms: readonly TopicTerm[]; screen: RelaxedScreen | null } | undefined;

/** The relaxed form of the screen's topic terms (relaxed-screen.ts), built once per lexicon; null if it has none. */
export function getRelaxedScreen(): RelaxedScreen | null {
  const terms = getTopicTerms();
  if (relaxed?.terms !== terms) relaxed = { terms, screen: compileRelaxedScreen(terms, precompiled().relaxedPlan) };
  return relaxed.screen;
}

/** The analysis of a page the screen ruled out: nothing found, nothing to show. */
export function notRelevant(input: { url: string; title: string; text: string }): PageAnalysis {
  return {
    url: input.url,
    title: input.title,
    relevant: false,
    kind: 'other',
    topics: [],
    companies: [],
    vagueTerms: [],
    specificTerms: [],
    specificity: null,
    restatedCommitments: [],
    missingQuotes: [],
    textLength: input.text.length,
  };
}

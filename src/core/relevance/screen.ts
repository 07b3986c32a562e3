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
import type { TopicTerm } from '../lexicon/schema';
import { phrasesOf } from '../lexicon/phrases';
import { compileMatcher, type CompiledMatcher, type MatcherEntry, type MatcherPlan } from '../matcher/compiled-matcher';
import { sortHits, type LexiconValue } from '../page-matcher';
import { SCREEN_FLOOR } from './decide';
import { onTrackedPage, type ScreenHints } from './tracked-pages';
import { scoreTopics } from './evidence';

/** The screen's matcher entries: every phrase of every topic term, in lexicon order. */
export function screenEntries(topicTerms: readonly TopicTerm[]): MatcherEntry<LexiconValue>[] {
  return topicTerms.flatMap((term) => phrasesOf(term).map((phrase) => ({ phrase, caseSensitive: term.caseSensitive, value: { kind: 'topic' as const, term } })));
}

export type Screen = (input: { url: string; title: string; text: string }, hints: ScreenHints) => boolean;

/** The screen for these topic terms; its matcher compiles on first use (from `plan`, made at build time for exactly these terms). */
export function createScreen(topicTerms: readonly TopicTerm[], plan?: MatcherPlan): Screen {
  let matcher: CompiledMatcher<LexiconValue> | undefined;
  return (input, hints) => {
    if (onTrackedPage(input.url, hints)) return true;
    matcher ??= compileMatcher(screenEntries(topicTerms), { plan });
    const scores = scoreTopics(sortHits(matcher.match(input.text)).topic, input.title ? sortHits(matcher.match(input.title)).topic : []);
    return scores.all.some((t) => t.score >= SCREEN_FLOOR);
  };
}

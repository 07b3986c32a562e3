/**
 * Step 2, the screen: could the full decision find this page relevant? (index.ts states the invariant.)
 *
 * The full analysis costs the whole matcher (every lexicon phrase and company name); most pages the first
 * look passes on are still about none of our topics, so they get a matcher of topic terms only (a few dozen
 * phrases) and, when it rules the page out, nothing else. The decision (decide.ts) calls a page relevant only
 * when a topic's screen score reaches SCREEN_FLOOR or the page is a tracked one: the screen passes exactly
 * those.
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

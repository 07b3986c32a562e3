/**
 * Step 1 (bound) as a value: what the content script's first stage needs, made from the pack's first-look
 * part. Imports no matcher, lexicon module or zod: it is all the first stage bundles of the core.
 */
import type { FirstLookPack } from '../engine-pack';
import type { TopicTerm } from '../lexicon/schema';
import { bestBound, compileRelaxedScreen, countRelaxed, type RelaxedScreen } from './bound';
import { SCREEN_FLOOR } from './decide';
import { onTrackedPage, type ScreenHints } from './tracked-pages';

export interface FirstLook {
  hints: ScreenHints;
  /** Null only for a lexicon the bound cannot serve (bound.ts): then every page goes on to the screen. */
  relaxed: RelaxedScreen | null;
}

export function createFirstLook(pack: FirstLookPack): FirstLook {
  return { hints: { domains: pack.domains, commitmentPages: new Set(pack.commitmentPages) }, relaxed: compileRelaxedScreen(pack.topicTerms, pack.relaxedPlan) };
}

/**
 * Step 1 on text alone (the CLI, tests; the content script runs the same bound on the DOM's `textContent`
 * in content/prescreen.ts, where skipped text needs its own care): true when the bound rules the page out.
 */
export function boundRulesOut(firstLook: FirstLook, page: { url: string; title: string; text: string }): boolean {
  if (!firstLook.relaxed || onTrackedPage(page.url, firstLook.hints)) return false;
  const counts = new Map<TopicTerm, number>();
  countRelaxed(firstLook.relaxed, page.text, counts);
  return bestBound(counts, page.title, firstLook.relaxed) < SCREEN_FLOOR;
}

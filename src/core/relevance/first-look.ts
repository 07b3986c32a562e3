/**
 * Step 1 (bound) as a value: what the content script's first stage needs, made from the pack's first-look
 * part. Imports no matcher, lexicon module or zod: it is all the first stage bundles of the core.
 */
import type { FirstLookPack } from '../engine-pack';
import { compileRelaxedScreen, type RelaxedScreen } from './bound';
import type { ScreenHints } from './tracked-pages';

export interface FirstLook {
  hints: ScreenHints;
  /** Null only for a lexicon the bound cannot serve (bound.ts): then every page goes on to the screen. */
  relaxed: RelaxedScreen | null;
}

export function createFirstLook(pack: FirstLookPack): FirstLook {
  return { hints: { domains: pack.domains, commitmentPages: new Set(pack.commitmentPages) }, relaxed: compileRelaxedScreen(pack.topicTerms, pack.relaxedPlan) };
}

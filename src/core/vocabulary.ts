/**
 * The words a reader sees for each kind of vague language, defined once: the card, the popup, the
 * options page, the dataset browser and `pledgewatch scan` all read them from here, so a category is
 * never called one thing on the page and another in the popup.
 *
 * Eight categories are too many to tell apart by colour on a page, so they fall into three visual
 * groups (how the highlight looks); the card names the exact category.
 */
import type { VagueCategory } from './lexicon/schema';

export type HighlightGroup = 'limits' | 'unchecked' | 'aims';

export interface CategoryWords {
  /** One instance: "Hedge". */
  one: string;
  /** Several, as a heading: "Hedges". */
  many: string;
  /** What this kind of vagueness does, in a few words. */
  gist: string;
  group: HighlightGroup;
}

export const CATEGORY_WORDS: Record<VagueCategory, CategoryWords> = {
  'scope-limiter': { one: 'Scope limiter', many: 'Scope limiters', gist: 'narrows what the promise covers', group: 'limits' },
  hedge: { one: 'Hedge', many: 'Hedges', gist: 'a condition that lets the promise lapse', group: 'limits' },
  'vague-timing': { one: 'Vague timing', many: 'Vague timing', gist: 'no date or deadline', group: 'limits' },
  'undefined-standard': { one: 'Standard with no test', many: 'Standards with no test', gist: 'a value with no test or mechanism', group: 'unchecked' },
  'unverifiable-claim': { one: 'Claim no one can check', many: 'Claims no one can check', gist: 'a quality no reader can check', group: 'unchecked' },
  'passive-accountability': { one: 'No one accountable', many: 'No one accountable', gist: 'no actor is named', group: 'unchecked' },
  aspiration: { one: 'Aim, not a commitment', many: 'Aims, not commitments', gist: 'an aim, not a commitment', group: 'aims' },
  'process-not-outcome': { one: 'Process, not outcome', many: 'Process, not outcome', gist: 'a process offered instead of a result', group: 'aims' },
};

export const GROUP_WORDS: Record<HighlightGroup, { label: string; gist: string }> = {
  limits: { label: 'Limits the promise', gist: 'scope limiters, hedges, vague timing' },
  unchecked: { label: 'Cannot be checked', gist: 'standards with no test, claims no one can check, no one accountable' },
  aims: { label: 'Aims, not results', gist: 'aims instead of commitments, process instead of outcome' },
};

export const categoryWords = (category: VagueCategory): CategoryWords => CATEGORY_WORDS[category];

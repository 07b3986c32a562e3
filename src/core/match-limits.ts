/**
 * How many matches of each kind one page's analysis lists. Every listed match becomes a live `Range`, a
 * highlight the browser re-validates in its paint step on every change (Chromium: ~3–9 µs a range, all of
 * them, each frame they change), an item in the term list and part of the report sent to the background.
 * A hostile or merely huge page (one 5 MB text node of boilerplate: 188,000 vague terms) would hold the
 * page's main thread for seconds; no reader uses more than a few thousand marks on one page anyway.
 *
 * Past a limit the matches are counted, never silently dropped: `beyondLimits` says how many more there are,
 * and the chip, the badge, the popup and `pledgewatch scan` say so. The listed ones are the first in the text.
 */
import type { PageAnalysis } from './analysis-schema';

export const MATCH_LIMITS = {
  vagueTerms: 6_000,
  specificTerms: 6_000,
  restatedCommitments: 200,
  /** Company mentions (evidence for naming a company; not painted): beyond this many the ranking is settled. */
  mentions: 4_000,
} as const;

/** The first `limit` of `list` (the list itself when it is within the limit), and how many were left out. */
export function firstOf<T>(list: T[], limit: number): { kept: T[]; beyond: number } {
  return list.length <= limit ? { kept: list, beyond: 0 } : { kept: list.slice(0, limit), beyond: list.length - limit };
}

/** All the vague terms a page has, listed or not. */
export const vagueTermTotal = (analysis: Pick<PageAnalysis, 'vagueTerms' | 'beyondLimits'>): number =>
  analysis.vagueTerms.length + (analysis.beyondLimits?.vagueTerms ?? 0);

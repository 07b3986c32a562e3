/**
 * The small on-page chip that says what Pledgewatch found ("6 vague terms · 13 open questions to IBM")
 * and opens the term list. Pure: counted from the painted entries, the analysis and the records' details (core/page-details.ts).
 */
import type { PageAnalysis } from '../core/analysis-schema';
import type { PageDetails } from '../core/page-details';
import type { ListEntry } from './ui/TermList';
import { formatCount, plural } from '../core/records/labels';

export interface ChipSummary {
  vagueTerms: number;
  restated: number;
  openQuestions: number;
  company: string | null;
  /** Matches past the page's limits (core/match-limits.ts): found and counted, not highlighted. */
  notHighlighted: number;
}

/**
 * `unpainted`: matches found but left unpainted on the page (items.ts MAX_PAINTED_NODE_CHARS). `enabled`: the
 * reader's categories; matches past the limits in the others would not be highlighted anyway, so they are not
 * counted as left out (all of them where the analysis does not say their categories).
 */
export function chipSummary(entries: readonly ListEntry[], analysis: PageAnalysis | null, details: PageDetails, unpainted = 0, enabled?: ReadonlySet<string>): ChipSummary {
  const count = (commitment: boolean) => entries.filter((e) => (e.category === 'commitment') === commitment).reduce((n, e) => n + e.count, 0);
  const openQuestions = (analysis?.companies ?? []).reduce((n, c) => n + (details.openQuestions[c.id] ?? 0), 0);
  const beyond = analysis?.beyondLimits;
  const byCategory = beyond?.vagueByCategory;
  const vagueBeyond = enabled && byCategory ? Object.entries(byCategory).reduce((n, [category, count]) => n + (enabled.has(category) ? (count ?? 0) : 0), 0) : (beyond?.vagueTerms ?? 0);
  const notHighlighted = vagueBeyond + (beyond?.restatedCommitments ?? 0) + unpainted;
  return { vagueTerms: count(false), restated: count(true), openQuestions, company: analysis?.companies[0]?.name ?? null, notHighlighted };
}

export function chipText(s: ChipSummary): string {
  const parts = [plural(s.vagueTerms, 'vague term', 'vague terms')];
  if (s.restated > 0) parts.push(plural(s.restated, 'restated commitment', 'restated commitments'));
  if (s.notHighlighted > 0) parts.push(`${formatCount(s.notHighlighted)} more not highlighted`);
  if (s.openQuestions > 0) parts.push(`${plural(s.openQuestions, 'open question', 'open questions')} to ${s.company ?? 'the company'}`);
  return parts.join(' · ');
}

/**
 * Pure view-model for the popup: what to show first and how to group it. Kept out of the
 * components so the ordering rules are unit-tested without rendering.
 */
import { CATEGORY_WORDS } from '../../core/vocabulary';
import type { PageAnalysis, RestatedCommitment, VagueMatch } from '../../core/analysis-schema';
import { VagueCategory } from '../../core/lexicon/schema';
import { compareIsoDates, type Commitment, type NgoQuestion } from '../../data/schema';
import { questionClock } from '../common/days';
import { byQuestionNumber, isOpenQuestion } from '../common/records';

export type OrderedCommitment = { commitment: Commitment; restated: RestatedCommitment | null };

/**
 * Commitments this very page restates come first (closest match first), then the company's own words
 * before what third parties report of it, each newest first.
 */
export function orderCommitments(commitments: Commitment[], restated: RestatedCommitment[]): OrderedCommitment[] {
  const best = new Map<string, RestatedCommitment>();
  for (const r of restated) {
    const seen = best.get(r.commitmentId);
    if (!seen || r.similarity > seen.similarity) best.set(r.commitmentId, r);
  }
  return commitments
    .map((commitment) => ({ commitment, restated: best.get(commitment.id) ?? null }))
    .sort((a, b) => {
      if (a.restated && b.restated) return b.restated.similarity - a.restated.similarity;
      if (a.restated || b.restated) return a.restated ? -1 : 1;
      const reported = Number(a.commitment.kind === 'reported-practice') - Number(b.commitment.kind === 'reported-practice');
      return reported || byDateDesc(a.commitment.date, b.commitment.date) || a.commitment.id.localeCompare(b.commitment.id);
    });
}

function byDateDesc(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return compareIsoDates(b, a);
}

/** Open questions first, the longest-waiting at the top; then answered ones by date asked. */
export function orderQuestions(questions: NgoQuestion[], now: Date): NgoQuestion[] {
  return [...questions].sort((a, b) => {
    const oa = isOpenQuestion(a);
    const ob = isOpenQuestion(b);
    if (oa !== ob) return oa ? -1 : 1;
    const da = questionClock(a, now).daysUnanswered ?? 0;
    const db = questionClock(b, now).daysUnanswered ?? 0;
    return db - da || a.askedById.localeCompare(b.askedById) || byQuestionNumber(a, b);
  });
}

export type TermGroup = { termId: string; label: string; count: number };
export type CategoryGroup = { category: VagueCategory; count: number; terms: TermGroup[] };

/**
 * Vague terms by category with counts, biggest category first (ties in lexicon order), terms by count.
 * The label is the first wording found on the page, lower-cased, so "Responsibly" and "responsibly" are one term.
 */
export function groupVagueTerms(matches: VagueMatch[]): CategoryGroup[] {
  const groups = new Map<VagueCategory, Map<string, TermGroup>>();
  for (const m of matches) {
    const terms = groups.get(m.category) ?? new Map<string, TermGroup>();
    groups.set(m.category, terms);
    const term = terms.get(m.termId) ?? { termId: m.termId, label: m.text.toLowerCase(), count: 0 };
    term.count += 1;
    terms.set(m.termId, term);
  }
  const order = VagueCategory.options;
  return [...groups.entries()]
    .map(([category, terms]) => ({
      category,
      count: [...terms.values()].reduce((n, t) => n + t.count, 0),
      terms: [...terms.values()].sort((a, b) => b.count - a.count || a.label.localeCompare(b.label)),
    }))
    .sort((a, b) => b.count - a.count || order.indexOf(a.category) - order.indexOf(b.category));
}

/** Headings for groups of vague terms: the one vocabulary in src/core/vocabulary.ts, in the plural. */
export const CATEGORY_LABELS = Object.fromEntries(
  Object.entries(CATEGORY_WORDS).map(([category, words]) => [category, words.many]),
) as Record<VagueCategory, string>;

/** The page's summary state: which popup layout applies. */
export type PageCase = 'no-analysis' | 'not-relevant' | 'untracked-company' | 'no-company' | 'tracked';

export function pageCase(analysis: PageAnalysis | null, trackedCompanyIds: ReadonlySet<string>): PageCase {
  if (analysis === null) return 'no-analysis';
  if (!analysis.relevant) return 'not-relevant';
  // The page is a company's own statement and that company is not tracked: its records are not these.
  if (analysis.publisher && !analysis.publisher.tracked && analysis.publisher.leads) return 'untracked-company';
  if (analysis.companies.some((c) => trackedCompanyIds.has(c.id))) return 'tracked';
  return analysis.companies.length > 0 || (analysis.publisher && !analysis.publisher.tracked) ? 'untracked-company' : 'no-company';
}

/** `?tabId=N` (how tests and the dataset browser open the popup as a page), else the active tab. */
export function tabIdFromSearch(search: string): number | null {
  const raw = new URLSearchParams(search).get('tabId');
  if (raw === null || !/^\d+$/.test(raw)) return null;
  return Number(raw);
}

/**
 * Pure view-model for the popup: what to show first and how to group it. Kept out of the
 * components so the ordering rules are unit-tested without rendering.
 */
import { CATEGORY_WORDS } from '../../core/vocabulary';
import type { PageAnalysis, RestatedCommitment, VagueMatch } from '../../core/analysis-schema';
import { VagueCategory } from '../../core/lexicon/schema';
import { compareIsoDates, type Commitment, type Dataset, type NgoQuestion } from '../../data/schema';
import { siteMatches } from '../../storage/settings';
import { durationSince, questionClock } from '../../core/records/days';
import { KIND_LABELS, plural } from '../../core/records/labels';
import { groupByLetter, letterAnchor } from '../../core/records/letters';
import type { PageRecords } from '../../core/records/page-records';
import { byQuestionNumber, isOpenQuestion } from '../../core/records/records';
import { vagueTermTotal } from '../../core/match-limits';

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

export type VerdictFact = { key: 'questions' | 'commitments' | 'vague'; text: string; href: string; alarming: boolean };

/**
 * The summary's lines, strongest first, at most three so each is within three Tab presses: the longest
 * unanswered letter, then the commitments (restated here, withdrawn, gone from this page), then the vague terms.
 */
export function verdictFacts(input: { dataset: Dataset; analysis: PageAnalysis; records: PageRecords; tracked: boolean; now: Date }): VerdictFact[] {
  const { dataset, analysis, records, now } = input;
  const facts: VerdictFact[] = [];
  if (input.tracked) {
    const letters = groupByLetter(dataset, records.questions).filter((g) => g.open > 0);
    const [first, ...others] = letters;
    if (first) {
      const more = others.reduce((n, g) => n + g.open, 0);
      facts.push({
        key: 'questions',
        text: `${plural(first.open, 'question')} from ${first.asker} without an answer for ${durationSince(first.openSince!, now)}${more ? `; ${more} more from ${plural(others.length, 'other letter')}` : ''}`,
        href: `#${letterAnchor(first)}`,
        alarming: true,
      });
    }
    const restatedIds = new Set(analysis.restatedCommitments.map((r) => r.commitmentId));
    const restated = records.commitments.filter((c) => restatedIds.has(c.id));
    const withdrawnHere = restated.filter((c) => c.status === 'withdrawn').length;
    const withdrawnElsewhere = records.commitments.filter((c) => !restatedIds.has(c.id) && c.status === 'withdrawn').length;
    const parts = [
      restated.length > 0 ? `${plural(restated.length, 'commitment')} restated on this page` : `${plural(records.commitments.length, 'commitment')} on record, none restated on this page`,
      withdrawnHere ? `${withdrawnHere} of them withdrawn` : '',
      withdrawnElsewhere ? `${withdrawnElsewhere} withdrawn elsewhere` : '',
      analysis.missingQuotes.length ? `${analysis.missingQuotes.length} no longer in this page’s words` : '',
    ].filter(Boolean);
    if (records.commitments.length > 0 || analysis.missingQuotes.length > 0)
      facts.push({ key: 'commitments', text: parts.join(', '), href: '#pw-commitments-h', alarming: withdrawnHere + analysis.missingQuotes.length > 0 });
  }
  facts.push({ key: 'vague', text: vagueTermTotal(analysis) ? plural(vagueTermTotal(analysis), 'vague term') + (analysis.beyondLimits?.vagueTerms ? ` (the first ${analysis.vagueTerms.length} listed)` : '') : 'no vague terms found', href: '#pw-vague-h', alarming: false });
  return facts;
}

/** The company line: which company, and whether the dataset tracks it. */
export function companyVerdict(analysis: PageAnalysis, trackedIds: ReadonlySet<string>): { name: string | null; tracked: boolean } {
  const tracked = analysis.companies.find((c) => trackedIds.has(c.id));
  if (tracked) return { name: tracked.name, tracked: true };
  return { name: analysis.companies[0]?.name ?? null, tracked: false };
}

/** The page's host, for "pause on this site"; null for pages without one (file:, about:). */
export function hostOf(url: string): string | null {
  try {
    const host = new URL(url).hostname.toLowerCase();
    return /^[a-z0-9-]+(\.[a-z0-9-]+)+$/.test(host) ? host : null;
  } catch {
    return null;
  }
}

/** Pausing adds the exact host; resuming removes every pattern that matches it (a `*.site` too), or it would stay paused. */
export function toggleSite(disabledSites: readonly string[], host: string, pause: boolean): string[] {
  if (pause) return disabledSites.some((p) => siteMatches(p, host)) ? [...disabledSites] : [...disabledSites, host];
  return disabledSites.filter((p) => !siteMatches(p, host));
}

/**
 * The records the popup shows, as the flag form's "related records" checkboxes: the commitments this
 * page restates, the open questions letter by letter, the assessments.
 */
export function relatedOptions(dataset: Dataset, analysis: PageAnalysis, records: PageRecords): Array<{ id: string; label: string }> {
  const restated = orderCommitments(records.commitments, analysis.restatedCommitments).filter((c) => c.restated);
  const short = (text: string) => (text.length > 70 ? `${text.slice(0, 69)}…` : text);
  return [
    ...restated.map(({ commitment: c }) => ({ id: c.id, label: `${KIND_LABELS[c.kind]}: ${short(c.summary)}` })),
    ...groupByLetter(dataset, records.questions.filter(isOpenQuestion)).flatMap((g) =>
      g.questions.map((q) => ({ id: q.id, label: `${g.asker} ${q.number === null ? 'unnumbered question' : `Q${q.number}`}: ${short(q.text)}` })),
    ),
    ...records.assessments.map((a) => ({ id: a.id, label: `Assessment: ${short(a.title)}` })),
  ];
}

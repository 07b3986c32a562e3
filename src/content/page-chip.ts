/**
 * The small on-page chip that says what Pledgewatch found ("6 vague terms · 13 open questions to IBM")
 * and opens the term list. Pure: counted from the painted entries, the analysis and the dataset.
 */
import type { PageAnalysis } from '../core/analysis-schema';
import type { Dataset } from '../data/schema';
import { isOpenQuestion } from '../core/records/records';
import type { ListEntry } from './ui/TermList';

export interface ChipSummary {
  vagueTerms: number;
  restated: number;
  openQuestions: number;
  company: string | null;
}

export function chipSummary(entries: readonly ListEntry[], analysis: PageAnalysis | null, dataset: Dataset): ChipSummary {
  const count = (commitment: boolean) => entries.filter((e) => (e.category === 'commitment') === commitment).reduce((n, e) => n + e.count, 0);
  const companyIds = new Set((analysis?.companies ?? []).map((c) => c.id));
  const openQuestions = dataset.questions.filter((q) => companyIds.has(q.addresseeId) && isOpenQuestion(q)).length;
  return { vagueTerms: count(false), restated: count(true), openQuestions, company: analysis?.companies[0]?.name ?? null };
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export function chipText(s: ChipSummary): string {
  const parts = [plural(s.vagueTerms, 'vague term', 'vague terms')];
  if (s.restated > 0) parts.push(plural(s.restated, 'restated commitment', 'restated commitments'));
  if (s.openQuestions > 0) parts.push(`${plural(s.openQuestions, 'open question', 'open questions')} to ${s.company ?? 'the company'}`);
  return parts.join(' · ');
}

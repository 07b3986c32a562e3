/**
 * What the explanation card says about the item(s) under the pointer or keyboard: for a vague term its
 * category, why it is vague, a better wording and the NGO questions that ask about it; for a restated
 * commitment its status, date and source. Pure: built from the lexicon and the dataset, testable in Node.
 */
import type { Commitment, Dataset, NgoQuestion, Source } from '../data/schema';
import type { VagueTerm } from '../core/lexicon/schema';
import { durationSince, questionClock } from '../core/records/days';
import { ANSWER_LABELS, STATUS_LABELS } from '../core/records/labels';
import { nameOf, sourceOf } from '../core/records/records';
import { statusClaimText } from '../core/records/status-claim';
import { categoryLabel } from './categories';
import type { PaintCategory, PaintItem } from './paint-item';

export interface QuestionView {
  id: string;
  organisation: string;
  addressee: string;
  askedDate: string;
  number: number | null;
  text: string;
  answer: string;
  /** Days since asked while no real answer has come; null once answered. */
  daysUnanswered: number | null;
  /** The same wait in years and months ("6 years 5 months"); null once answered. */
  waited: string | null;
  sourceUrl: string | null;
}

export interface SourceView {
  title: string;
  publisher: string;
  date: string | null;
  url: string | null;
}

export type CardSection =
  | {
      kind: 'vague';
      itemId: number;
      termId: string;
      text: string;
      phrase: string;
      category: PaintCategory;
      categoryLabel: string;
      explanation: string;
      alternative: string | null;
      questions: QuestionView[];
      /** The card's first line: who asked about this term and how long they have waited, else what it is. */
      lead: string;
    }
  | {
      kind: 'commitment';
      itemId: number;
      commitmentId: string;
      company: string;
      summary: string;
      quote: string;
      status: string;
      statusCode: Commitment['status'];
      /** The status as a dated claim: "in force as of 2021-05-18 (Reuters)", "status not checked since 2020-06-08". */
      statusClaim: string;
      date: string | null;
      source: SourceView | null;
    };

function sourceView(source: Source | undefined): SourceView | null {
  return source ? { title: source.title, publisher: source.publisher, date: source.date, url: source.url } : null;
}

function questionView(dataset: Dataset, q: NgoQuestion, now: Date): QuestionView {
  const daysUnanswered = questionClock(q, now).daysUnanswered;
  return {
    id: q.id,
    organisation: nameOf(dataset, q.askedById),
    addressee: nameOf(dataset, q.addresseeId),
    askedDate: q.askedDate,
    number: q.number,
    text: q.text,
    answer: ANSWER_LABELS[q.answer.status],
    daysUnanswered,
    waited: daysUnanswered === null ? null : durationSince(q.askedDate, now),
    sourceUrl: sourceOf(dataset, q.sourceId)?.url ?? null,
  };
}

/** NGO questions about a term: those the lexicon names, then any whose record names the term. */
export function questionsForTerm(dataset: Dataset, term: VagueTerm | undefined, termId: string): NgoQuestion[] {
  const ids = new Set(term?.questionIds ?? []);
  const named = [...ids].map((id) => dataset.questions.find((q) => q.id === id)).filter((q): q is NgoQuestion => q !== undefined);
  const others = dataset.questions.filter((q) => !ids.has(q.id) && q.vagueTermIds.includes(termId));
  return [...named, ...others];
}

/** "Asked by EDRi, unanswered for 6 years 5 months" — the fact a reader needs first, in one line. */
export function leadLine(categoryLabel: string, questions: readonly QuestionView[]): string {
  if (questions.length === 0) return categoryLabel;
  const open = questions.filter((q) => q.daysUnanswered !== null);
  const askers = [...new Set(questions.map((q) => q.organisation))];
  const who = askers.length <= 2 ? askers.join(' and ') : `${askers[0]} and ${askers.length - 1} others`;
  const count = questions.length === 1 ? '1 question' : `${questions.length} questions`;
  if (open.length === 0) return `${categoryLabel} · asked by ${who} (${count}), answered`;
  const longest = open.reduce((a, b) => ((b.daysUnanswered ?? 0) > (a.daysUnanswered ?? 0) ? b : a));
  return `${categoryLabel} · asked by ${who} (${count}), unanswered for ${longest.waited}`;
}

export function buildCard(items: PaintItem[], terms: ReadonlyMap<string, VagueTerm>, dataset: Dataset, now: Date): CardSection[] {
  return items.map((item): CardSection => {
    if (item.kind === 'vague') {
      const term = terms.get(item.key);
      const questions = questionsForTerm(dataset, term, item.key).map((q) => questionView(dataset, q, now));
      return {
        kind: 'vague',
        itemId: item.id,
        termId: item.key,
        text: item.text,
        phrase: term?.phrase ?? item.text,
        category: item.category,
        categoryLabel: categoryLabel(item.category),
        explanation: term?.explanation ?? 'A term from your own list of vague terms.',
        alternative: term?.alternative ?? null,
        questions,
        lead: leadLine(categoryLabel(item.category), questions),
      };
    }
    const c = dataset.commitments.find((r) => r.id === item.key);
    return {
      kind: 'commitment',
      itemId: item.id,
      commitmentId: item.key,
      company: c ? nameOf(dataset, c.companyId) : 'unknown company',
      summary: c?.summary ?? item.key,
      quote: c?.quote ?? item.text,
      status: c ? STATUS_LABELS[c.status] : STATUS_LABELS.unknown,
      statusCode: c?.status ?? 'unknown',
      statusClaim: c ? statusClaimText(dataset, c) : 'status not recorded',
      date: c?.date ?? null,
      source: c ? sourceView(sourceOf(dataset, c.sourceId)) : null,
    };
  });
}

export interface MissingQuoteView {
  commitmentId: string;
  company: string;
  summary: string;
  quote: string;
  date: string | null;
  source: SourceView | null;
}

/** The notice for a commitment's own page that no longer carries its quote. */
export function missingQuoteViews(ids: readonly string[], dataset: Dataset): MissingQuoteView[] {
  return ids.flatMap((id) => {
    const c = dataset.commitments.find((r) => r.id === id);
    if (!c) return [];
    return [{ commitmentId: id, company: nameOf(dataset, c.companyId), summary: c.summary, quote: c.quote, date: c.date, source: sourceView(sourceOf(dataset, c.sourceId)) }];
  });
}

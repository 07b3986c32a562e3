/**
 * What the explanation card says about the item(s) under the pointer or keyboard: for a vague term its
 * category, why it is vague, a better wording and the NGO questions that ask about it; for a restated
 * commitment its status, date and source. Pure: built from the lexicon and the records' details the
 * background sent for this page (core/page-details.ts), testable in Node.
 */
import type { TermInfo } from '../core/lexicon/term-info';
import type { CommitmentView, PageDetails, QuestionView } from '../core/page-details';
import { STATUS_LABELS } from '../core/records/labels';
import { categoryLabel } from './categories';
import type { PaintCategory, PaintItem } from './paint-item';

export type { QuestionView, SourceView } from '../core/page-details';

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
  | ({
      kind: 'commitment';
      itemId: number;
      commitmentId: string;
    } & CommitmentView);

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

export function buildCard(items: PaintItem[], terms: ReadonlyMap<string, TermInfo>, details: PageDetails): CardSection[] {
  return items.map((item): CardSection => {
    if (item.kind === 'vague') {
      const term = terms.get(item.key);
      const questions = details.questions[item.key] ?? [];
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
    // Until the background's details arrive (page/details), the card says what the page itself shows.
    const c = details.commitments[item.key];
    return {
      kind: 'commitment',
      itemId: item.id,
      commitmentId: item.key,
      company: c?.company ?? 'unknown company',
      summary: c?.summary ?? item.key,
      quote: c?.quote ?? item.text,
      status: c?.status ?? STATUS_LABELS.unknown,
      statusCode: c?.statusCode ?? 'unknown',
      statusClaim: c?.statusClaim ?? 'status not recorded',
      date: c?.date ?? null,
      source: c?.source ?? null,
    };
  });
}

export type MissingQuoteView = { commitmentId: string } & Pick<CommitmentView, 'company' | 'summary' | 'quote' | 'date' | 'source'>;

/** The notice for a commitment's own page that no longer carries its quote. */
export function missingQuoteViews(ids: readonly string[], details: PageDetails): MissingQuoteView[] {
  return ids.flatMap((id) => {
    const c = details.commitments[id];
    return c ? [{ commitmentId: id, company: c.company, summary: c.summary, quote: c.quote, date: c.date, source: c.source }] : [];
  });
}

/**
 * Small facts about dataset records shared by the background, popup, dataset browser and CLI.
 * No DOM and no `browser` here, so the background (a worker) can import it too. Which records belong
 * to a page: page-records.ts.
 */
import type { Assessment, Commitment, Dataset, NgoQuestion, Source } from '../../data/schema';

/** A reply that restates the company's position without answering is not an answer. */
export function isOpenQuestion(q: NgoQuestion): boolean {
  return q.answer.status !== 'answered';
}

export type AnyRecord =
  | { kind: 'commitment'; record: Commitment }
  | { kind: 'question'; record: NgoQuestion }
  | { kind: 'assessment'; record: Assessment };

export function sourceOf(dataset: Dataset, id: string | null): Source | undefined {
  return id === null ? undefined : dataset.sources.find((s) => s.id === id);
}

/** Name of a company or organisation by id; the id itself when the dataset has neither. */
export function nameOf(dataset: Dataset, id: string | null): string {
  if (id === null) return 'not stated';
  return dataset.companies.find((c) => c.id === id)?.name ?? dataset.organisations.find((o) => o.id === id)?.name ?? id;
}

/** The address a reader should open for a record: its own page when known, else its source's. */
export function recordUrl(dataset: Dataset, item: AnyRecord): string | null {
  if (item.kind === 'commitment' && item.record.kind !== 'reported-practice' && item.record.pageUrl) return item.record.pageUrl;
  return sourceOf(dataset, item.record.sourceId)?.url ?? null;
}

/**
 * When a source is from, in words: the date the page bears, or for a page that bears none the day it
 * was read ("undated page; read on 2026-12-01"); never a guessed publication date.
 */
export function sourceDateText(source: { date: string | null; readOn?: string | null }): string {
  if (source.date) return source.date;
  return source.readOn ? `undated page; read on ${source.readOn}` : 'date not stated';
}

export function recordDate(item: AnyRecord): string | null {
  return item.kind === 'question' ? item.record.askedDate : item.record.date;
}

export function findRecord(dataset: Dataset, id: string): AnyRecord | null {
  const c = dataset.commitments.find((r) => r.id === id);
  if (c) return { kind: 'commitment', record: c };
  const q = dataset.questions.find((r) => r.id === id);
  if (q) return { kind: 'question', record: q };
  const a = dataset.assessments.find((r) => r.id === id);
  if (a) return { kind: 'assessment', record: a };
  return null;
}

/** "question 8", or "unnumbered question" where the letter numbers none. */
export function questionNumberText(n: number | null): string {
  return n === null ? 'unnumbered question' : `question ${n}`;
}

/** Orders questions of one letter by their number; unnumbered ones keep their place after the numbered. */
export function byQuestionNumber(a: { number: number | null }, b: { number: number | null }): number {
  return (a.number ?? Number.MAX_SAFE_INTEGER) - (b.number ?? Number.MAX_SAFE_INTEGER);
}

/** Turns a lexicon id into readable words when the lexicon entry is not at hand: `general-purpose` → `general purpose`. */
export function termLabel(id: string): string {
  return id.replace(/-/g, ' ');
}

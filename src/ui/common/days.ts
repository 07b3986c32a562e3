/**
 * How long NGO questions have waited. Dates of month or year precision count from their first day,
 * so a question asked "in June 2020" is never shown as younger than it is.
 */
import type { IsoDate, NgoQuestion } from '../../data/schema';
import { isOpenQuestion } from './records';

const DAY = 86_400_000;

export function isoToUtc(date: IsoDate): number {
  const [y, m = 1, d = 1] = date.split('-').map(Number);
  return Date.UTC(y!, m - 1, d);
}

/** Whole days from `from` to `now` (0 on the same day; negative when `from` is in the future). */
export function daysSince(from: IsoDate, now: Date): number {
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  return Math.floor((today - isoToUtc(from)) / DAY);
}

export type QuestionClock = {
  /** Days since it was asked, while no answer has come; null once answered. */
  daysUnanswered: number | null;
  /** Days past the reply deadline while unanswered; null when none was set, not yet passed, or answered. */
  daysOverdue: number | null;
};

export function questionClock(q: NgoQuestion, now: Date): QuestionClock {
  if (!isOpenQuestion(q)) return { daysUnanswered: null, daysOverdue: null };
  const overdue = q.replyDeadline === null ? null : daysSince(q.replyDeadline, now);
  return { daysUnanswered: Math.max(0, daysSince(q.askedDate, now)), daysOverdue: overdue !== null && overdue > 0 ? overdue : null };
}

/** Open questions, longest-waiting first (the dataset browser's clock). */
export function byDaysUnanswered(questions: NgoQuestion[], now: Date): Array<{ question: NgoQuestion; clock: QuestionClock }> {
  return questions
    .map((question) => ({ question, clock: questionClock(question, now) }))
    .sort((a, b) => (b.clock.daysUnanswered ?? -1) - (a.clock.daysUnanswered ?? -1) || a.question.id.localeCompare(b.question.id));
}

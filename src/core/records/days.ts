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

/**
 * How long since `from`, in the words a reader takes in at a glance: "6 years 5 months", "3 months",
 * "12 days". Calendar months, counted from the first day of a month- or year-precision date.
 */
export function durationSince(from: IsoDate, now: Date): string {
  const [y, m = 1, d = 1] = from.split('-').map(Number) as [number, number?, number?];
  let months = (now.getUTCFullYear() - y) * 12 + (now.getUTCMonth() + 1 - m);
  if (now.getUTCDate() < d) months -= 1;
  if (months < 1) {
    const days = Math.max(0, daysSince(from, now));
    return `${days} ${days === 1 ? 'day' : 'days'}`;
  }
  const years = Math.floor(months / 12);
  const rest = months % 12;
  const part = (n: number, one: string) => (n === 0 ? '' : `${n} ${one}${n === 1 ? '' : 's'}`);
  return [part(years, 'year'), part(rest, 'month')].filter(Boolean).join(' ');
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

import { describe, expect, it } from 'vitest';
import { byDaysUnanswered, daysSince, durationSince, questionClock } from '../../../../src/core/records/days';
import { mini } from '../../../fixtures/popup/mini-dataset';

const q = (id: string) => mini.questions.find((x) => x.id === id)!;

describe('days unanswered', () => {
  it('counts whole UTC days, month and year precision from their first day', () => {
    const now = new Date('2020-07-01T23:59:00Z');
    expect(daysSince('2020-06-25', now)).toBe(6);
    expect(daysSince('2020-06', now)).toBe(30);
    expect(daysSince('2020', now)).toBe(182);
    expect(daysSince('2020-07-01', now)).toBe(0);
  });

  it('counts an open question (a generic reply is not an answer) and its days past the deadline', () => {
    expect(questionClock(q('watchgroup-2020-q1'), new Date('2020-07-20T08:00:00Z'))).toEqual({ daysUnanswered: 25, daysOverdue: 10 });
  });

  it('has no overdue days before the deadline, and no clock once answered', () => {
    expect(questionClock(q('watchgroup-2020-q1'), new Date('2020-07-05T00:00:00Z'))).toEqual({ daysUnanswered: 10, daysOverdue: null });
    expect(questionClock(q('watchgroup-2020-q2'), new Date('2025-01-01T00:00:00Z'))).toEqual({ daysUnanswered: null, daysOverdue: null });
  });

  it('orders the clock longest-waiting first, answered last', () => {
    const rows = byDaysUnanswered(mini.questions, new Date('2026-01-01T00:00:00Z'));
    expect(rows.map((r) => r.question.id)).toEqual(['watchgroup-2020-q1', 'watchgroup-2021-q1', 'watchgroup-2020-q2']);
    expect(rows[0]!.clock.daysUnanswered).toBeGreaterThan(rows[1]!.clock.daysUnanswered!);
  });
});

describe('durationSince', () => {
  it('says years and months, as a reader takes them in', () => {
    expect(durationSince('2020-06-25', new Date('2026-12-01T08:00:00Z'))).toBe('6 years 5 months');
    expect(durationSince('2020-06-25', new Date('2026-06-24T08:00:00Z'))).toBe('5 years 11 months');
    expect(durationSince('2020-06-25', new Date('2026-06-25T08:00:00Z'))).toBe('6 years');
    expect(durationSince('2026-09-01', new Date('2026-12-01T08:00:00Z'))).toBe('3 months');
    expect(durationSince('2026-11-01', new Date('2026-12-01T08:00:00Z'))).toBe('1 month');
  });
  it('falls back to days under a month, and counts month precision from the first day', () => {
    expect(durationSince('2026-11-19', new Date('2026-12-01T08:00:00Z'))).toBe('12 days');
    expect(durationSince('2026-12-01', new Date('2026-12-01T08:00:00Z'))).toBe('0 days');
    expect(durationSince('2020-06', new Date('2026-12-01T08:00:00Z'))).toBe('6 years 6 months');
    expect(durationSince('2020', new Date('2021-01-01T00:00:00Z'))).toBe('1 year');
  });
});

/**
 * Per-token rate limit, counted in PostgreSQL so that every instance behind a load balancer shares
 * one count (an in-memory counter would give each instance its own allowance). Fixed one-minute
 * windows: one upsert per request.
 */
import type { Queryable } from './database';

export type RateDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number };

export async function takeRequest(db: Queryable, memberId: number, perMinute: number): Promise<RateDecision> {
  const rows = await db.query<{ count: number; retry_after: number }>(
    `insert into rate_windows as w (member_id, window_start, count) values ($1, date_trunc('minute', now()), 1)
     on conflict (member_id, window_start) do update set count = w.count + 1
     returning w.count, ceil(extract(epoch from (date_trunc('minute', now()) + interval '1 minute' - now())))::int as retry_after`,
    [memberId],
  );
  const row = rows[0]!;
  // Old windows are cleared by the first request of each new one (count 1), so the table stays small.
  if (row.count === 1) await db.query(`delete from rate_windows where member_id = $1 and window_start < date_trunc('minute', now())`, [memberId]);
  if (row.count <= perMinute) return { allowed: true };
  return { allowed: false, retryAfterSeconds: Math.max(1, row.retry_after) };
}

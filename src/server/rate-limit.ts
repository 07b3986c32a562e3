/**
 * Per-token rate limit, counted in PostgreSQL so that every instance behind a load balancer shares
 * one count (an in-memory counter would give each instance its own allowance). Fixed windows
 * (a minute by default): one upsert per request.
 */
import type { Queryable } from './database';

export type RateDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number };

export async function takeRequest(db: Queryable, memberId: number, perWindow: number, windowSeconds = 60): Promise<RateDecision> {
  const rows = await db.query<{ count: number; retry_after: number }>(
    `with w as (select to_timestamp(floor(extract(epoch from now()) / $2) * $2) as start)
     insert into rate_windows as r (member_id, window_start, count) select $1, w.start, 1 from w
     on conflict (member_id, window_start) do update set count = r.count + 1
     returning r.count, ceil(extract(epoch from (r.window_start + make_interval(secs => $2) - now())))::int as retry_after`,
    [memberId, windowSeconds],
  );
  const row = rows[0]!;
  // Old windows are cleared by the first request of each new one (count 1), so the table stays small.
  if (row.count === 1) await db.query(`delete from rate_windows where member_id = $1 and window_start < now() - make_interval(secs => $2)`, [memberId, windowSeconds]);
  if (row.count <= perWindow) return { allowed: true };
  return { allowed: false, retryAfterSeconds: Math.max(1, row.retry_after) };
}

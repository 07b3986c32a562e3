/**
 * A client that submits flags the way the extension's outbox does: retries until the server
 * acknowledges (a 2xx whose JSON echoes the flag id), sometimes sends the same flag twice. Records
 * which flags were acknowledged and each request's latency. Used by the crash tests and the benchmark.
 */
import type { FlagContent } from '../flags/model/flag-schema';

export type SubmitStats = { acknowledged: Set<string>; latenciesMs: number[]; requests: number; failures: number };

export function newStats(): SubmitStats {
  return { acknowledged: new Set(), latenciesMs: [], requests: 0, failures: 0 };
}

/** One POST; true when acknowledged under contract version 2's rule. */
export async function submitOnce(baseUrl: string, token: string, flag: FlagContent, stats: SubmitStats): Promise<boolean> {
  const started = performance.now();
  stats.requests++;
  try {
    const res = await fetch(`${baseUrl}/api/flags`, {
      method: 'POST',
      redirect: 'manual',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, 'idempotency-key': `${flag.id}@${flag.updatedAt}` },
      body: JSON.stringify({ format: 'pledgewatch-flag-submission', version: 2, submittedAt: new Date().toISOString(), flag }),
      signal: AbortSignal.timeout(30_000),
    });
    const body = (await res.json().catch(() => null)) as { flagId?: unknown } | null;
    stats.latenciesMs.push(performance.now() - started);
    if (res.status >= 200 && res.status < 300 && body?.flagId === flag.id) {
      stats.acknowledged.add(flag.id);
      return true;
    }
  } catch {
    // No answer (server killed, restarting): not acknowledged; the caller retries.
  }
  stats.failures++;
  return false;
}

/** Sends until acknowledged, waiting `retryDelayMs` between tries; gives up at `deadline` (epoch ms). */
export async function submitUntilAcknowledged(
  baseUrl: () => string,
  token: string,
  flag: FlagContent,
  stats: SubmitStats,
  opts: { retryDelayMs: number; deadline: number },
): Promise<boolean> {
  while (Date.now() < opts.deadline) {
    if (await submitOnce(baseUrl(), token, flag, stats)) return true;
    await new Promise((r) => setTimeout(r, opts.retryDelayMs));
  }
  return false;
}

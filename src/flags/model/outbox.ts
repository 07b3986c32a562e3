/**
 * The outbox: which flags to send, and what a send's outcome does to a flag's submission state.
 * A failure only ever reschedules (exponential backoff) or parks the flag for the user; nothing here
 * can delete a flag. Storage and the network come in as interfaces so tests drive it with fakes.
 */
import type { Flag, Submission } from './flag-schema';
import { sendFlag, type Endpoint, type FetchLike, type SendOutcome } from './submission-contract';

/** 30 s (the shortest alarm Chrome allows), doubling to at most 6 h; up to 10 % jitter spreads retries out. */
export const BACKOFF = { baseMs: 30_000, maxMs: 6 * 60 * 60_000, jitter: 0.1 } as const;

/** Delay before the next try after `attempts` failed tries (attempts ≥ 1). */
export function backoffDelay(attempts: number, random: () => number = Math.random): number {
  const exponential = Math.min(BACKOFF.maxMs, BACKOFF.baseMs * 2 ** Math.max(0, attempts - 1));
  return Math.round(exponential * (1 + BACKOFF.jitter * random()));
}

function failedAttempts(s: Submission): number {
  return s.state === 'queued' || s.state === 'failed' ? s.attempts : 0;
}

/** Queued, due now. Failed tries so far are kept, so the count the reader sees stays true and backoff keeps growing. */
export function queuedNow(now: Date, previous: Submission = { state: 'local' }): Submission {
  return { state: 'queued', attempts: failedAttempts(previous), dueAt: now.getTime() };
}

export function afterOutcome(prev: Submission, outcome: SendOutcome, now: Date, random: () => number = Math.random): Submission {
  if (outcome.ok) return { state: 'sent', sentAt: now.toISOString(), remoteId: outcome.remoteId, reviewStatus: outcome.reviewStatus };
  const attempts = failedAttempts(prev) + 1;
  const wait = Math.max(backoffDelay(attempts, random), Math.min(outcome.retryAfterMs ?? 0, BACKOFF.maxMs));
  return {
    state: 'failed',
    reason: outcome.retry ? outcome.reason : `${outcome.reason} (not retried automatically: check the endpoint settings, then press Retry)`,
    attempts,
    failedAt: now.toISOString(),
    dueAt: outcome.retry ? now.getTime() + wait : null,
  };
}

/**
 * The state to store once a send finished. If the reader edited the flag while it was in flight
 * (`updatedAt` moved on), the server has the old text: the new text is queued at once instead.
 */
export function settle(current: Flag, sentUpdatedAt: string, next: Submission, now: Date): Submission {
  if (current.updatedAt !== sentUpdatedAt && next.state === 'sent') return queuedNow(now);
  return next;
}

export interface OutboxStore {
  /** Flags whose `submission.dueAt` is at or before `now`, oldest due first. */
  due(now: number): Promise<Flag[]>;
  /** Stores `next` for flag `id` (through `settle`) in one transaction; a flag deleted meanwhile is left deleted. */
  settle(id: string, sentUpdatedAt: string, next: Submission): Promise<void>;
  /** The earliest `dueAt` still waiting, for the alarm. */
  nextDueAt(): Promise<number | null>;
}

export type OutboxRun = { attempted: number; sent: number; failed: number; nextDueAt: number | null };

export async function runOutbox(deps: {
  store: OutboxStore;
  endpoint: Endpoint | null;
  fetch: FetchLike;
  now?: () => Date;
  random?: () => number;
}): Promise<OutboxRun> {
  const now = deps.now ?? (() => new Date());
  const run: OutboxRun = { attempted: 0, sent: 0, failed: 0, nextDueAt: null };
  // Without an endpoint nothing leaves the browser; queued flags simply wait for one.
  if (deps.endpoint) {
    for (const flag of await deps.store.due(now().getTime())) {
      run.attempted++;
      const outcome = await sendFlag(flag, deps.endpoint, deps.fetch, now());
      const next = afterOutcome(flag.submission, outcome, now(), deps.random);
      await deps.store.settle(flag.id, flag.updatedAt, next);
      if (outcome.ok) run.sent++;
      else run.failed++;
    }
  }
  run.nextDueAt = await deps.store.nextDueAt();
  return run;
}

/** One line for the UI: "queued", "failed (2 tries): … — next try 14:05", "sent · in-review". */
export function describeSubmission(s: Submission, formatTime: (ms: number) => string): string {
  switch (s.state) {
    case 'local':
      return 'local (not submitted)';
    case 'queued':
      return 'queued';
    case 'sent':
      return s.reviewStatus ? `sent · review: ${s.reviewStatus}` : 'sent';
    case 'failed':
      return `failed (${s.attempts} ${s.attempts === 1 ? 'try' : 'tries'}): ${s.reason}${s.dueAt !== null ? ` — next try ${formatTime(s.dueAt)}` : ''}`;
  }
}

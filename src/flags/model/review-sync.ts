/**
 * The reader sees the outcome: what the project's reviewers decided about the reader's sent flags.
 * The schemas here are the read side of the submission contract (the server replies with them, the
 * extension reads them); `syncReviews` asks the endpoint's feed for changes since the last cursor
 * and stores each flag's review status and reason on the flag. Pure TypeScript: storage and the
 * network come in as interfaces (the background wires them), so tests drive it with fakes.
 */
import { endpointProblem } from './endpoint';
import { z } from 'zod';
import { FlagId, ReviewStatus } from './flag-schema';

/** The review states the project server uses; `reviewStatus` stays free text for other endpoints. */
export const REVIEW_STATES = ['received', 'needs-more-info', 'accepted', 'rejected', 'duplicate'] as const;

/** One flag's standing with the project, as `GET <endpoint>/<flag id>` and the feed give it. */
export const ReviewState = z.object({
  flagId: FlagId,
  id: z.string().min(1).max(200),
  reviewStatus: ReviewStatus,
  reason: z.string().max(2_000).nullable(),
  duplicateOf: z.string().max(200).nullable(),
  reviewedAt: z.string().nullable(),
  /** Grows with every change of the flag on the server (an edit, a review action). */
  version: z.number().int().positive(),
  /** Position in the change feed. */
  changeId: z.number().int().nonnegative(),
});
export type ReviewState = z.infer<typeof ReviewState>;

/** `GET <endpoint>?since=<cursor>`: the flags changed after `since`, oldest change first, each once with its latest state. */
export const ReviewFeed = z.object({
  changes: z.array(ReviewState),
  cursor: z.number().int().nonnegative(),
  more: z.boolean(),
});
export type ReviewFeed = z.infer<typeof ReviewFeed>;

/** How often the background asks for review outcomes when nothing else wakes the outbox. */
export const REVIEW_POLL_MS = 30 * 60_000;
const PAGE_SIZE = 100;
/** At most this many feed pages per run: a huge backlog is worked off over several runs. */
const MAX_PAGES = 20;

/** Where the reader's feed stands; `key` names the endpoint and token it belongs to (a new one starts again at 0). */
export const StoredCursor = z.object({ key: z.string(), cursor: z.number().int().nonnegative() });
export type StoredCursor = z.infer<typeof StoredCursor>;

export interface ReviewStore {
  /** Records each state on the local flag with that id when it is sent; returns how many flags changed. */
  apply(states: readonly ReviewState[]): Promise<number>;
}

export type ReviewFetch = (url: string, init: { method: 'GET'; headers: Record<string, string>; redirect: 'error'; signal?: AbortSignal }) => Promise<Response>;

export type ReviewSyncDeps = {
  endpoint: { url: string; token?: string | null | undefined } | null;
  fetch: ReviewFetch;
  store: ReviewStore;
  cursor: { get(): Promise<unknown>; set(value: StoredCursor): Promise<void> };
  timeoutMs?: number;
};

export type ReviewSyncRun = { asked: boolean; updated: number; problem: string | null };

async function endpointKey(url: string, token: string | null): Promise<string> {
  // Hashed so the stored cursor never holds the token itself.
  const bytes = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(`${url}\n${token ?? ''}`));
  return [...new Uint8Array(bytes)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * Reads the endpoint's review feed (`GET <endpoint>?since=<cursor>`) and stores the outcomes on the
 * reader's sent flags. Nothing is asked when no endpoint is set. An endpoint without a feed (any
 * refusal, a redirect, a body that is not a feed) changes nothing: the problem is returned for the log.
 */
export async function syncReviews(deps: ReviewSyncDeps): Promise<ReviewSyncRun> {
  const endpoint = deps.endpoint;
  if (!endpoint) return { asked: false, updated: 0, problem: null };
  const token = endpoint.token || null;
  // The same rule as sending (flags/model/endpoint.ts): a token only over https, or to this machine.
  const unsafe = endpointProblem({ url: endpoint.url, token: token ?? undefined });
  if (unsafe) return { asked: false, updated: 0, problem: `not asking for review outcomes: ${unsafe}` };
  const key = await endpointKey(endpoint.url, token);
  const stored = StoredCursor.safeParse(await deps.cursor.get());
  let cursor = stored.success && stored.data.key === key ? stored.data.cursor : 0;
  let updated = 0;
  try {
    for (let page = 0; page < MAX_PAGES; page++) {
      const url = new URL(endpoint.url);
      url.searchParams.set('since', String(cursor));
      url.searchParams.set('limit', String(PAGE_SIZE));
      const headers: Record<string, string> = { Accept: 'application/json' };
      if (token) headers['Authorization'] = `Bearer ${token}`;
      const response = await deps.fetch(url.href, { method: 'GET', headers, redirect: 'error', signal: AbortSignal.timeout(deps.timeoutMs ?? 30_000) });
      if (!response.ok) return { asked: true, updated, problem: `review feed: HTTP ${response.status}` };
      const feed = ReviewFeed.safeParse(await response.json().catch(() => null));
      if (!feed.success) return { asked: true, updated, problem: 'review feed: the endpoint did not answer with a review feed' };
      updated += await deps.store.apply(feed.data.changes);
      // Stored after the outcomes: a crash in between asks for the same changes again, which is harmless.
      if (feed.data.cursor > cursor) {
        cursor = feed.data.cursor;
        await deps.cursor.set({ key, cursor });
      }
      if (!feed.data.more) break;
    }
    return { asked: true, updated, problem: null };
  } catch (e) {
    return { asked: true, updated, problem: `review feed: ${e instanceof Error ? e.message : String(e)}` };
  }
}

type SentSubmission = Extract<import('./flag-schema').Submission, { state: 'sent' }>;

/** The sent submission with a review outcome recorded; `null` when it changes nothing. */
export function withReview(s: SentSubmission, state: ReviewState): SentSubmission | null {
  const reason = state.duplicateOf ? [state.reason, `duplicate of ${state.duplicateOf}`].filter(Boolean).join(' — ') : state.reason;
  if (s.reviewStatus === state.reviewStatus && (s.reviewReason ?? null) === reason) return null;
  return { ...s, remoteId: s.remoteId ?? state.id, reviewStatus: state.reviewStatus, reviewReason: reason, reviewNews: s.reviewStatus !== state.reviewStatus || s.reviewNews === true };
}

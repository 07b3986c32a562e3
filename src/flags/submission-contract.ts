/**
 * What the extension sends to a project endpoint and what it accepts back (src/flags/submission-contract.md
 * explains it for endpoint authors). One POST per flag; resubmitting the same flag id is an update,
 * so a retry after a lost reply can never create a second record on the server.
 */
import { z } from 'zod';
import type { Settings } from '../storage/settings';
import { FlagContent, ReviewStatus, Timestamp, type Flag } from './flag-schema';

export const SUBMISSION_FORMAT = 'pledgewatch-flag-submission';
export const SUBMISSION_VERSION = 1;

export const SubmissionRequest = z.object({
  format: z.literal(SUBMISSION_FORMAT),
  version: z.literal(SUBMISSION_VERSION),
  submittedAt: Timestamp,
  flag: FlagContent,
});
export type SubmissionRequest = z.infer<typeof SubmissionRequest>;

/** A 2xx reply's body. Both fields are optional: an empty 2xx body means "received, no status yet". */
export const SubmissionReply = z.object({
  id: z.string().min(1).max(200).optional(),
  reviewStatus: ReviewStatus.optional(),
});
export type SubmissionReply = z.infer<typeof SubmissionReply>;

/** The endpoint as the settings hold it (settings.ts owns that schema). */
export type Endpoint = NonNullable<Settings['endpoint']>;

export function buildSubmission(flag: Flag, now: Date): { body: string; headers: Record<string, string> } {
  const { key: _key, submission: _submission, ...content } = flag;
  const request = SubmissionRequest.parse({
    format: SUBMISSION_FORMAT,
    version: SUBMISSION_VERSION,
    submittedAt: now.toISOString(),
    flag: content,
  });
  return {
    body: JSON.stringify(request),
    headers: {
      'Content-Type': 'application/json',
      // Same flag, same edit: same key, so a server may drop a replay without comparing bodies.
      'Idempotency-Key': `${flag.id}@${flag.updatedAt}`,
    },
  };
}

export type SendOutcome =
  | { ok: true; remoteId: string | null; reviewStatus: string | null }
  | { ok: false; retry: boolean; reason: string; retryAfterMs: number | null };

/** Statuses worth trying again without the user's help; any other 4xx needs a fix (token, endpoint). */
const TRANSIENT = new Set([408, 425, 429, 500, 502, 503, 504]);

/** `Retry-After` in seconds or as an HTTP date. */
export function parseRetryAfter(value: string | null, now: number): number | null {
  if (!value) return null;
  if (/^\d+$/.test(value.trim())) return Number(value.trim()) * 1000;
  const at = Date.parse(value);
  return Number.isNaN(at) ? null : Math.max(0, at - now);
}

export async function readReply(response: Response, now: number): Promise<SendOutcome> {
  const text = await response.text().catch(() => '');
  if (response.ok) {
    let reply: SubmissionReply = {};
    if (text.trim()) {
      // A reply we cannot read does not undo the server's 2xx: the flag was received.
      const parsed = (() => {
        try {
          return SubmissionReply.safeParse(JSON.parse(text));
        } catch {
          return null;
        }
      })();
      if (parsed?.success) reply = parsed.data;
    }
    return { ok: true, remoteId: reply.id ?? null, reviewStatus: reply.reviewStatus ?? null };
  }
  const detail = text.trim().slice(0, 200);
  return {
    ok: false,
    retry: response.status >= 500 || TRANSIENT.has(response.status),
    reason: `endpoint answered HTTP ${response.status}${response.statusText ? ' ' + response.statusText : ''}${detail ? `: ${detail}` : ''}`,
    retryAfterMs: parseRetryAfter(response.headers.get('Retry-After'), now),
  };
}

export type FetchLike = (url: string, init: { method: string; headers: Record<string, string>; body: string; signal?: AbortSignal }) => Promise<Response>;

export async function sendFlag(flag: Flag, endpoint: Endpoint, fetchFn: FetchLike, now: Date, timeoutMs = 30_000): Promise<SendOutcome> {
  const { body, headers } = buildSubmission(flag, now);
  if (endpoint.token) headers['Authorization'] = `Bearer ${endpoint.token}`;
  try {
    const response = await fetchFn(endpoint.url, { method: 'POST', headers, body, signal: AbortSignal.timeout(timeoutMs) });
    return await readReply(response, now.getTime());
  } catch (e) {
    const why = e instanceof Error ? (e.name === 'TimeoutError' ? `no answer within ${timeoutMs / 1000} s` : e.message) : String(e);
    return { ok: false, retry: true, reason: `could not reach the endpoint: ${why}`, retryAfterMs: null };
  }
}

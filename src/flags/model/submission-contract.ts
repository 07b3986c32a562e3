/**
 * What the extension sends to a project endpoint and what it accepts back (src/flags/model/submission-contract.md
 * explains it for endpoint authors). One POST per flag; resubmitting the same flag id is an update,
 * so a retry after a lost reply can never create a second record on the server.
 */
import { z } from 'zod';
import { endpointProblem, type Endpoint } from './endpoint';
import { FlagContent, FlagId, ReviewStatus, Timestamp, type Flag } from './flag-schema';

export const SUBMISSION_FORMAT = 'pledgewatch-flag-submission';
/** Version 2: same request as version 1; a reply counts only when it echoes the flag id (see the .md). */
export const SUBMISSION_VERSION = 2;

export const SubmissionRequest = z.object({
  format: z.literal(SUBMISSION_FORMAT),
  version: z.literal(SUBMISSION_VERSION),
  submittedAt: Timestamp,
  flag: FlagContent,
});
export type SubmissionRequest = z.infer<typeof SubmissionRequest>;

/**
 * A 2xx reply's body. `flagId` must be the id of the flag sent: only an endpoint that read the request
 * can echo it, so a captive portal, a wrong URL answering with an HTML page or an empty 2xx never
 * counts as delivered. `id` (the project's own id) and `reviewStatus` are optional.
 */
export const SubmissionReply = z.object({
  flagId: FlagId,
  id: z.string().min(1).max(200).optional(),
  reviewStatus: ReviewStatus.optional(),
});
export type SubmissionReply = z.infer<typeof SubmissionReply>;

export type { Endpoint } from './endpoint';

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

/** A refusal the reader must look at: never retried automatically (see afterOutcome). */
function refused(reason: string): SendOutcome {
  return { ok: false, retry: false, reason, retryAfterMs: null };
}

/** The first characters of a body, on one line, for a reason the reader can act on. */
function excerpt(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > 120 ? `${flat.slice(0, 120)}…` : flat;
}

/**
 * Reads the endpoint's answer to the flag `sentFlagId`. Delivered only for a 2xx that is not a
 * redirect, with a JSON body whose `flagId` is the flag sent. A redirect (fetch runs with
 * `redirect: 'manual'`, so it arrives as an opaque redirect or a 3xx) is a refusal: following it would
 * send the flag, and the token, to an address the reader never set, or turn the POST into a GET.
 */
export async function readReply(response: Response, now: number, sentFlagId: string): Promise<SendOutcome> {
  if (response.type === 'opaqueredirect' || (response.status >= 300 && response.status < 400)) {
    const where = response.headers.get('Location');
    return refused(
      `endpoint answered with a redirect${response.status ? ` (HTTP ${response.status})` : ''}${where ? ` to ${where.slice(0, 200)}` : ''}: ` +
        'Pledgewatch does not follow redirects; set the final address of the endpoint',
    );
  }
  const text = await response.text().catch(() => '');
  if (response.ok) {
    if (!text.trim()) return refused(`endpoint answered HTTP ${response.status} with an empty body, not the contract's reply (JSON echoing the flag id): is this the right address?`);
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      return refused(`endpoint answered HTTP ${response.status} with something that is not JSON ("${excerpt(text)}"): a login page or the wrong address?`);
    }
    const parsed = SubmissionReply.safeParse(json);
    if (!parsed.success) return refused(`endpoint answered HTTP ${response.status} with JSON that is not the contract's reply (${excerpt(z.prettifyError(parsed.error))})`);
    if (parsed.data.flagId !== sentFlagId) return refused(`endpoint answered for flag ${parsed.data.flagId}, not for the flag sent (${sentFlagId})`);
    return { ok: true, remoteId: parsed.data.id ?? null, reviewStatus: parsed.data.reviewStatus ?? null };
  }
  const detail = text.trim().slice(0, 200);
  return {
    ok: false,
    retry: response.status >= 500 || TRANSIENT.has(response.status),
    reason: `endpoint answered HTTP ${response.status}${response.statusText ? ' ' + response.statusText : ''}${detail ? `: ${detail}` : ''}`,
    retryAfterMs: parseRetryAfter(response.headers.get('Retry-After'), now),
  };
}

export type FetchLike = (
  url: string,
  init: { method: string; headers: Record<string, string>; body: string; redirect: 'manual'; signal?: AbortSignal },
) => Promise<Response>;

export async function sendFlag(flag: Flag, endpoint: Endpoint, fetchFn: FetchLike, now: Date, timeoutMs = 30_000): Promise<SendOutcome> {
  const { body, headers } = buildSubmission(flag, now);
  const unsafe = endpointProblem(endpoint);
  // Settings written before this check (or by hand) are checked again here: a token never travels in clear.
  if (unsafe) return refused(unsafe);
  if (endpoint.token) headers['Authorization'] = `Bearer ${endpoint.token}`;
  try {
    const response = await fetchFn(endpoint.url, { method: 'POST', headers, body, redirect: 'manual', signal: AbortSignal.timeout(timeoutMs) });
    return await readReply(response, now.getTime(), flag.id);
  } catch (e) {
    const why = e instanceof Error ? (e.name === 'TimeoutError' ? `no answer within ${timeoutMs / 1000} s` : e.message) : String(e);
    return { ok: false, retry: true, reason: `could not reach the endpoint: ${why}`, retryAfterMs: null };
  }
}

/**
 * The HTTP API (routes and their status codes; the storage modules do the work). The submission
 * route implements src/flags/model/submission-contract.md; the review routes are described there too.
 * Error replies are JSON `{ "message", "error" }`, message first because the extension shows the
 * first 200 characters of a refusal to the reader.
 */
import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { cors } from 'hono/cors';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { z } from 'zod';
import type { Dataset } from '../data/schema';
import { FlagContent, FlagId } from '../flags/model/flag-schema';
import { SUBMISSION_FORMAT, SubmissionRequest } from '../flags/model/submission-contract';
import type { Database } from './database';
import { exportAccepted, exportCandidates } from './export';
import { readFeed, readReviewState, submitFlag } from './flags-store';
import { canReview, memberForToken, type Member } from './members';
import { takeRequest } from './rate-limit';
import { addNote, applyReviewAction, NoteInput, QueueQuery, readAudit, readFlagDetail, readQueue, ReviewAction } from './review-store';

/** Request versions this server reads: 2 is version 1's body with `"version": 2` (the reply rule changed, not the body). */
export const ACCEPTED_VERSIONS = [1, 2] as const;

/** The contract's body, strictly: unknown fields are refused rather than dropped unseen. */
export const ServerSubmission = SubmissionRequest.extend({
  version: z.union([z.literal(ACCEPTED_VERSIONS[0]), z.literal(ACCEPTED_VERSIONS[1])]),
  flag: FlagContent.strict(),
}).strict();

/** The largest valid flag is about 52,000 characters; 4 bytes each in UTF-8 plus the envelope stays below this. */
export const MAX_SUBMISSION_BYTES = 256 * 1024;
const MAX_REVIEW_BODY_BYTES = 16 * 1024;

export type AppOptions = {
  db: Database;
  dataset: Dataset;
  /** Requests per token per minute, shared by all instances (counted in the database). */
  rateLimitPerMinute?: number;
  /** The rate limit's window; a minute unless a test needs a window it cannot straddle. */
  rateLimitWindowSeconds?: number;
  /** The reviewer page's files, if served. */
  reviewerPage?: { html: string; script: string } | null;
  now?: () => Date;
};

type Env = { Variables: { member: Member } };

function refuse(c: Context, status: ContentfulStatusCode, error: string, message: string, extra: Record<string, unknown> = {}) {
  return c.json({ message, error, ...extra }, status);
}

function zodMessage(e: z.ZodError): string {
  return z.prettifyError(e).replace(/\n+/g, '; ').slice(0, 1_000);
}

async function readJsonBody(c: Context): Promise<{ ok: true; value: unknown } | { ok: false; response: Response }> {
  const type = (c.req.header('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
  if (type !== 'application/json') return { ok: false, response: refuse(c, 415, 'unsupported-media-type', 'send the body as Content-Type: application/json') };
  const text = await c.req.text();
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (e) {
    return { ok: false, response: refuse(c, 400, 'invalid-json', `the body is not valid JSON: ${(e as Error).message}`) };
  }
}

const tooLarge = (max: number) => (c: Context) => refuse(c, 413, 'too-large', `the body is larger than ${max} bytes`);

export function createApp(options: AppOptions): Hono<Env> {
  const { db, dataset } = options;
  const perMinute = options.rateLimitPerMinute ?? 600;
  const now = options.now ?? (() => new Date());
  const app = new Hono<Env>();

  app.onError((e, c) => {
    console.error('[pledgewatch-server]', e);
    // No detail leaves the server: it could hold SQL or data. 503 tells the extension to retry later.
    return refuse(c, 503, 'unavailable', 'the server could not complete the request; try again later');
  });
  app.notFound((c) => refuse(c, 404, 'not-found', `no route ${c.req.method} ${c.req.path}`));

  // The extension's requests need no CORS (it holds host permissions), but a reader who withdrew
  // site access makes the browser ask first: see the contract's CORS section.
  const apiCors = cors({ origin: '*', allowMethods: ['GET', 'POST'], allowHeaders: ['content-type', 'authorization', 'idempotency-key'], maxAge: 600 });
  app.use('/api/flags', apiCors);
  app.use('/api/flags/*', apiCors);

  app.use('/api/*', async (c, next) => {
    if (c.req.method === 'OPTIONS') return next();
    const member = await memberForToken(db, c.req.header('authorization'));
    if (!member) {
      c.header('WWW-Authenticate', 'Bearer');
      return refuse(c, 401, 'unauthorized', 'a valid member token is required (Authorization: Bearer <token>); ask the project for one');
    }
    const rate = await takeRequest(db, member.id, perMinute, options.rateLimitWindowSeconds);
    if (!rate.allowed) {
      c.header('Retry-After', String(rate.retryAfterSeconds));
      return refuse(c, 429, 'rate-limited', `more than ${perMinute} requests in ${options.rateLimitWindowSeconds ?? 60} s with this token; try again in ${rate.retryAfterSeconds} s`);
    }
    c.set('member', member);
    return next();
  });
  const reviewersOnly = async (c: Context<Env>, next: () => Promise<void>) => {
    if (!canReview(c.get('member').role)) return refuse(c, 403, 'forbidden', 'only reviewers and admins may do this');
    return next();
  };
  app.use('/api/review/*', reviewersOnly);
  app.use('/api/export', reviewersOnly);

  app.get('/api/me', (c) => c.json({ name: c.get('member').name, role: c.get('member').role }));

  app.post('/api/flags', bodyLimit({ maxSize: MAX_SUBMISSION_BYTES, onError: tooLarge(MAX_SUBMISSION_BYTES) }), async (c) => {
    const body = await readJsonBody(c);
    if (!body.ok) return body.response;
    const envelope = body.value as { format?: unknown; version?: unknown } | null;
    if (typeof envelope !== 'object' || envelope === null || Array.isArray(envelope)) return refuse(c, 400, 'invalid-submission', 'the body must be a JSON object');
    if (envelope.format !== SUBMISSION_FORMAT) return refuse(c, 400, 'invalid-submission', `format must be "${SUBMISSION_FORMAT}"`);
    if (!ACCEPTED_VERSIONS.includes(envelope.version as 1 | 2))
      return refuse(c, 400, 'unsupported-version', `unsupported version ${JSON.stringify(envelope.version)}: this server reads versions ${ACCEPTED_VERSIONS.join(' and ')}`);
    const parsed = ServerSubmission.safeParse(body.value);
    if (!parsed.success) return refuse(c, 400, 'invalid-submission', zodMessage(parsed.error));
    const flag = parsed.data.flag;
    const key = c.req.header('idempotency-key') ?? null;
    // The key names one edit of one flag; a key for another edit means the client mixed up its requests.
    if (key !== null && key !== `${flag.id}@${flag.updatedAt}`)
      return refuse(c, 422, 'idempotency-key-mismatch', 'Idempotency-Key must be "<flag.id>@<flag.updatedAt>" of the flag in the body');
    const outcome = await submitFlag(db, c.get('member'), flag, key);
    if (outcome.kind === 'foreign') return refuse(c, 409, 'conflict', 'this flag id belongs to another member');
    const { state } = outcome;
    return c.json({ flagId: state.flagId, id: state.id, reviewStatus: state.reviewStatus }, outcome.kind === 'created' ? 201 : 200);
  });

  app.get('/api/flags', async (c) => {
    const query = z
      .object({ since: z.coerce.number().int().nonnegative().default(0), limit: z.coerce.number().int().min(1).max(500).default(100) })
      .safeParse(c.req.query());
    if (!query.success) return refuse(c, 400, 'invalid-query', zodMessage(query.error));
    return c.json(await readFeed(db, c.get('member'), query.data.since, query.data.limit));
  });

  app.get('/api/flags/:flagId', async (c) => {
    const flagId = c.req.param('flagId');
    if (!FlagId.safeParse(flagId).success) return refuse(c, 400, 'invalid-flag-id', 'a flag id is a lowercase UUID');
    const state = await readReviewState(db, c.get('member'), flagId);
    // A contributor asking for someone else's flag learns nothing, not even that it exists.
    return state ? c.json(state) : refuse(c, 404, 'not-found', `no flag ${flagId} of yours`);
  });

  app.get('/api/review/queue', async (c) => {
    const query = QueueQuery.safeParse(c.req.query());
    if (!query.success) return refuse(c, 400, 'invalid-query', zodMessage(query.error));
    return c.json(await readQueue(db, query.data));
  });

  app.get('/api/review/flags/:flagId', async (c) => {
    const detail = await readFlagDetail(db, c.req.param('flagId'), dataset);
    return detail ? c.json(detail) : refuse(c, 404, 'not-found', `no flag ${c.req.param('flagId')}`);
  });

  const reviewBodyLimit = bodyLimit({ maxSize: MAX_REVIEW_BODY_BYTES, onError: tooLarge(MAX_REVIEW_BODY_BYTES) });

  app.post('/api/review/flags/:flagId/actions', reviewBodyLimit, async (c) => {
    const body = await readJsonBody(c);
    if (!body.ok) return body.response;
    const action = ReviewAction.safeParse(body.value);
    if (!action.success) return refuse(c, 400, 'invalid-action', zodMessage(action.error));
    const outcome = await applyReviewAction(db, c.get('member'), c.req.param('flagId'), action.data);
    switch (outcome.kind) {
      case 'done':
        return c.json(outcome.state);
      case 'missing':
        return refuse(c, 404, 'not-found', `no flag ${c.req.param('flagId')}`);
      case 'conflict':
        return refuse(c, 409, 'conflict', `the flag changed since you loaded it (now version ${outcome.state.version}, ${outcome.state.reviewStatus}); reload it and decide again`, { current: outcome.state });
      case 'invalid':
        return refuse(c, 400, 'invalid-action', outcome.message);
    }
  });

  app.post('/api/review/flags/:flagId/notes', reviewBodyLimit, async (c) => {
    const body = await readJsonBody(c);
    if (!body.ok) return body.response;
    const note = NoteInput.safeParse(body.value);
    if (!note.success) return refuse(c, 400, 'invalid-note', zodMessage(note.error));
    const added = await addNote(db, c.get('member'), c.req.param('flagId'), note.data.text);
    return added ? c.json({ added: true }, 201) : refuse(c, 404, 'not-found', `no flag ${c.req.param('flagId')}`);
  });

  app.get('/api/review/audit', async (c) => {
    const limit = z.coerce.number().int().min(1).max(1_000).default(100).safeParse(c.req.query('limit'));
    if (!limit.success) return refuse(c, 400, 'invalid-query', zodMessage(limit.error));
    return c.json({ entries: await readAudit(db, limit.data) });
  });

  app.get('/api/export', async (c) => {
    if (c.req.query('format') === 'candidates') return c.json(await exportCandidates(db, dataset));
    return c.json(await exportAccepted(db, now()));
  });

  const page = options.reviewerPage;
  if (page) {
    const secure = (c: Context) => {
      // The page renders no markup from data; the policy makes sure nothing else runs either.
      c.header('Content-Security-Policy', "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; connect-src 'self'; img-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'");
      c.header('X-Content-Type-Options', 'nosniff');
      c.header('Referrer-Policy', 'no-referrer');
    };
    app.get('/', (c) => c.redirect('/review/'));
    app.get('/favicon.ico', (c) => c.body(null, 204));
    app.get('/review', (c) => c.redirect('/review/'));
    app.get('/review/', (c) => {
      secure(c);
      return c.html(page.html);
    });
    app.get('/review/app.js', (c) => {
      secure(c);
      return c.body(page.script, 200, { 'Content-Type': 'text/javascript; charset=utf-8' });
    });
  }
  return app;
}

import { describe, expect, it } from 'vitest';
import { parseRetryAfter, readReply, sendFlag } from '../../../src/flags/submission-contract';
import type { Flag } from '../../../src/flags/flag-schema';

const now = Date.parse('2026-03-01T12:00:00Z');

describe('readReply', () => {
  it.each([
    ['an empty 2xx body', new Response(null, { status: 204 }), { ok: true, remoteId: null, reviewStatus: null }],
    ['a 2xx body that is not JSON', new Response('thanks!', { status: 200 }), { ok: true, remoteId: null, reviewStatus: null }],
    ['a 2xx body of the wrong shape', new Response('{"reviewStatus":42}', { status: 200 }), { ok: true, remoteId: null, reviewStatus: null }],
    ['a 2xx with id and status', new Response('{"id":"r1","reviewStatus":"in-review"}', { status: 201 }), { ok: true, remoteId: 'r1', reviewStatus: 'in-review' }],
  ])('%s counts as received', async (_name, response, expected) => {
    expect(await readReply(response, now)).toEqual(expected);
  });

  it.each([
    [503, true],
    [429, true],
    [408, true],
    [400, false],
    [401, false],
    [404, false],
  ])('HTTP %i is retried automatically: %s', async (status, retry) => {
    const outcome = await readReply(new Response('nope', { status }), now);
    expect(outcome).toMatchObject({ ok: false, retry, reason: expect.stringMatching(new RegExp(`HTTP ${status}.*nope`)) });
  });

  it('reads Retry-After in seconds or as a date', () => {
    expect(parseRetryAfter('120', now)).toBe(120_000);
    expect(parseRetryAfter('Sun, 01 Mar 2026 12:05:00 GMT', now)).toBe(300_000);
    expect(parseRetryAfter('soon', now)).toBeNull();
    expect(parseRetryAfter(null, now)).toBeNull();
  });
});

describe('sendFlag', () => {
  const flag: Flag = {
    id: '00000000-0000-4000-8000-000000000001',
    key: 'internal',
    url: 'https://example.com/',
    title: '',
    companyId: null,
    companyName: '',
    quote: '',
    category: 'other',
    relatedIds: [],
    note: '',
    createdAt: '2026-03-01T11:00:00.000Z',
    updatedAt: '2026-03-01T11:30:00.000Z',
    textHash: null,
    submission: { state: 'queued', attempts: 0, dueAt: now },
  };

  it('sends only the flag content (no storage internals), without a token header when none is set', async () => {
    let seen: { headers: Record<string, string>; body: string } | undefined;
    await sendFlag(flag, { url: 'https://p.example/f' }, async (_url, init) => ((seen = init), new Response('')), new Date(now));
    const body = JSON.parse(seen!.body);
    expect(Object.keys(body.flag)).not.toContain('key');
    expect(Object.keys(body.flag)).not.toContain('submission');
    expect(seen!.headers).not.toHaveProperty('Authorization');
    expect(seen!.headers['Idempotency-Key']).toBe(`${flag.id}@${flag.updatedAt}`);
  });

  it('a timeout is a temporary failure with a plain reason', async () => {
    const hang = (_url: string, init: { signal?: AbortSignal }) =>
      new Promise<Response>((_resolve, reject) => init.signal!.addEventListener('abort', () => reject(init.signal!.reason)));
    const outcome = await sendFlag(flag, { url: 'https://p.example/f' }, hang, new Date(now), 20);
    expect(outcome).toEqual({ ok: false, retry: true, reason: 'could not reach the endpoint: no answer within 0.02 s', retryAfterMs: null });
  });
});

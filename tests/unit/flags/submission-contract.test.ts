import { describe, expect, it } from 'vitest';
import { parseRetryAfter, readReply, sendFlag } from '../../../src/flags/model/submission-contract';
import type { Flag } from '../../../src/flags/model/flag-schema';

const now = Date.parse('2026-03-01T12:00:00Z');

const FLAG_ID = '00000000-0000-4000-8000-000000000001';

describe('readReply (contract version 2: delivered only when the reply echoes the flag id)', () => {
  it.each([
    ['only the flag id', { flagId: FLAG_ID }, { ok: true, remoteId: null, reviewStatus: null }],
    ['the flag id, the project id and a status', { flagId: FLAG_ID, id: 'r1', reviewStatus: 'in-review' }, { ok: true, remoteId: 'r1', reviewStatus: 'in-review' }],
  ])('a 2xx with %s counts as delivered', async (_name, body, expected) => {
    expect(await readReply(new Response(JSON.stringify(body), { status: 201 }), now, FLAG_ID)).toEqual(expected);
  });

  it.each([
    ['an empty 2xx body', new Response(null, { status: 204 }), /empty body/],
    ['an HTML page with 200 (captive portal, wrong address)', new Response('<!doctype html><title>Sign in to Wi-Fi</title>', { status: 200 }), /not JSON.*Sign in to Wi-Fi/],
    ['JSON without the flag id', new Response('{"id":"r1","reviewStatus":"received"}', { status: 200 }), /not the contract's reply/],
    ['JSON echoing another flag', new Response(JSON.stringify({ flagId: '00000000-0000-4000-8000-000000000002' }), { status: 200 }), /not for the flag sent/],
    ['a review status over 100 characters', new Response(JSON.stringify({ flagId: FLAG_ID, reviewStatus: 'x'.repeat(101) }), { status: 200 }), /not the contract's reply/],
    ['a 302 redirect (fetch with redirect: manual in Node)', new Response(null, { status: 302, headers: { Location: 'https://elsewhere.example/' } }), /redirect \(HTTP 302\) to https:\/\/elsewhere\.example\/.*does not follow redirects/],
    ['a 307 redirect', new Response(null, { status: 307, headers: { Location: 'https://other-origin.example/' } }), /redirect \(HTTP 307\)/],
  ])('%s is a failure that waits for the reader, with the reason', async (_name, response, reason) => {
    const outcome = await readReply(response, now, FLAG_ID);
    expect(outcome).toMatchObject({ ok: false, retry: false, reason: expect.stringMatching(reason) });
  });

  it('an opaque redirect (what a browser gives for redirect: manual) is a failure', async () => {
    const opaque = { type: 'opaqueredirect', status: 0, ok: false, headers: new Headers(), text: async () => '' } as unknown as Response;
    expect(await readReply(opaque, now, FLAG_ID)).toMatchObject({ ok: false, retry: false, reason: expect.stringMatching(/redirect/) });
  });

  it.each([
    [503, true],
    [429, true],
    [408, true],
    [400, false],
    [401, false],
    [404, false],
  ])('HTTP %i is retried automatically: %s', async (status, retry) => {
    const outcome = await readReply(new Response('nope', { status }), now, FLAG_ID);
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
    expect(JSON.parse(seen!.body)).toMatchObject({ format: 'pledgewatch-flag-submission', version: 2 });
    const body = JSON.parse(seen!.body);
    expect(Object.keys(body.flag)).not.toContain('key');
    expect(Object.keys(body.flag)).not.toContain('submission');
    expect(seen!.headers).not.toHaveProperty('Authorization');
    expect(seen!.headers['Idempotency-Key']).toBe(`${flag.id}@${flag.updatedAt}`);
  });

  it('never follows a redirect: fetch is asked for redirect: manual', async () => {
    let seen: { redirect?: string } | undefined;
    await sendFlag(flag, { url: 'https://p.example/f' }, async (_url, init) => ((seen = init), new Response(null, { status: 302 })), new Date(now));
    expect(seen?.redirect).toBe('manual');
  });

  it('refuses to send a token over plain http to another machine, without calling fetch', async () => {
    let calls = 0;
    const count = async () => (calls++, new Response(JSON.stringify({ flagId: flag.id })));
    const outcome = await sendFlag(flag, { url: 'http://p.example/f', token: 'secret' }, count, new Date(now));
    expect(outcome).toMatchObject({ ok: false, retry: false, reason: expect.stringMatching(/only sent over https/) });
    expect(calls).toBe(0);
    for (const url of ['http://localhost:8080/f', 'http://127.0.0.1:9/f', 'http://[::1]:9/f', 'http://p.example/f'])
      expect(await sendFlag(flag, { url, ...(url.includes('p.example') ? {} : { token: 'dev' }) }, count, new Date(now))).toMatchObject({ ok: true });
  });

  it('a timeout is a temporary failure with a plain reason', async () => {
    const hang = (_url: string, init: { signal?: AbortSignal }) =>
      new Promise<Response>((_resolve, reject) => init.signal!.addEventListener('abort', () => reject(init.signal!.reason)));
    const outcome = await sendFlag(flag, { url: 'https://p.example/f' }, hang, new Date(now), 20);
    expect(outcome).toEqual({ ok: false, retry: true, reason: 'could not reach the endpoint: no answer within 0.02 s', retryAfterMs: null });
  });
});

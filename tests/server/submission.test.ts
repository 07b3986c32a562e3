// POST /api/flags against the contract: replies, refusals, idempotency (issue 17).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ENGINES, freshDatabase, type TestDatabase } from './engines';
import { flagContent, submission, testApp, type TestApp } from './fixtures';

async function count(t: TestDatabase, flagId?: string): Promise<number> {
  const rows = await t.db.query<{ n: number }>(flagId ? 'select count(*)::int as n from flags where flag_id = $1' : 'select count(*)::int as n from flags', flagId ? [flagId] : []);
  return rows[0]!.n;
}

describe.each(ENGINES)('POST /api/flags on %s', (engine) => {
  let t: TestDatabase;
  let s: TestApp;
  beforeEach(async () => {
    t = await freshDatabase(engine);
    s = await testApp(t.db);
  });
  afterEach(async () => t?.drop());

  it('stores a new flag: 201 with the flag id as sent, the server id and "received"', async () => {
    const flag = flagContent();
    const res = await s.submit(flag);
    expect(res.status).toBe(201);
    const body = await res.json();
    expect(body).toEqual({ flagId: flag.id, id: expect.stringMatching(/^\d+$/), reviewStatus: 'received' });
    const [row] = await t.db.query<{ content: unknown }>('select content from flags where flag_id = $1', [flag.id]);
    expect(row!.content).toEqual(flag);
  });

  it('accepts request version 1 as well as 2', async () => {
    const flag = flagContent();
    const res = await s.request('/api/flags', { body: submission(flag, 1) });
    expect(res.status).toBe(201);
    expect((await res.json()).flagId).toBe(flag.id);
  });

  it('a retry of the same edit is 200 with the same ids and stores nothing twice', async () => {
    const flag = flagContent();
    const first = await (await s.submit(flag)).json();
    const again = await s.submit(flag);
    expect(again.status).toBe(200);
    expect(await again.json()).toEqual(first);
    expect(await count(t, flag.id)).toBe(1);
    const [row] = await t.db.query<{ version: number }>('select version from flags where flag_id = $1', [flag.id]);
    expect(row!.version).toBe(1);
  });

  it('an edit (later updatedAt) updates the flag; an older updatedAt afterwards never overwrites it', async () => {
    const flag = flagContent();
    await s.submit(flag);
    const edited = { ...flag, note: 'Edited note', updatedAt: '2026-11-24T08:00:00.000Z' };
    const res = await s.submit(edited);
    expect(res.status).toBe(200);
    const stale = await s.submit({ ...flag, note: 'Stale copy', updatedAt: '2026-11-23T12:00:00.000Z' });
    expect(stale.status).toBe(200);
    const [row] = await t.db.query<{ content: { note: string }; version: number }>('select content, version from flags where flag_id = $1', [flag.id]);
    expect(row!.content.note).toBe('Edited note');
    expect(row!.version).toBe(2);
    expect(await count(t)).toBe(1);
  });

  it('concurrent retries of one new flag create exactly one row', async () => {
    const flag = flagContent();
    const replies = await Promise.all(Array.from({ length: 8 }, () => s.submit(flag)));
    expect(replies.map((r) => r.status).sort()).toEqual([200, 200, 200, 200, 200, 200, 200, 201]);
    expect(await count(t, flag.id)).toBe(1);
  });

  it('an edit after review puts the flag back to "received"', async () => {
    const flag = flagContent();
    await s.submit(flag);
    expect((await s.act(flag.id, { action: 'reject', reason: 'off topic', expectedVersion: 1 })).status).toBe(200);
    const res = await s.submit({ ...flag, note: 'More context', updatedAt: '2026-11-25T00:00:00.000Z' });
    expect(await res.json()).toMatchObject({ reviewStatus: 'received' });
  });

  it('malformed JSON: 400 invalid-json, nothing stored', async () => {
    const res = await s.request('/api/flags', { raw: '{"format": "pledgewatch-flag-submission", "version": 2, ' });
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ error: 'invalid-json' });
    expect(await count(t)).toBe(0);
  });

  it('a version this server does not know: 400 unsupported-version', async () => {
    for (const version of [3, 0, '2', null]) {
      const res = await s.request('/api/flags', { body: submission(flagContent(), version) });
      expect(res.status).toBe(400);
      expect(await res.json()).toMatchObject({ error: 'unsupported-version' });
    }
    expect(await count(t)).toBe(0);
  });

  it('an invalid flag or an unknown field: 400 invalid-submission naming the field', async () => {
    const bad = await s.request('/api/flags', { body: submission({ ...flagContent(), category: 'gossip' } as never) });
    expect(bad.status).toBe(400);
    expect((await bad.json()).message).toMatch(/category/);
    const extra = await s.request('/api/flags', { body: { ...submission(flagContent()), sneaky: true } });
    expect(extra.status).toBe(400);
    const upper = await s.request('/api/flags', { body: submission(flagContent({ id: '3F0C6A9E-8F1E-4C55-9D0E-2B7D41F6A1C3' })) });
    expect(upper.status).toBe(400);
    expect(await count(t)).toBe(0);
  });

  it('an oversized body: 413, nothing stored', async () => {
    const flag = flagContent({ note: 'x'.repeat(300 * 1024) });
    const res = await s.request('/api/flags', { body: submission(flag) });
    expect(res.status).toBe(413);
    expect(await res.json()).toMatchObject({ error: 'too-large' });
    expect(await count(t)).toBe(0);
  });

  it('the largest valid flag still fits under the size limit', async () => {
    // 4-byte characters at every limit: what a reader's select-all of emoji could produce.
    const flag = flagContent({ quote: '😀'.repeat(10_000), note: '😀'.repeat(10_000), title: '😀'.repeat(1_000) });
    expect((await s.submit(flag)).status).toBe(201);
  });

  it('a body that is not JSON by its Content-Type: 415', async () => {
    const res = await s.request('/api/flags', { raw: JSON.stringify(submission(flagContent())), headers: { 'content-type': 'text/plain' } });
    expect(res.status).toBe(415);
  });

  it('an Idempotency-Key for another edit: 422, nothing stored', async () => {
    const flag = flagContent();
    const res = await s.request('/api/flags', { body: submission(flag), headers: { 'idempotency-key': `${flag.id}@2020-01-01T00:00:00.000Z` } });
    expect(res.status).toBe(422);
    expect(await count(t)).toBe(0);
  });

  it('no token, a bad token, a revoked token: 401 with WWW-Authenticate', async () => {
    const { revokeMember } = await import('../../src/server/members');
    const flag = flagContent();
    for (const token of [null, 'pw_not-a-real-token']) {
      const res = await s.request('/api/flags', { body: submission(flag), token });
      expect(res.status).toBe(401);
      expect(res.headers.get('www-authenticate')).toBe('Bearer');
    }
    expect((await s.submit(flag)).status).toBe(201);
    await revokeMember(t.db, 'reader');
    const revoked = await s.submit({ ...flag, updatedAt: '2026-12-01T00:00:00.000Z' });
    expect(revoked.status).toBe(401);
    const [row] = await t.db.query<{ note: string; version: number }>('select version from flags where flag_id = $1', [flag.id]);
    expect(row!.version).toBe(1);
  });

  it("another member cannot overwrite a flag id that is someone else's: 409", async () => {
    const flag = flagContent();
    await s.submit(flag);
    const res = await s.submit({ ...flag, note: 'hijack', updatedAt: '2026-12-01T00:00:00.000Z' }, s.tokens.other);
    expect(res.status).toBe(409);
    const [row] = await t.db.query<{ content: { note: string } }>('select content from flags where flag_id = $1', [flag.id]);
    expect(row!.content.note).toBe('Reader note');
  });

  it('more requests than the per-token limit: 429 with Retry-After; other tokens are unaffected', async () => {
    const own = await freshDatabase(engine);
    try {
      // A day's window: a minute's could roll over between the requests on a slow machine.
      const limited = await testApp(own.db, { rateLimitPerMinute: 3, rateLimitWindowSeconds: 86_400 });
      const statuses: number[] = [];
      for (let i = 0; i < 4; i++) statuses.push((await limited.submit(flagContent())).status);
      expect(statuses).toEqual([201, 201, 201, 429]);
      const res = await limited.submit(flagContent());
      expect(Number(res.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
      expect(Number(res.headers.get('retry-after'))).toBeLessThanOrEqual(86_400);
      expect((await limited.submit(flagContent(), limited.tokens.other)).status).toBe(201);
    } finally {
      await own.drop();
    }
  });

  it('answers the CORS preflight the contract describes', async () => {
    const res = await s.app.request('/api/flags', {
      method: 'OPTIONS',
      headers: { origin: 'chrome-extension://abc', 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type, authorization, idempotency-key' },
    });
    expect(res.status).toBe(204);
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    expect(res.headers.get('access-control-allow-headers')).toMatch(/idempotency-key/);
  });
});

import { describe, expect, it } from 'vitest';
import { draft, freshDb } from './helpers';
import { BACKOFF, afterOutcome, backoffDelay, runOutbox } from '../../../src/flags/model/outbox';
import { SubmissionRequest, type FetchLike } from '../../../src/flags/model/submission-contract';
import { editFlag, listFlags, outboxStore, queueFlags, saveFlag } from '../../../src/flags/store/flags-store';

const endpoint = { url: 'https://project.example/flags', token: 's3cret' };

/** A fake endpoint: answers with the given statuses in turn, recording what it received. */
function fakeFetch(answers: (number | 'network-error')[]) {
  const calls: { url: string; headers: Record<string, string>; body: unknown }[] = [];
  const fetch: FetchLike = async (url, init) => {
    const request = JSON.parse(init.body) as { flag: { id: string } };
    calls.push({ url, headers: init.headers, body: request });
    const answer = answers[Math.min(calls.length - 1, answers.length - 1)]!;
    if (answer === 'network-error') throw new TypeError('Failed to fetch');
    const body = answer < 300 ? JSON.stringify({ flagId: request.flag.id, id: 'remote-7', reviewStatus: 'received' }) : 'busy';
    return new Response(body, { status: answer });
  };
  return { fetch, calls };
}

/** A clock the test moves by hand. */
function clock(start = Date.parse('2026-03-01T12:00:00Z')) {
  let t = start;
  return { now: () => new Date(t), advance: (ms: number) => (t += ms), get t() { return t; } };
}

describe('backoff', () => {
  it('doubles from 30 s and stops at 6 h; jitter only ever adds up to 10 %', () => {
    expect([1, 2, 3, 4].map((n) => backoffDelay(n, () => 0))).toEqual([30_000, 60_000, 120_000, 240_000]);
    expect(backoffDelay(40, () => 0)).toBe(BACKOFF.maxMs);
    expect(backoffDelay(1, () => 1)).toBe(33_000);
  });

  it('honours Retry-After when it asks for longer; a refusal (401) waits for the user', () => {
    const now = new Date('2026-03-01T12:00:00Z');
    const slow = afterOutcome({ state: 'queued', attempts: 0, dueAt: 0 }, { ok: false, retry: true, reason: 'HTTP 429', retryAfterMs: 600_000 }, now, () => 0);
    expect(slow).toMatchObject({ state: 'failed', attempts: 1, dueAt: now.getTime() + 600_000 });
    const refused = afterOutcome(slow, { ok: false, retry: false, reason: 'endpoint answered HTTP 401', retryAfterMs: null }, now, () => 0);
    expect(refused).toMatchObject({ state: 'failed', attempts: 2, dueAt: null, reason: expect.stringMatching(/HTTP 401.*press Retry/) });
  });
});

describe('runOutbox', () => {
  it('without an endpoint sends nothing and leaves queued flags queued', async () => {
    const db = await freshDb();
    await saveFlag(db, draft(), { submit: true });
    const { fetch, calls } = fakeFetch([200]);
    const run = await runOutbox({ store: outboxStore(db), endpoint: null, fetch });
    expect(calls).toEqual([]);
    expect(run.nextDueAt).not.toBeNull();
    expect((await listFlags(db)).flags[0]!.submission.state).toBe('queued');
    db.close();
  });

  it('fails twice, backs off, then sends; the flag is never dropped and ends as sent with the review status', async () => {
    const db = await freshDb();
    const c = clock();
    const { flag } = await saveFlag(db, draft(), { submit: true, now: c.now() });
    const local = await saveFlag(db, draft({ quote: 'not submitted' }), { submit: false, now: c.now() });
    const { fetch, calls } = fakeFetch([503, 'network-error', 201]);
    const deps = { store: outboxStore(db), endpoint, fetch, now: c.now, random: () => 0 };

    const first = await runOutbox(deps);
    expect(first).toMatchObject({ attempted: 1, failed: 1, nextDueAt: c.t + 30_000 });
    let stored = (await listFlags(db)).flags.find((f) => f.id === flag.id)!;
    expect(stored.submission).toMatchObject({ state: 'failed', attempts: 1, reason: expect.stringMatching(/HTTP 503/) });
    expect(stored.quote).toBe(flag.quote);

    // Not due yet: nothing is sent.
    expect(await runOutbox(deps)).toMatchObject({ attempted: 0 });
    c.advance(30_000);
    expect(await runOutbox(deps)).toMatchObject({ attempted: 1, failed: 1, nextDueAt: c.t + 60_000 });
    stored = (await listFlags(db)).flags.find((f) => f.id === flag.id)!;
    expect(stored.submission).toMatchObject({ state: 'failed', attempts: 2, reason: expect.stringMatching(/could not reach the endpoint: Failed to fetch/) });

    c.advance(60_000);
    expect(await runOutbox(deps)).toMatchObject({ attempted: 1, sent: 1, nextDueAt: null });
    const { flags } = await listFlags(db);
    expect(flags).toHaveLength(2);
    expect(flags.find((f) => f.id === flag.id)).toEqual({
      ...flag,
      submission: { state: 'sent', sentAt: c.now().toISOString(), remoteId: 'remote-7', reviewStatus: 'received' },
    });
    expect(flags.find((f) => f.id === local.flag.id)!.submission).toEqual({ state: 'local' });

    // Every request followed the contract and carried the token.
    expect(calls).toHaveLength(3);
    for (const call of calls) {
      expect(SubmissionRequest.parse(call.body).flag.id).toBe(flag.id);
      expect(call.headers).toMatchObject({ Authorization: 'Bearer s3cret', 'Content-Type': 'application/json' });
      expect(call.url).toBe(endpoint.url);
    }
    db.close();
  });

  it('an edit made while the flag was in flight is sent again rather than marked sent', async () => {
    const db = await freshDb();
    const { flag } = await saveFlag(db, draft(), { submit: true });
    const store = outboxStore(db);
    const fetch: FetchLike = async () => {
      await editFlag(db, flag.id, { note: 'edited during the send' });
      return new Response(JSON.stringify({ flagId: flag.id }), { status: 200 });
    };
    await runOutbox({ store, endpoint, fetch });
    const [stored] = (await listFlags(db)).flags;
    expect(stored).toMatchObject({ note: 'edited during the send', submission: { state: 'queued' } });
    db.close();
  });

  it('a flag deleted while in flight stays deleted', async () => {
    const db = await freshDb();
    const { flag } = await saveFlag(db, draft(), { submit: true });
    const fetch: FetchLike = async () => {
      await db.delete('flags', flag.id);
      return new Response('', { status: 500 });
    };
    await runOutbox({ store: outboxStore(db), endpoint, fetch });
    expect((await listFlags(db)).flags).toEqual([]);
    db.close();
  });

  it('"Retry" after a refusal queues the flag again, due now', async () => {
    const db = await freshDb();
    const { flag } = await saveFlag(db, draft(), { submit: true });
    const { fetch } = fakeFetch([401, 200]);
    await runOutbox({ store: outboxStore(db), endpoint, fetch });
    expect((await listFlags(db)).flags[0]!.submission).toMatchObject({ state: 'failed', dueAt: null });
    expect(await runOutbox({ store: outboxStore(db), endpoint, fetch })).toMatchObject({ attempted: 0, nextDueAt: null });
    await queueFlags(db, [flag.id]);
    // The count of failed tries survives the manual retry.
    expect((await listFlags(db)).flags[0]!.submission).toMatchObject({ state: 'queued', attempts: 1 });
    expect(await runOutbox({ store: outboxStore(db), endpoint, fetch })).toMatchObject({ sent: 1 });
    db.close();
  });
});

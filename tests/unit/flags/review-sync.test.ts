// The reader sees the outcome (issue 17): review-sync asks the endpoint's feed only when one is set,
// never follows redirects, sends a token only over https or to localhost, pages with a cursor, and
// records status, reason and a "news" mark on sent flags only.
import { describe, expect, it, vi } from 'vitest';
import { syncReviews, withReview, type ReviewState, type StoredCursor } from '../../../src/flags/model/review-sync';
import { flagsReviewStore, markReviewSeen } from '../../../src/flags/store/flags-review-store';
import { listFlags, saveFlag } from '../../../src/flags/store/flags-store';
import { outboxStore } from '../../../src/flags/store/flags-store';
import { draft, freshDb } from './helpers';

function state(flagId: string, over: Partial<ReviewState> = {}): ReviewState {
  return { flagId, id: '7', reviewStatus: 'accepted', reason: null, duplicateOf: null, reviewedAt: '2026-12-01T09:00:00.000Z', version: 2, changeId: 5, ...over };
}

function memoryCursor(initial: unknown = undefined) {
  let value = initial;
  return { get: async () => value, set: async (v: StoredCursor) => void (value = v), peek: () => value as StoredCursor | undefined };
}

const feed = (changes: ReviewState[], cursor: number, more = false) => new Response(JSON.stringify({ changes, cursor, more }), { status: 200 });

describe('syncReviews', () => {
  it('asks nothing when no endpoint is set', async () => {
    const fetch = vi.fn();
    const run = await syncReviews({ endpoint: null, fetch, store: { apply: vi.fn() }, cursor: memoryCursor() });
    expect(run).toEqual({ asked: false, updated: 0, problem: null });
    expect(fetch).not.toHaveBeenCalled();
  });

  it('sends no token over plain http to another host', async () => {
    const fetch = vi.fn();
    const run = await syncReviews({ endpoint: { url: 'http://project.example/api/flags', token: 'secret' }, fetch, store: { apply: vi.fn() }, cursor: memoryCursor() });
    expect(run.asked).toBe(false);
    expect(fetch).not.toHaveBeenCalled();
  });

  it('pages through the feed from the stored cursor, refusing redirects, and stores the new cursor', async () => {
    const [a, b, c] = ['aaaaaaaa-0000-4000-8000-000000000001', 'aaaaaaaa-0000-4000-8000-000000000002', 'aaaaaaaa-0000-4000-8000-000000000003'];
    const replies = [feed([state(a), state(b)], 2, true), feed([state(c)], 3)];
    const fetch = vi.fn(async () => replies.shift()!);
    const applied: string[] = [];
    const cursor = memoryCursor();
    const endpoint = { url: 'http://127.0.0.1:8787/api/flags', token: 'tok' };
    const run = await syncReviews({ endpoint, fetch, store: { apply: async (s) => (applied.push(...s.map((x) => x.flagId)), s.length) }, cursor });
    expect(run).toEqual({ asked: true, updated: 3, problem: null });
    expect(applied).toEqual([a, b, c]);
    const calls = fetch.mock.calls as unknown as [string, { redirect: string; headers: Record<string, string> }][];
    expect(calls.map(([url]) => new URL(url).searchParams.get('since'))).toEqual(['0', '2']);
    expect(calls.every(([, init]) => init.redirect === 'error' && init.headers['Authorization'] === 'Bearer tok')).toBe(true);
    expect(cursor.peek()?.cursor).toBe(3);
    expect(JSON.stringify(cursor.peek())).not.toContain('tok');

    // Next run starts from 3; another token (another member) starts again from 0.
    const next = vi.fn(async () => feed([], 3));
    await syncReviews({ endpoint, fetch: next, store: { apply: async () => 0 }, cursor });
    expect(new URL((next.mock.calls[0] as unknown as [string])[0]).searchParams.get('since')).toBe('3');
    await syncReviews({ endpoint: { ...endpoint, token: 'other' }, fetch: next, store: { apply: async () => 0 }, cursor });
    expect(new URL((next.mock.calls[1] as unknown as [string])[0]).searchParams.get('since')).toBe('0');
  });

  it('an endpoint without a feed (refusal, redirect error, not a feed) changes nothing', async () => {
    const apply = vi.fn(async () => 0);
    const cursor = memoryCursor();
    const endpoint = { url: 'https://project.example/flags' };
    for (const fetch of [
      async () => new Response('nope', { status: 405 }),
      async () => Promise.reject(new TypeError('redirect mode is set to error')),
      async () => new Response('{"changes": "all of them"}', { status: 200 }),
    ]) {
      const run = await syncReviews({ endpoint, fetch, store: { apply }, cursor });
      expect(run.problem).toMatch(/review feed/);
    }
    expect(apply).not.toHaveBeenCalled();
    expect(cursor.peek()).toBeUndefined();
  });
});

describe('review outcomes on stored flags', () => {
  it('a sent flag takes the status and reason with a news mark until seen; a queued flag is left alone', async () => {
    const db = await freshDb();
    const { flag: sent } = await saveFlag(db, draft(), { submit: true });
    const { flag: queued } = await saveFlag(db, draft({ quote: 'another passage' }), { submit: true });
    await outboxStore(db).settle(sent.id, sent.updatedAt, { state: 'sent', sentAt: new Date().toISOString(), remoteId: '7', reviewStatus: 'received' });

    const store = flagsReviewStore(db);
    expect(await store.apply([state(sent.id, { reviewStatus: 'rejected', reason: 'already tracked' }), state(queued.id)])).toBe(1);
    const byId = async () => new Map((await listFlags(db)).flags.map((f) => [f.id, f.submission]));
    expect((await byId()).get(sent.id)).toMatchObject({ state: 'sent', reviewStatus: 'rejected', reviewReason: 'already tracked', reviewNews: true });
    expect((await byId()).get(queued.id)).toMatchObject({ state: 'queued' });
    // The same outcome again is no news.
    expect(await store.apply([state(sent.id, { reviewStatus: 'rejected', reason: 'already tracked' })])).toBe(0);
    await markReviewSeen(db, sent.id);
    expect((await byId()).get(sent.id)).toMatchObject({ reviewNews: false });
  });

  it('withReview names what a duplicate duplicates', () => {
    const next = withReview({ state: 'sent', sentAt: '2026-12-01T00:00:00.000Z', remoteId: null, reviewStatus: 'received' }, state('aaaaaaaa-0000-4000-8000-000000000009', { reviewStatus: 'duplicate', duplicateOf: 'ibm-2020-letter' }));
    expect(next).toMatchObject({ reviewStatus: 'duplicate', reviewReason: 'duplicate of ibm-2020-letter', reviewNews: true, remoteId: '7' });
  });
});

// Reviewers and readers: queue, actions, conflicts, notes, history, feed, export (issue 17).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FlagsExport } from '../../src/flags/model/flags-export';
import { ReviewFeed, ReviewState } from '../../src/flags/model/review-sync';
import { ENGINES, freshDatabase, type TestDatabase } from './engines';
import { flagContent, testApp, type TestApp } from './fixtures';

describe.each(ENGINES)('review on %s', (engine) => {
  let t: TestDatabase;
  let s: TestApp;
  beforeEach(async () => {
    t = await freshDatabase(engine);
    s = await testApp(t.db);
  });
  afterEach(async () => t?.drop());

  it('a reviewer accepts a flag; the reader sees "accepted" with the reason; history and audit record who did it', async () => {
    const flag = flagContent();
    await s.submit(flag);
    const res = await s.act(flag.id, { action: 'accept', reason: 'into dataset 1.4', expectedVersion: 1 });
    expect(res.status).toBe(200);
    const state = ReviewState.parse(await (await s.request(`/api/flags/${flag.id}`)).json());
    expect(state).toMatchObject({ flagId: flag.id, reviewStatus: 'accepted', reason: 'into dataset 1.4', version: 2 });

    const detail = await (await s.request(`/api/review/flags/${flag.id}`, { token: s.tokens.reviewer })).json();
    expect(detail.history.map((h: { kind: string; by: string }) => [h.kind, h.by])).toEqual([['received', 'reader'], ['accept', 'rev']]);
    expect(detail.related).toEqual([expect.objectContaining({ id: 'edri-2020-ibm-q8', kind: 'question' })]);
    const audit = await (await s.request('/api/review/audit', { token: s.tokens.reviewer })).json();
    expect(audit.entries).toEqual([expect.objectContaining({ flagId: flag.id, kind: 'accept', by: 'rev', fromStatus: 'received', toStatus: 'accepted' })]);
  });

  it('reject needs a reason, duplicate needs what it duplicates: 400 otherwise, nothing changes', async () => {
    const flag = flagContent();
    await s.submit(flag);
    expect((await s.act(flag.id, { action: 'reject', expectedVersion: 1 })).status).toBe(400);
    expect((await s.act(flag.id, { action: 'duplicate', expectedVersion: 1 })).status).toBe(400);
    expect((await s.act(flag.id, { action: 'duplicate', duplicateOf: flag.id, expectedVersion: 1 })).status).toBe(400);
    expect((await s.act(flag.id, { action: 'duplicate', duplicateOf: flagContent().id, expectedVersion: 1 })).status).toBe(400);
    expect((await s.act(flag.id, { action: 'publish', expectedVersion: 1 })).status).toBe(400);
    expect((await (await s.request(`/api/flags/${flag.id}`)).json()).version).toBe(1);
    const dup = await s.act(flag.id, { action: 'duplicate', duplicateOf: 'ibm-2020-letter', reason: 'already tracked', expectedVersion: 1 });
    expect(await dup.json()).toMatchObject({ reviewStatus: 'duplicate', duplicateOf: 'ibm-2020-letter' });
  });

  it('a reviewer action on a missing flag: 404', async () => {
    const missing = flagContent().id;
    expect((await s.act(missing, { action: 'accept', expectedVersion: 1 })).status).toBe(404);
    expect((await s.request(`/api/review/flags/${missing}/notes`, { body: { text: 'hello' }, token: s.tokens.reviewer })).status).toBe(404);
    expect((await s.request(`/api/review/flags/${missing}`, { token: s.tokens.reviewer })).status).toBe(404);
  });

  it('concurrent review of the same flag: one wins, the other gets 409 with the current state', async () => {
    const flag = flagContent();
    await s.submit(flag);
    const [a, b] = await Promise.all([
      s.act(flag.id, { action: 'accept', expectedVersion: 1 }, s.tokens.reviewer),
      s.act(flag.id, { action: 'reject', reason: 'not a claim', expectedVersion: 1 }, s.tokens.reviewer2),
    ]);
    expect([a.status, b.status].sort()).toEqual([200, 409]);
    const loser = a.status === 409 ? a : b;
    const winner = a.status === 200 ? await a.json() : await b.json();
    const conflict = await loser.json();
    expect(conflict).toMatchObject({ error: 'conflict', current: { version: 2, reviewStatus: winner.reviewStatus } });
    const [row] = await t.db.query<{ n: number }>(`select count(*)::int as n from flag_events where kind in ('accept', 'reject')`);
    expect(row!.n).toBe(1);
  });

  it('a stale version after a reader edit is a conflict too', async () => {
    const flag = flagContent();
    await s.submit(flag);
    await s.submit({ ...flag, note: 'more', updatedAt: '2026-12-01T00:00:00.000Z' });
    expect((await s.act(flag.id, { action: 'accept', expectedVersion: 1 })).status).toBe(409);
    expect((await s.act(flag.id, { action: 'accept', expectedVersion: 2 })).status).toBe(200);
  });

  it('contributors: only their own flags, and no reviewer routes', async () => {
    const flag = flagContent();
    await s.submit(flag);
    expect((await s.request(`/api/flags/${flag.id}`, { token: s.tokens.other })).status).toBe(404);
    expect((await s.request(`/api/flags/${flag.id}`, { token: s.tokens.reviewer })).status).toBe(200);
    expect((await s.request('/api/review/queue', { token: s.tokens.reader })).status).toBe(403);
    expect((await s.act(flag.id, { action: 'accept', expectedVersion: 1 }, s.tokens.reader)).status).toBe(403);
    expect((await s.request('/api/export', { token: s.tokens.reader })).status).toBe(403);
    const feed = ReviewFeed.parse(await (await s.request('/api/flags?since=0', { token: s.tokens.other })).json());
    expect(feed.changes).toEqual([]);
  });

  it('the feed gives each changed flag once, in change order, from a cursor that only grows', async () => {
    const [a, b] = [flagContent(), flagContent()];
    await s.submit(a);
    await s.submit(b);
    const first = ReviewFeed.parse(await (await s.request('/api/flags?since=0')).json());
    expect(first.changes.map((c) => c.flagId)).toEqual([a.id, b.id]);
    await s.act(a.id, { action: 'needs-more-info', reason: 'which product?', expectedVersion: 1 });
    const next = ReviewFeed.parse(await (await s.request(`/api/flags?since=${first.cursor}`)).json());
    expect(next.changes).toEqual([expect.objectContaining({ flagId: a.id, reviewStatus: 'needs-more-info', reason: 'which product?' })]);
    expect(next.cursor).toBeGreaterThan(first.cursor);
    const paged = ReviewFeed.parse(await (await s.request('/api/flags?since=0&limit=1')).json());
    expect(paged).toMatchObject({ more: true, changes: [expect.objectContaining({ flagId: b.id })] });
  });

  it('the queue filters by state, category, company and date, oldest first, with paging', async () => {
    const ibm = flagContent({ category: 'vague-claim' });
    const other = flagContent({ companyId: null, companyName: 'Clearview AI', category: 'new-commitment' });
    const third = flagContent({ companyId: 'microsoft', companyName: 'Microsoft', category: 'vague-claim' });
    for (const f of [ibm, other, third]) await s.submit(f);
    await s.act(third.id, { action: 'reject', reason: 'no', expectedVersion: 1 });
    const q = async (query: string) =>
      ((await (await s.request(`/api/review/queue?${query}`, { token: s.tokens.reviewer })).json()) as { items: { flagId: string }[]; next: number | null });
    expect((await q('')).items.map((i) => i.flagId)).toEqual([ibm.id, other.id, third.id]);
    expect((await q('state=received')).items.map((i) => i.flagId)).toEqual([ibm.id, other.id]);
    expect((await q('category=new-commitment')).items.map((i) => i.flagId)).toEqual([other.id]);
    expect((await q('company=ibm')).items.map((i) => i.flagId)).toEqual([ibm.id]);
    expect((await q('company=clearview')).items.map((i) => i.flagId)).toEqual([other.id]);
    expect((await q('company=%25')).items).toEqual([]);
    expect((await q('from=2000-01-01&to=2000-01-02')).items).toEqual([]);
    const today = new Date().toISOString().slice(0, 10);
    expect((await q(`from=${today}&to=${today}`)).items).toHaveLength(3);
    const page1 = await q('limit=2');
    const page2 = await q(`limit=2&after=${page1.next}`);
    expect([...page1.items, ...page2.items].map((i) => i.flagId)).toEqual([ibm.id, other.id, third.id]);
    expect((await s.request('/api/review/queue?state=bogus', { token: s.tokens.reviewer })).status).toBe(400);
  });

  it('notes are kept in the history without changing the flag', async () => {
    const flag = flagContent();
    await s.submit(flag);
    expect((await s.request(`/api/review/flags/${flag.id}/notes`, { body: { text: 'asked EDRi' }, token: s.tokens.reviewer })).status).toBe(201);
    const detail = await (await s.request(`/api/review/flags/${flag.id}`, { token: s.tokens.reviewer })).json();
    expect(detail.history.at(-1)).toMatchObject({ kind: 'note', note: 'asked EDRi', by: 'rev' });
    expect(detail.item.version).toBe(1);
  });

  it('exports accepted flags only, as a flags file ingest reads and as candidates', async () => {
    const [yes, no] = [flagContent(), flagContent()];
    await s.submit(yes);
    await s.submit(no);
    await s.act(yes.id, { action: 'accept', expectedVersion: 1 });
    const file = FlagsExport.parse(await (await s.request('/api/export', { token: s.tokens.reviewer })).json());
    expect(file.flags.map((f) => f.id)).toEqual([yes.id]);
    const { candidates } = await (await s.request('/api/export?format=candidates', { token: s.tokens.reviewer })).json();
    expect(candidates).toEqual([expect.objectContaining({ id: `flag-${yes.id}`, flagId: yes.id, companyId: 'ibm', relatedIds: ['edri-2020-ibm-q8'] })]);
  });
});

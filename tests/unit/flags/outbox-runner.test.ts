// The background's outbox runner against a fake WebExtension API and fake-indexeddb: the retry alarm
// is set for the earliest due flag, the alarm sends it, and a background that starts again (browser
// restart, worker woken) works off what was queued before, without being asked.
import 'fake-indexeddb/auto';
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { draft } from './helpers';

vi.mock('wxt/browser', () => ({ browser: fakeBrowser }));

const { OUTBOX_ALARM, kickOutbox, startOutbox } = await import('../../../src/flags/background/flags-outbox-runner');
const { flagsDb } = await import('../../../src/flags/store/flags-db');
const { clearFlags, listFlags, saveFlag } = await import('../../../src/flags/store/flags-store');
const { endpointStore } = await import('../../../src/storage/endpoint-store');
const { REVIEW_POLL_MS } = await import('../../../src/flags/model/review-sync');

const answers: number[] = [];
/**
 * Sends (POST) take the queued answers; a 2xx echoes the flag id as the contract (version 2) asks. The
 * review feed (GET, review-sync.ts) is absent here.
 */
const fetchMock = vi.fn(async (_url: string, init?: { method?: string; body?: string }) => {
  if (init?.method === 'GET') return new Response('no feed', { status: 404 });
  const flagId = (JSON.parse(init!.body!) as { flag: { id: string } }).flag.id;
  return new Response(JSON.stringify({ flagId, reviewStatus: 'received' }), { status: answers.shift() ?? 500 });
});
const posts = () => fetchMock.mock.calls.filter(([, init]) => init?.method === 'POST').length;
vi.stubGlobal('fetch', fetchMock);

async function stateOf(): Promise<string> {
  return (await listFlags(await flagsDb())).flags[0]!.submission.state;
}

async function until(test: () => Promise<boolean>): Promise<void> {
  for (let i = 0; i < 200; i++) {
    if (await test()) return;
    await new Promise((r) => setTimeout(r, 10));
  }
  throw new Error('condition never held');
}

describe('background outbox runner', () => {
  beforeEach(async () => {
    vi.useRealTimers();
    fakeBrowser.alarms.resetState();
    fetchMock.mockClear();
    answers.length = 0;
    await endpointStore().set({ url: 'https://project.example/flags' });
    await clearFlags(await flagsDb());
  });
  afterAll(() => vi.useRealTimers());

  it('after a failure, sets the retry alarm for the flag’s next try; the alarm sends it', async () => {
    startOutbox();
    answers.push(503, 201);
    await saveFlag(await flagsDb(), draft(), { submit: true });
    await kickOutbox();
    const [flag] = (await listFlags(await flagsDb())).flags;
    expect(flag!.submission).toMatchObject({ state: 'failed', attempts: 1 });
    const alarm = await fakeBrowser.alarms.get(OUTBOX_ALARM);
    expect(alarm?.scheduledTime).toBe((flag!.submission as { dueAt: number }).dueAt);

    // The alarm fires once the flag is due.
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(alarm!.scheduledTime + 1);
    await fakeBrowser.alarms.onAlarm.trigger(alarm!);
    await until(async () => (await stateOf()) === 'sent');
    expect(posts()).toBe(2);
    // Nothing left to retry: the alarm only comes back to ask for review outcomes.
    await until(async () => (await fakeBrowser.alarms.get(OUTBOX_ALARM))?.scheduledTime === Date.now() + REVIEW_POLL_MS || false);
  });

  it('on start-up, sends what was queued before the browser stopped, unasked', async () => {
    answers.push(201);
    await saveFlag(await flagsDb(), draft({ quote: 'queued before the restart' }), { submit: true });
    expect(fetchMock).not.toHaveBeenCalled();
    startOutbox();
    await until(async () => (await stateOf()) === 'sent');
    expect(posts()).toBe(1);
  });

  it('without an endpoint, sends nothing and sets no alarm; setting one sends the queue', async () => {
    await endpointStore().set(null);
    await saveFlag(await flagsDb(), draft(), { submit: true });
    await kickOutbox();
    // Nothing sent (a review-feed read still finishing from the test before may land here: not a send,
    // and not to this test's endpoint, which is none; it made this test flaky under load).
    expect(posts()).toBe(0);
    expect(await fakeBrowser.alarms.get(OUTBOX_ALARM)).toBeUndefined();
    expect(await stateOf()).toBe('queued');

    answers.push(201);
    startOutbox();
    // What the 'endpoint/set' handler does (background-handlers.test.ts checks that it kicks).
    await endpointStore().set({ url: 'https://project.example/flags' });
    await kickOutbox();
    await until(async () => (await stateOf()) === 'sent');
  });

  it('an endpoint a page writes into storage.local is never used (row 2)', async () => {
    await endpointStore().set(null);
    await kickOutbox();
    await fakeBrowser.storage.local.set({ 'pw:settings': { endpoint: { url: 'https://evil.example/steal' } } });
    await saveFlag(await flagsDb(), draft(), { submit: true });
    await kickOutbox();
    // Nothing sent anywhere, and nothing ever asked of the page's address (a review-feed read still
    // finishing from the test before may reach the real endpoint: that is not a send).
    expect(posts()).toBe(0);
    expect(fetchMock.mock.calls.filter(([url]) => String(url).includes('evil.example'))).toEqual([]);
    expect(await stateOf()).toBe('queued');
  });
});

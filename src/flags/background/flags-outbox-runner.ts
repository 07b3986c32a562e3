/**
 * Runs the flags outbox in the background: on start-up (which covers a browser restart: the queue
 * lives in IndexedDB), on an 'outbox/kick' message, and on the retry alarm set for the earliest
 * due flag. Only the background sends, so two pages can never post the same flag at once.
 */
import { browser } from 'wxt/browser';
import { BACKOFF, runOutbox, type OutboxRun } from '../model/outbox';
import { REVIEW_POLL_MS, syncReviews } from '../model/review-sync';
import { flagsDb } from '../store/flags-db';
import { endpointStore, type StoredEndpoint } from '../../storage/endpoint-store';
import { flagsReviewStore } from '../store/flags-review-store';
import { outboxStore } from '../store/flags-store';
import { migratedEndpointStore } from '../../storage/endpoint-migration';

export const OUTBOX_ALARM = 'pledgewatch-outbox';

/** The endpoint store of the background, after the one-time move out of storage.local. */
export function backgroundEndpointStore() {
  return migratedEndpointStore(endpointStore(), browser.storage.local as never);
}

type AlarmsApi = {
  create(name: string, info: { when: number }): unknown;
  clear(name: string): unknown;
  onAlarm: { addListener(cb: (alarm: { name: string }) => void): void };
};

/** Without the `alarms` permission the API is absent: retries then fall back to a timer (lost if the worker sleeps). */
function alarmsApi(): AlarmsApi | undefined {
  return (browser as unknown as { alarms?: AlarmsApi }).alarms;
}

let fallbackTimer: ReturnType<typeof setTimeout> | undefined;

async function scheduleNext(due: number | null): Promise<void> {
  const alarms = alarmsApi();
  if (fallbackTimer !== undefined) clearTimeout(fallbackTimer);
  // Still due right after a run means the record could not be read (listed in the options page):
  // look again later rather than spin on it.
  const at = due === null ? null : due > Date.now() ? due : Date.now() + BACKOFF.baseMs;
  if (alarms) {
    if (at === null) await alarms.clear(OUTBOX_ALARM);
    else await alarms.create(OUTBOX_ALARM, { when: at });
  } else if (at !== null) {
    fallbackTimer = setTimeout(() => void kickOutbox().catch(logFailure), at - Date.now());
  }
}

function logFailure(e: unknown): void {
  // Nobody asked (alarm, start-up): the options page shows each flag's state and reason anyway.
  console.error('[pledgewatch] flags outbox:', e);
}

let running: Promise<OutboxRun> | null = null;
let again = false;

const REVIEW_CURSOR_KEY = 'pw:review-cursor';

/** The reader sees the outcome: review states of sent flags, after each send and on the alarm. */
async function syncReviewOutcomes(endpoint: StoredEndpoint | null): Promise<void> {
  const result = await syncReviews({
    endpoint,
    fetch: (url, init) => fetch(url, init),
    store: flagsReviewStore(await flagsDb()),
    cursor: {
      get: async () => (await browser.storage.local.get(REVIEW_CURSOR_KEY))[REVIEW_CURSOR_KEY],
      set: (value) => browser.storage.local.set({ [REVIEW_CURSOR_KEY]: value }),
    },
  }).catch((e: unknown) => ({ problem: String(e) }));
  if (result.problem) console.warn('[pledgewatch] review outcomes:', result.problem);
}

async function runOnce(): Promise<OutboxRun> {
  // Read from the background's own database on every run: nothing a page can write decides where flags go.
  const endpoint = await (await backgroundEndpointStore()).get();
  const run = await runOutbox({ store: outboxStore(await flagsDb()), endpoint, fetch: (url, init) => fetch(url, init) });
  await syncReviewOutcomes(endpoint);
  // With no endpoint nothing could be sent: the alarm waits until one is set (which kicks again).
  // With one, the alarm also comes back for review outcomes.
  await scheduleNext(endpoint ? Math.min(run.nextDueAt ?? Infinity, Date.now() + REVIEW_POLL_MS) : null);
  return run;
}

/**
 * Sends every due flag now. Calls during a run are folded into one more run afterwards, so a flag
 * saved mid-run is not left waiting for the next alarm. Rejects when storage fails.
 */
export async function kickOutbox(): Promise<void> {
  if (running) {
    again = true;
    await running;
    return;
  }
  try {
    do {
      again = false;
      running = runOnce();
      await running;
    } while (again);
  } finally {
    running = null;
  }
}

/** Registers the alarm listener and works off whatever was queued before the browser (or worker) stopped. */
export function startOutbox(): void {
  alarmsApi()?.onAlarm.addListener((alarm) => {
    if (alarm.name === OUTBOX_ALARM) void kickOutbox().catch(logFailure);
  });
  // A newly set endpoint kicks the outbox from its 'endpoint/set' handler (background-handlers.ts).
  void kickOutbox().catch(logFailure);
}

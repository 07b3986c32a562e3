/**
 * Everything the extension does with stored flags. Each write is one IndexedDB transaction that
 * validates with zod before `put`, so a write either happens whole or not at all; failures are thrown
 * as FlagsDbError for the UI to show. Reads validate too: a record that fails is reported, not hidden.
 */
import { z } from 'zod';
import { Flag, FlagDraft, fitDraft, flagKey, type Submission } from '../model/flag-schema';
import { queuedNow, settle, type OutboxStore } from '../model/outbox';
import { writeFlags, type FlagsDb, type QuarantinedRecord } from './flags-db';
import { FlagsDbError, guard } from './flags-errors';
import { announceFlagsChanged } from './flags-events';

export type StoredProblem = { id: string | null; reason: string };
export type FlagList = { flags: Flag[]; problems: StoredProblem[]; quarantined: QuarantinedRecord[] };

function read(raw: unknown): { flag: Flag } | { problem: StoredProblem } {
  const parsed = Flag.safeParse(raw);
  if (parsed.success) return { flag: parsed.data };
  const id = typeof (raw as { id?: unknown })?.id === 'string' ? (raw as { id: string }).id : null;
  return { problem: { id, reason: z.prettifyError(parsed.error).replace(/\n+/g, '; ') } };
}

function readOrThrow(raw: unknown): Flag {
  const r = read(raw);
  if ('problem' in r) throw new FlagsDbError('invalid', `Stored flag ${r.problem.id ?? '(no id)'} is not valid: ${r.problem.reason}`);
  return r.flag;
}

/** Later than both the clock and the previous edit, so "newer" comparisons never tie on a fast double edit. */
function nextTimestamp(now: Date, previous?: string): string {
  const t = Math.max(now.getTime(), previous ? Date.parse(previous) + 1 : 0);
  return new Date(t).toISOString();
}

/** Newest first. */
export function listFlags(db: FlagsDb): Promise<FlagList> {
  return guard('read the flags', async () => {
    const tx = db.transaction(['flags', 'quarantine']);
    const [raws, quarantined] = await Promise.all([tx.objectStore('flags').getAll(), tx.objectStore('quarantine').getAll(), tx.done]);
    const flags: Flag[] = [];
    const problems: StoredProblem[] = [];
    for (const r of raws.map(read)) {
      if ('flag' in r) flags.push(r.flag);
      else problems.push(r.problem);
    }
    flags.sort((a, b) => Date.parse(b.updatedAt) - Date.parse(a.updatedAt)); // times may carry offsets
    return { flags, problems, quarantined };
  });
}

export function findFlag(db: FlagsDb, page: { url: string; quote: string }): Promise<Flag | null> {
  return guard('look up the flag', async () => {
    const raw = await db.getFromIndex('flags', 'byKey', flagKey(page));
    return raw === undefined ? null : readOrThrow(raw);
  });
}

/**
 * Saves a new flag, or updates the one with the same URL and quote (the duplicate rule).
 * `submit` queues it for the endpoint; otherwise a new flag is local and an updated one keeps its
 * state, re-queued when the project already had the older text.
 */
export async function saveFlag(db: FlagsDb, input: FlagDraft, opts: { submit: boolean; now?: Date }): Promise<{ flag: Flag; created: boolean }> {
  const now = opts.now ?? new Date();
  const result = await writeFlags(db, 'save the flag', async (tx) => {
    // A page's over-long title or address is shortened with a visible mark, never a reason to refuse.
    const draft = FlagDraft.parse(fitDraft(input));
    const key = flagKey(draft);
    const raw = await tx.store.index('byKey').get(key);
    const existing = raw === undefined ? null : readOrThrow(raw);
    const submission: Submission =
      opts.submit || (existing && existing.submission.state !== 'local') ? queuedNow(now, existing?.submission) : (existing?.submission ?? { state: 'local' });
    const flag = Flag.parse({
      ...draft,
      id: existing?.id ?? crypto.randomUUID(),
      createdAt: existing?.createdAt ?? now.toISOString(),
      updatedAt: nextTimestamp(now, existing?.updatedAt),
      key,
      submission,
    });
    await tx.store.put(flag);
    return { flag, created: existing === null };
  });
  announceFlagsChanged();
  return result;
}

/** The fields a reader may edit after flagging; URL and quote are the flag's identity and stay. */
export const FlagEdit = FlagDraft.pick({ title: true, companyId: true, companyName: true, category: true, relatedIds: true, note: true }).partial();
export type FlagEdit = z.infer<typeof FlagEdit>;

export async function editFlag(db: FlagsDb, id: string, edit: FlagEdit, now = new Date()): Promise<Flag> {
  const flag = await writeFlags(db, 'save your changes', async (tx) => {
    const changes = FlagEdit.parse(edit);
    const raw = await tx.store.get(id);
    if (raw === undefined) throw new FlagsDbError('not-found', `Flag ${id} no longer exists (deleted in another window?).`);
    const old = readOrThrow(raw);
    const next = Flag.parse({
      ...old,
      ...changes,
      updatedAt: nextTimestamp(now, old.updatedAt),
      // The project has (or is about to get) the old text: send the new one too.
      submission: old.submission.state === 'local' ? old.submission : queuedNow(now, old.submission),
    });
    await tx.store.put(next);
    return next;
  });
  announceFlagsChanged();
  return flag;
}

export async function deleteFlag(db: FlagsDb, id: string): Promise<void> {
  await writeFlags(db, 'delete the flag', (tx) => tx.store.delete(id));
  announceFlagsChanged();
}

/** Deletes every flag (not the quarantine, which holds what could not be read and is only ever added to). */
export async function clearFlags(db: FlagsDb): Promise<void> {
  await writeFlags(db, 'delete all flags', (tx) => tx.store.clear());
  announceFlagsChanged();
}

/** Queues the given flags (or every flag not yet sent) for the endpoint, due now. Returns how many. */
export async function queueFlags(db: FlagsDb, ids: readonly string[] | 'unsent', now = new Date()): Promise<number> {
  const count = await writeFlags(db, 'queue flags for submission', async (tx) => {
    const raws = ids === 'unsent' ? await tx.store.getAll() : await Promise.all(ids.map((id) => tx.store.get(id)));
    let n = 0;
    for (const raw of raws) {
      if (raw === undefined) continue;
      const r = read(raw);
      if ('problem' in r) {
        if (ids === 'unsent') continue; // listed as a problem in the options page
        throw new FlagsDbError('invalid', `Stored flag ${r.problem.id ?? '(no id)'} is not valid: ${r.problem.reason}`);
      }
      if (ids === 'unsent' && r.flag.submission.state === 'sent') continue;
      await tx.store.put(Flag.parse({ ...r.flag, submission: queuedNow(now, r.flag.submission) }));
      n++;
    }
    return n;
  });
  announceFlagsChanged();
  return count;
}

/** The outbox's view of the store. */
export function outboxStore(db: FlagsDb): OutboxStore {
  return {
    due: (now) =>
      guard('read the outbox', async () => {
        const raws = await db.getAllFromIndex('flags', 'byDue', IDBKeyRange.upperBound(now));
        // An unreadable record is listed as a problem in the options page; it must not stall the others.
        return raws.map(read).flatMap((r) => ('flag' in r ? [r.flag] : []));
      }),
    settle: async (id, sentUpdatedAt, next) => {
      await writeFlags(db, 'record a submission result', async (tx) => {
        const raw = await tx.store.get(id);
        if (raw === undefined) return;
        const current = readOrThrow(raw);
        await tx.store.put(Flag.parse({ ...current, submission: settle(current, sentUpdatedAt, next, new Date()) }));
      });
      announceFlagsChanged();
    },
    nextDueAt: () =>
      guard('read the outbox', async () => {
        const cursor = await db.transaction('flags').store.index('byDue').openKeyCursor();
        return cursor ? (cursor.key as number) : null;
      }),
  };
}

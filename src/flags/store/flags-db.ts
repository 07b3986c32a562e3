/**
 * The flags database (IndexedDB through idb) and its schema versions. Opened only by extension pages
 * and the background: IndexedDB opened from a content script would belong to the visited site.
 *
 * Versions (each upgrade step runs in order inside the versionchange transaction, so a failed
 * step aborts the whole upgrade and leaves the old database as it was):
 *   v1  store `flags` (keyPath `id`) with unique index `byKey` on url+quote — the duplicate rule.
 *   v2  every flag gains `submission` ({state:'local'}); index `byDue` on `submission.dueAt` for the
 *       outbox; store `quarantine` keeps records that no longer validate instead of dropping them.
 */
import { openDB, type DBSchema, type IDBPDatabase, type IDBPTransaction, type StoreNames } from 'idb';
import { z } from 'zod';
import { FlagContent, flagKey } from '../model/flag-schema';
import { FlagsDbError, guard, toFlagsDbError } from './flags-errors';

export const FLAGS_DB_NAME = 'pledgewatch-flags';
export const FLAGS_DB_VERSION = 2;

export type QuarantinedRecord = { fromVersion: number; storedAt: string; reason: string; record: unknown };

export interface FlagsDbSchema extends DBSchema {
  // Values are `unknown` on purpose: every read goes through zod before anything trusts it.
  flags: { key: string; value: unknown; indexes: { byKey: string; byDue: number } };
  quarantine: { key: number; value: QuarantinedRecord };
}
export type FlagsDb = IDBPDatabase<FlagsDbSchema>;
type UpgradeTx = IDBPTransaction<FlagsDbSchema, StoreNames<FlagsDbSchema>[], 'versionchange'>;

/** A v1 record: the flag content and its key, before submissions existed. */
const FlagV1 = FlagContent.extend({ key: z.string() });

async function migrateV1toV2(db: FlagsDb, tx: UpgradeTx): Promise<void> {
  const quarantine = db.createObjectStore('quarantine', { autoIncrement: true });
  const flags = tx.objectStore('flags');
  flags.createIndex('byDue', 'submission.dueAt');
  for (let cursor = await flags.openCursor(); cursor; cursor = await cursor.continue()) {
    const parsed = FlagV1.safeParse(cursor.value);
    if (parsed.success) {
      await cursor.update({ ...parsed.data, key: flagKey(parsed.data), submission: { state: 'local' } });
    } else {
      await quarantine.add({
        fromVersion: 1,
        storedAt: new Date().toISOString(),
        reason: z.prettifyError(parsed.error).replace(/\n+/g, '; '),
        record: cursor.value,
      });
      await cursor.delete();
    }
  }
}

async function upgrade(db: FlagsDb, oldVersion: number, tx: UpgradeTx): Promise<void> {
  if (oldVersion < 1) {
    const flags = db.createObjectStore('flags', { keyPath: 'id' });
    flags.createIndex('byKey', 'key', { unique: true });
  }
  if (oldVersion < 2) await migrateV1toV2(db, tx);
}

const BLOCKED =
  'The flags database is being upgraded but another Pledgewatch page still holds the old version open. Close other Pledgewatch tabs (options, dataset) and try again.';

/**
 * Opens (and upgrades) the database. Rejects with a FlagsDbError, including when another page
 * blocks the upgrade. `onClose` runs when this connection goes away (a newer version wants the
 * database, or the browser closed it), so callers can drop a cached handle.
 */
export function openFlagsDb(name = FLAGS_DB_NAME, onClose?: () => void): Promise<FlagsDb> {
  return new Promise((resolve, reject) => {
    let settled = false;
    const fail = (e: unknown) => {
      if (!settled) reject(toFlagsDbError(e, 'open the flags database'));
      settled = true;
    };
    openDB<FlagsDbSchema>(name, FLAGS_DB_VERSION, {
      upgrade(db, oldVersion, _newVersion, tx) {
        upgrade(db, oldVersion, tx).catch((e: unknown) => {
          fail(e);
          try {
            tx.abort();
          } catch {
            // Already finished or aborted: the open request reports it.
          }
        });
      },
      blocked: () => fail(new FlagsDbError('blocked', BLOCKED)),
      blocking(_current, _next, event) {
        // A newer version is waiting for us: step aside rather than block it.
        (event.target as IDBDatabase).close();
        onClose?.();
      },
      terminated: () => onClose?.(),
    }).then(
      (db) => {
        if (settled) db.close();
        else resolve(db);
        settled = true;
      },
      fail,
    );
  });
}

let shared: Promise<FlagsDb> | null = null;

/** The extension's one connection, opened on first use and reopened after it closes or fails. */
export function flagsDb(): Promise<FlagsDb> {
  if (!shared) {
    const opening = openFlagsDb(FLAGS_DB_NAME, () => {
      if (shared === opening) shared = null;
    });
    shared = opening;
    opening.catch(() => {
      if (shared === opening) shared = null;
    });
  }
  return shared;
}

export type FlagsWriteTx = IDBPTransaction<FlagsDbSchema, ['flags'], 'readwrite'>;

/**
 * Runs `body` in one readwrite transaction on `flags`. If `body` throws (say zod rejects the third of
 * five records), the transaction is aborted so none of its writes land; a commit failure (quota)
 * rejects too. Errors come out as FlagsDbError saying what could not be done (`doing`).
 */
export function writeFlags<T>(db: FlagsDb, doing: string, body: (tx: FlagsWriteTx) => Promise<T>): Promise<T> {
  return guard(doing, async () => {
    const tx = db.transaction('flags', 'readwrite');
    try {
      const value = await body(tx);
      await tx.done;
      return value;
    } catch (e) {
      tx.done.catch(() => {}); // its rejection is the abort we are causing (or `e` itself)
      try {
        tx.abort();
      } catch {
        // Already committed or aborted by the browser.
      }
      throw e;
    }
  });
}

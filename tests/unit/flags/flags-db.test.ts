import { afterEach, describe, expect, it, vi } from 'vitest';
import { freshDb, freshDbName, draft } from './helpers';
import { FLAGS_DB_VERSION, openFlagsDb } from '../../../src/flags/store/flags-db';
import { clearFlags, deleteFlag, editFlag, findFlag, listFlags, queueFlags, saveFlag } from '../../../src/flags/store/flags-store';
import { FlagsDbError } from '../../../src/flags/store/flags-errors';
import { flagKey } from '../../../src/flags/model/flag-schema';

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

/** Builds a database exactly as version 1 of the extension did, with raw IndexedDB. */
async function createV1(name: string, records: unknown[]): Promise<void> {
  const open = indexedDB.open(name, 1);
  open.onupgradeneeded = () => {
    const store = open.result.createObjectStore('flags', { keyPath: 'id' });
    store.createIndex('byKey', 'key', { unique: true });
    for (const r of records) store.add(r);
  };
  const db = await request(open);
  db.close();
}

const v1Flag = {
  id: '11111111-1111-4111-8111-111111111111',
  key: 'https://example.com/a\nquote one',
  url: 'https://example.com/a',
  title: 'A',
  companyId: 'ibm',
  companyName: 'IBM',
  quote: 'quote one',
  category: 'vague-claim' as const,
  relatedIds: ['edri-2020-ibm-q8'],
  note: 'kept across the upgrade',
  createdAt: '2025-05-01T10:00:00.000Z',
  updatedAt: '2025-05-02T10:00:00.000Z',
  textHash: null,
};

describe('schema upgrades', () => {
  it('v1 → v2: keeps every valid flag (now local), adds the outbox index, quarantines what does not validate', async () => {
    const name = freshDbName();
    const broken = { id: 'not-a-uuid', url: 'javascript:alert(1)', key: 'x' };
    await createV1(name, [v1Flag, broken]);

    const db = await openFlagsDb(name);
    expect(db.version).toBe(FLAGS_DB_VERSION);
    expect([...db.objectStoreNames].sort()).toEqual(['flags', 'quarantine']);
    expect([...db.transaction('flags').store.indexNames].sort()).toEqual(['byDue', 'byKey']);

    const { flags, problems, quarantined } = await listFlags(db);
    expect(problems).toEqual([]);
    expect(flags).toEqual([{ ...v1Flag, submission: { state: 'local' } }]);
    expect(quarantined).toHaveLength(1);
    expect(quarantined[0]!.record).toEqual(broken);
    expect(quarantined[0]!.fromVersion).toBe(1);
    expect(quarantined[0]!.reason).toMatch(/id|url/);
    // The duplicate rule still holds on migrated data.
    const again = await saveFlag(db, { ...v1Flag, note: 'updated' }, { submit: false });
    expect(again.created).toBe(false);
    expect(again.flag.id).toBe(v1Flag.id);
    db.close();
  });

  it('a fresh database opens at the current version, empty', async () => {
    const db = await freshDb();
    expect(db.version).toBe(FLAGS_DB_VERSION);
    expect(await listFlags(db)).toEqual({ flags: [], problems: [], quarantined: [] });
    db.close();
  });

  it('reports a blocked upgrade instead of hanging', async () => {
    const name = freshDbName();
    await createV1(name, []);
    // A page of the old version that does not step aside when asked.
    const old = await request(indexedDB.open(name, 1));
    await expect(openFlagsDb(name)).rejects.toMatchObject({ kind: 'blocked' });
    old.close();
  });

  it('refuses a database from a newer version without touching it', async () => {
    const name = freshDbName();
    const newer = await request(indexedDB.open(name, FLAGS_DB_VERSION + 1));
    newer.close();
    await expect(openFlagsDb(name)).rejects.toMatchObject({ kind: 'version' });
  });
});

describe('the duplicate rule: one flag per URL + quote', () => {
  it('a second flag of the same passage updates the first, never duplicates', async () => {
    const db = await freshDb();
    const first = await saveFlag(db, draft({ note: 'first' }), { submit: false });
    const second = await saveFlag(db, draft({ note: 'second', url: draft().url + '#section-2', quote: `  ${draft().quote}\n` }), {
      submit: false,
    });
    expect(first.created).toBe(true);
    expect(second.created).toBe(false);
    expect(second.flag.id).toBe(first.flag.id);
    expect(second.flag.createdAt).toBe(first.flag.createdAt);
    expect(Date.parse(second.flag.updatedAt)).toBeGreaterThan(Date.parse(first.flag.updatedAt));
    const { flags } = await listFlags(db);
    expect(flags).toHaveLength(1);
    expect(flags[0]!.note).toBe('second');
    // The stored quote is the one given, verbatim; only the key is normalised.
    expect(flags[0]!.quote).toBe(`  ${draft().quote}\n`);
    db.close();
  });

  it('a different quote on the same page is a different flag', async () => {
    const db = await freshDb();
    await saveFlag(db, draft(), { submit: false });
    await saveFlag(db, draft({ quote: 'another passage' }), { submit: false });
    expect((await listFlags(db)).flags).toHaveLength(2);
    expect(await findFlag(db, { url: draft().url, quote: 'another passage' })).not.toBeNull();
    db.close();
  });
});

describe('writes', () => {
  afterEach(() => vi.restoreAllMocks());

  it('rejects an invalid flag with a readable error and stores nothing', async () => {
    const db = await freshDb();
    const error = await saveFlag(db, draft({ url: 'chrome://settings' }), { submit: false }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FlagsDbError);
    expect(error).toMatchObject({ kind: 'invalid', message: expect.stringMatching(/http\(s\) address/) });
    expect((await listFlags(db)).flags).toEqual([]);
    db.close();
  });

  it('a full disk is reported as such and leaves the earlier flags intact', async () => {
    const db = await freshDb();
    await saveFlag(db, draft(), { submit: false });
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    await expect(saveFlag(db, draft({ quote: 'new one' }), { submit: false })).rejects.toMatchObject({
      kind: 'quota',
      message: expect.stringMatching(/storage for Pledgewatch is full/),
    });
    vi.restoreAllMocks();
    const { flags } = await listFlags(db);
    expect(flags.map((f) => f.quote)).toEqual([draft().quote]);
    db.close();
  });

  it('a write that fails half way leaves none of its changes (queueing two flags, one unreadable)', async () => {
    const db = await freshDb();
    const a = await saveFlag(db, draft(), { submit: false });
    const b = await saveFlag(db, draft({ quote: 'b' }), { submit: false });
    // Corrupt b behind the store's back.
    await db.put('flags', { ...b.flag, category: 'nonsense' });
    await expect(queueFlags(db, [a.flag.id, b.flag.id])).rejects.toMatchObject({ kind: 'invalid' });
    const { flags, problems } = await listFlags(db);
    expect(flags.map((f) => f.submission.state)).toEqual(['local']);
    expect(problems).toEqual([{ id: b.flag.id, reason: expect.stringMatching(/category/) }]);
    db.close();
  });

  it('edits keep the identity, move updatedAt on and re-queue a flag the project already had', async () => {
    const db = await freshDb();
    const { flag } = await saveFlag(db, draft(), { submit: true });
    const edited = await editFlag(db, flag.id, { category: 'contradicts-commitment', note: 'see 2018 principles' });
    expect(edited).toMatchObject({ id: flag.id, key: flagKey(draft()), category: 'contradicts-commitment', submission: { state: 'queued' } });
    expect(edited.updatedAt > flag.updatedAt).toBe(true);
    await expect(editFlag(db, flag.id, { relatedIds: ['Not A Slug'] })).rejects.toMatchObject({ kind: 'invalid' });
    await deleteFlag(db, flag.id);
    await expect(editFlag(db, flag.id, { note: 'x' })).rejects.toMatchObject({ kind: 'not-found' });
    db.close();
  });

  it('clearFlags empties the list; queueFlags("unsent") skips sent flags', async () => {
    const db = await freshDb();
    await saveFlag(db, draft(), { submit: false });
    const sent = await saveFlag(db, draft({ quote: 'sent one' }), { submit: false });
    await db.put('flags', { ...sent.flag, submission: { state: 'sent', sentAt: sent.flag.updatedAt, remoteId: null, reviewStatus: null } });
    expect(await queueFlags(db, 'unsent')).toBe(1);
    await clearFlags(db);
    expect((await listFlags(db)).flags).toEqual([]);
    db.close();
  });
});

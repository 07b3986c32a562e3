/**
 * Where the project endpoint and its token live: an IndexedDB database of the extension's own origin,
 * read and written by the background only (extension pages ask it through 'endpoint/get' and
 * 'endpoint/set', which check the sender). A content script cannot open this database (IndexedDB
 * opened there belongs to the visited site) and never sees the token, in Chromium or Firefox; in
 * both, content scripts can read and write `storage.local`, which is why the endpoint left it.
 *
 * The stored value is kept as written, checked on every use (`endpointProblem`): an endpoint carried
 * over from an older version that no longer passes (a token over plain http) is shown with its problem
 * in Options and refused by the outbox, never silently dropped.
 */
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import { z } from 'zod';

export const ENDPOINT_DB_NAME = 'pledgewatch-endpoint';

/** What is stored: loose on purpose (see above); `Endpoint` in flags/model/endpoint.ts is the strict form. */
export const StoredEndpoint = z.object({ url: z.string().min(1).max(2_000), token: z.string().max(4_096).optional() });
export type StoredEndpoint = z.infer<typeof StoredEndpoint>;

interface EndpointDbSchema extends DBSchema {
  values: { key: 'endpoint' | 'migratedFromStorageLocal'; value: unknown };
}

export interface EndpointStore {
  get(): Promise<StoredEndpoint | null>;
  set(endpoint: StoredEndpoint | null): Promise<void>;
  /** Whether the one-time move out of storage.local already ran. */
  migrated(): Promise<boolean>;
  markMigrated(): Promise<void>;
}

let shared: Promise<IDBPDatabase<EndpointDbSchema>> | null = null;

function db(name: string): Promise<IDBPDatabase<EndpointDbSchema>> {
  if (name !== ENDPOINT_DB_NAME) return openDB<EndpointDbSchema>(name, 1, { upgrade: (d) => void d.createObjectStore('values') });
  shared ??= openDB<EndpointDbSchema>(name, 1, {
    upgrade: (d) => void d.createObjectStore('values'),
    terminated: () => (shared = null),
  });
  shared.catch(() => (shared = null));
  return shared;
}

export function endpointStore(name = ENDPOINT_DB_NAME): EndpointStore {
  return {
    async get() {
      const raw = await (await db(name)).get('values', 'endpoint');
      if (raw === undefined || raw === null) return null;
      const parsed = StoredEndpoint.safeParse(raw);
      // Unreadable: keep it in the database (never overwritten here) and treat it as "no endpoint".
      return parsed.success ? parsed.data : null;
    },
    async set(endpoint) {
      const d = await db(name);
      if (endpoint === null) await d.delete('values', 'endpoint');
      else await d.put('values', StoredEndpoint.parse(endpoint), 'endpoint');
    },
    async migrated() {
      return (await (await db(name)).get('values', 'migratedFromStorageLocal')) === true;
    },
    async markMigrated() {
      await (await db(name)).put('values', true, 'migratedFromStorageLocal');
    },
  };
}

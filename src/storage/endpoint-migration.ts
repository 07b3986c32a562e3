/**
 * Versions before issue 13 kept the endpoint and token in `storage.local` ('pw:settings'.endpoint),
 * where a content script's world can read and write them. On start the background moves them, once,
 * into its own database (storage/endpoint-store.ts), then removes them from storage.local. After that
 * first move an endpoint found in storage.local was not written by Pledgewatch and is only removed:
 * it is never taken as the endpoint.
 */
import { SETTINGS_KEY } from './settings';
import { StoredEndpoint, type EndpointStore } from './endpoint-store';

export interface LocalArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

export async function migrateEndpoint(store: EndpointStore, local: LocalArea): Promise<void> {
  const raw = (await local.get(SETTINGS_KEY))[SETTINGS_KEY];
  const settings = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : null;
  if (!(await store.migrated())) {
    const old = StoredEndpoint.safeParse(settings?.endpoint);
    // Written to the database before storage.local loses it: a failure in between loses nothing.
    if (old.success && (await store.get()) === null) await store.set(old.data);
    await store.markMigrated();
  }
  if (settings && 'endpoint' in settings) {
    const { endpoint: _moved, ...rest } = settings;
    await local.set({ [SETTINGS_KEY]: rest });
  }
}

let ready: Promise<EndpointStore> | null = null;

/** The background's endpoint store, once the move out of storage.local has run (or failed, logged). */
export function migratedEndpointStore(store: EndpointStore, local: LocalArea): Promise<EndpointStore> {
  ready ??= migrateEndpoint(store, local)
    .catch((e: unknown) => console.error('[pledgewatch] moving the endpoint out of storage.local:', e))
    .then(() => store);
  return ready;
}

// The endpoint and token leave storage.local (readable and writable from a content script's world)
// for the background's own IndexedDB database, once, without loss (issue 13, rows 1 and 2).
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { migrateEndpoint } from '../../../src/storage/endpoint-migration';
import { memoryArea } from '../../../src/background/session-area';
import { endpointStore } from '../../../src/storage/endpoint-store';

let n = 0;
const fresh = () => endpointStore(`pw-endpoint-test-${++n}`);

describe('migrateEndpoint', () => {
  it('moves the stored endpoint and token into the database and removes them from storage.local, keeping the other settings', async () => {
    const store = fresh();
    const local = memoryArea();
    await local.set({ 'pw:settings': { badgeEnabled: false, endpoint: { url: 'http://flags.example/in', token: 'old-token' } } });
    await migrateEndpoint(store, local);
    // A token over plain http is kept as it was (never lost); the outbox refuses it and Options says why.
    expect(await store.get()).toEqual({ url: 'http://flags.example/in', token: 'old-token' });
    expect((await local.get('pw:settings'))['pw:settings']).toEqual({ badgeEnabled: false });
  });

  it('after the first move, an endpoint written into storage.local is removed, never taken', async () => {
    const store = fresh();
    const local = memoryArea();
    await migrateEndpoint(store, local);
    await local.set({ 'pw:settings': { endpoint: { url: 'https://evil.example/steal' } } });
    await migrateEndpoint(store, local);
    expect(await store.get()).toBeNull();
    expect((await local.get('pw:settings'))['pw:settings']).toEqual({});
  });

  it('does not replace an endpoint already in the database', async () => {
    const store = fresh();
    await store.set({ url: 'https://project.example/flags', token: 't' });
    const local = memoryArea();
    await local.set({ 'pw:settings': { endpoint: { url: 'https://other.example/' } } });
    await migrateEndpoint(store, local);
    expect(await store.get()).toEqual({ url: 'https://project.example/flags', token: 't' });
  });
});

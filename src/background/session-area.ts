/**
 * Where per-tab state lives. `storage.session` survives the MV3 service worker being stopped (it is
 * kept in memory by the browser, not by the worker) and is wiped when the browser closes, which is the
 * lifetime a tab id has. Firefox has it since 115 (MV2 included); older engines get an in-memory map,
 * which is still correct there because an MV2 event page keeps its globals while it lives.
 */
import { browser } from 'wxt/browser';

/** The slice of a storage area the background uses: small enough to fake in unit tests. */
export interface SessionArea {
  get(keys: string | null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
}

export function memoryArea(): SessionArea {
  const items = new Map<string, unknown>();
  return {
    async get(keys) {
      if (keys === null) return Object.fromEntries(items);
      return items.has(keys) ? { [keys]: items.get(keys) } : {};
    },
    async set(next) {
      // Stored values are copies, as the real storage areas make them.
      for (const [k, v] of Object.entries(next)) items.set(k, structuredClone(v));
    },
    async remove(keys) {
      for (const k of Array.isArray(keys) ? keys : [keys]) items.delete(k);
    },
  };
}

export function sessionArea(): SessionArea {
  const session = (browser.storage as { session?: SessionArea } | undefined)?.session;
  return session ?? memoryArea();
}

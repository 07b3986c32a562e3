/**
 * Each tab's latest analysis, one storage key per tab, validated with zod on every read: a value left
 * by an older version or damaged in storage is dropped (and reported to the caller as "nothing")
 * rather than handed to the popup.
 */
import { TabState } from '../messaging/protocol';
import type { SessionArea } from './session-area';

const PREFIX = 'pw:tab:';
export const tabKey = (tabId: number) => `${PREFIX}${tabId}`;

export interface TabStore {
  get(tabId: number): Promise<TabState | null>;
  put(state: TabState): Promise<void>;
  clear(tabId: number): Promise<void>;
  all(): Promise<TabState[]>;
}

export function createTabStore(area: SessionArea): TabStore {
  async function get(tabId: number): Promise<TabState | null> {
    const key = tabKey(tabId);
    const raw = (await area.get(key))[key];
    if (raw === undefined) return null;
    const parsed = TabState.safeParse(raw);
    if (parsed.success && parsed.data.tabId === tabId) return parsed.data;
    await area.remove(key);
    return null;
  }
  return {
    get,
    async put(state) {
      await area.set({ [tabKey(state.tabId)]: TabState.parse(state) });
    },
    async clear(tabId) {
      await area.remove(tabKey(tabId));
    },
    async all() {
      const everything = await area.get(null);
      const states: TabState[] = [];
      for (const [key, raw] of Object.entries(everything)) {
        if (!key.startsWith(PREFIX)) continue;
        const parsed = TabState.safeParse(raw);
        if (parsed.success) states.push(parsed.data);
      }
      return states;
    },
  };
}

/** The URL without its fragment: jumping to an anchor is not a new page. */
export function pageUrl(url: string): string {
  const hash = url.indexOf('#');
  return hash === -1 ? url : url.slice(0, hash);
}

/**
 * Whether a `tabs.onUpdated` event means the stored analysis no longer describes the tab: a new URL
 * (ignoring the fragment), or a reload (status `loading` without a URL change). An SPA navigation whose
 * new analysis already arrived carries the URL that analysis has, and is kept.
 */
export function navigationClears(stored: TabState | null, change: { url?: string; status?: string }): boolean {
  if (stored === null) return false;
  if (change.url !== undefined) return pageUrl(change.url) !== pageUrl(stored.url);
  return change.status === 'loading';
}

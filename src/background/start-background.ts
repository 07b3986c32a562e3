/**
 * Wires the background together: message handlers, navigation and tab-removal clean-up, badge
 * refresh when settings change. Listeners are registered synchronously at start-up, as an MV3
 * service worker must, so events that woke the worker are not missed.
 */
import { browser } from 'wxt/browser';
import { recordsFor } from '../core/records/page-records';
import { pageDetailsFor } from '../core/page-details';
import { datasetIndexFor, datasetPartFor } from '../core/dataset-part';
import { extensionDataset } from '../data/extension-dataset';
import { handleMessages, sendToTab } from '../messaging/runtime';
import { toBackground } from '../messaging/protocol';
import { flagsDb } from '../flags/store/flags-db';
import { saveFlag } from '../flags/store/flags-store';
import { settingsItem } from '../storage/settings-item';
import { applyBadge, type BadgeApi } from './badge';
import { kickOutbox } from '../flags/background/flags-background';
import { backgroundEndpointStore } from '../flags/background/flags-outbox-runner';
import { createBackgroundHandlers } from './background-handlers';
import { sessionArea } from './session-area';
import { createTabStore, navigationClears } from './tab-state';
import { createPageAnalysis } from './page-analysis';

/** Where WXT writes the runtime-registered content script entrypoints/full.content.ts. */
export const FULL_CONTENT_SCRIPT = '/content-scripts/full.js';
/** WXT's build of entrypoints/engine.content.ts: the page's own engine (content/page-engine.ts). */
export const ENGINE_CONTENT_SCRIPT = '/content-scripts/engine.js';

function badgeApi(): BadgeApi {
  // MV3 has `action`; Firefox MV2 has `browserAction` with the same calls.
  const b = browser as unknown as { action?: BadgeApi; browserAction?: BadgeApi };
  return (b.action ?? b.browserAction)!;
}

export function startBackground(): void {
  const tabs = createTabStore(sessionArea());
  const badge = badgeApi();
  const { handlers, refreshBadge, recoverTab } = createBackgroundHandlers({
    tabs,
    badge,
    recordsFor: async (analysis) => recordsFor(await extensionDataset(), analysis),
    detailsFor: async (request) => pageDetailsFor(await extensionDataset(), request, new Date()),
    analysePage: createPageAnalysis(extensionDataset, async () => (await settingsItem.getValue()).customTerms),
    datasetPartFor: async (request) => datasetPartFor(datasetIndexFor(extensionDataset()), request),
    settings: () => settingsItem.getValue(),
    askTab: (tabId) => sendToTab(tabId, { type: 'content/get-analysis' }),
    // The top frame only, as the manifest's content script; the file is WXT's build of entrypoints/full.content.ts.
    loadFullContent: async (tabId) => {
      await browser.scripting.executeScript({ target: { tabId }, files: [FULL_CONTENT_SCRIPT] });
    },
    loadPageEngine: async (tabId) => {
      await browser.scripting.executeScript({ target: { tabId }, files: [ENGINE_CONTENT_SCRIPT] });
    },
    // The host permissions give the URL of every http(s) tab, the only tabs with a content script.
    tabUrl: (tabId) => browser.tabs.get(tabId).then((t) => t.url ?? null, () => null),
    // A correction stays local until the reader sends it from Options → Flags, like a context-menu flag.
    saveFlag: async (draft) => (await saveFlag(await flagsDb(), draft, { submit: false })).flag.id,
    kickOutbox,
    endpoint: {
      get: async () => (await backgroundEndpointStore()).get(),
      set: async (endpoint) => (await backgroundEndpointStore()).set(endpoint),
    },
    now: () => Date.now(),
  });

  handleMessages(toBackground, handlers);

  browser.tabs.onUpdated.addListener((tabId, change) => {
    void tabs.get(tabId).then(async (stored) => {
      if (change.status === 'complete') return recoverTab(tabId);
      if (!navigationClears(stored, change)) return;
      await tabs.clear(tabId);
      await applyBadge(badge, tabId, null);
    });
  });
  browser.tabs.onRemoved.addListener((tabId) => void tabs.clear(tabId));

  settingsItem.watch(() => void tabs.all().then((states) => Promise.all(states.map((s) => refreshBadge(s.tabId, s.analysis)))));
}

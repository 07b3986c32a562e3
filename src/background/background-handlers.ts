/**
 * The background's named handler per `toBackground` message, with every dependency passed in so
 * unit tests drive them with fakes (no browser, no real storage, no real dataset).
 */
import type { PageAnalysis } from '../core/analysis-schema';
import { correctionDraft, type CorrectionRequest } from '../flags/correction-flag';
import type { FlagDraft } from '../flags/flag-schema';
import type { TabState } from '../messaging/protocol';
import type { Settings } from '../storage/settings';
import type { PageRecords } from '../ui/common/records';
import { applyBadge, computeBadge, type BadgeApi } from './badge';
import type { TabStore } from './tab-state';

export type BackgroundDeps = {
  tabs: TabStore;
  badge: BadgeApi;
  /** The dataset records for an analysis (lookupForPage over the bundled dataset). */
  recordsFor: (analysis: PageAnalysis) => Promise<PageRecords>;
  settings: () => Promise<Settings>;
  /** Asks a tab's content script for its latest analysis (when storage lost it); null if it cannot answer. */
  askTab: (tabId: number) => Promise<PageAnalysis | null>;
  /** Injects the content script's full stage into a tab (scripting.executeScript). */
  loadFullContent: (tabId: number) => Promise<void>;
  /** Saves a flag (the flags database lives in the background and extension pages only); returns its id. */
  saveFlag: (draft: FlagDraft) => Promise<string>;
  /** Tries the flags outbox now. */
  kickOutbox: () => Promise<void>;
  now: () => number;
};

export function createBackgroundHandlers(deps: BackgroundDeps) {
  async function refreshBadge(tabId: number, analysis: PageAnalysis | null): Promise<void> {
    const records = analysis ? await deps.recordsFor(analysis) : null;
    await applyBadge(deps.badge, tabId, computeBadge(analysis, records, await deps.settings()));
  }

  async function store(tabId: number, analysis: PageAnalysis): Promise<TabState> {
    const state: TabState = { tabId, url: analysis.url, analysis, updatedAt: deps.now() };
    await deps.tabs.put(state);
    await refreshBadge(tabId, analysis);
    return state;
  }

  /**
   * A tab finished loading with nothing stored: a page restored from the back-forward cache keeps its
   * content script (and its analysis) but does not run it again, so ask for it and put the badge back.
   */
  async function recoverTab(tabId: number): Promise<void> {
    if (await deps.tabs.get(tabId)) return;
    const analysis = await deps.askTab(tabId).catch(() => null);
    if (analysis && !(await deps.tabs.get(tabId))) await store(tabId, analysis);
  }

  return {
    refreshBadge,
    recoverTab,
    handlers: {
      'page/analysed': async (body: { analysis: PageAnalysis }, sender: { tabId?: number }) => {
        if (sender.tabId === undefined) throw new Error('page/analysed must come from a tab');
        await store(sender.tabId, body.analysis);
        return null;
      },
      'flags/correction': async (body: CorrectionRequest, sender: { tabId?: number; url?: string }) => {
        if (sender.tabId === undefined || !sender.url) throw new Error('flags/correction must come from a page');
        const analysis = (await deps.tabs.get(sender.tabId))?.analysis ?? null;
        return { flagId: await deps.saveFlag(correctionDraft(body, sender.url, analysis)) };
      },
      'tab/get': async (body: { tabId: number }) => {
        const stored = await deps.tabs.get(body.tabId);
        if (stored) return stored;
        // Storage lost it (browser restart, a tab analysed before the extension updated): the content
        // script still has its analysis, so ask it rather than show an empty popup.
        const analysis = await deps.askTab(body.tabId).catch(() => null);
        return analysis ? store(body.tabId, analysis) : null;
      },
      'page/load-full': async (_body: object, sender: { tabId?: number }) => {
        if (sender.tabId === undefined) throw new Error('page/load-full must come from a tab');
        await deps.loadFullContent(sender.tabId);
        return true;
      },
      'outbox/kick': async () => {
        await deps.kickOutbox();
        return null;
      },
    },
  };
}

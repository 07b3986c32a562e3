/**
 * The background's named handler per `toBackground` message, with every dependency passed in so
 * unit tests drive them with fakes (no browser, no real storage, no real dataset).
 */
import type { PageAnalysis } from '../core/analysis-schema';
import { packAnalysis } from '../core/analysis-wire';
import type { DetailsRequest, PageDetails } from '../core/page-details';
import type { DatasetPart, DatasetPartRequest } from '../core/dataset-part';
import { correctionDraft, type CorrectionRequest } from '../flags/model/correction-flag';
import { Endpoint, endpointProblem } from '../flags/model/endpoint';
import type { FlagDraft } from '../flags/model/flag-schema';
import type { EndpointView, TabState } from '../messaging/protocol';
import type { Sender } from '../messaging/runtime';
import type { EndpointStore, StoredEndpoint } from '../storage/endpoint-store';
import type { Settings } from '../storage/settings';
import type { PageRecords } from '../core/records/page-records';
import { applyBadge, computeBadge, type BadgeApi } from './badge';
import type { AnalyseRequest } from './page-analysis';
import { pageUrl, type TabStore } from './tab-state';

export type BackgroundDeps = {
  tabs: TabStore;
  badge: BadgeApi;
  /** The dataset records for an analysis (`recordsFor` over the bundled dataset). */
  recordsFor: (analysis: PageAnalysis) => Promise<PageRecords>;
  /** What a page's cards and chip show of the records it found (core/page-details.ts, over the bundled dataset). */
  detailsFor: (request: DetailsRequest) => Promise<PageDetails>;
  /** A page's whole analysis from the text its content script read (page-analysis.ts). */
  analysePage: (request: AnalyseRequest) => Promise<PageAnalysis>;
  /** The dataset's part of a page's analysis (core/dataset-part.ts, over the bundled dataset). */
  datasetPartFor: (request: DatasetPartRequest) => Promise<DatasetPart>;
  settings: () => Promise<Settings>;
  /** Asks a tab's content script for its latest analysis (when storage lost it); null if it cannot answer. */
  askTab: (tabId: number) => Promise<PageAnalysis | null>;
  /** Injects the content script's full stage into a tab (scripting.executeScript). */
  loadFullContent: (tabId: number) => Promise<void>;
  /** Injects the page's own engine into a tab, for a full stage that analyses its page itself (scripting.executeScript). */
  loadPageEngine: (tabId: number) => Promise<void>;
  /** The address a tab shows now, or null when the tab is gone (tabs.get). */
  tabUrl: (tabId: number) => Promise<string | null>;
  /** Saves a flag (the flags database lives in the background and extension pages only); returns its id. */
  saveFlag: (draft: FlagDraft) => Promise<string>;
  /** Tries the flags outbox now. */
  kickOutbox: () => Promise<void>;
  /** The endpoint and its token (IndexedDB of the extension's origin). */
  endpoint: Pick<EndpointStore, 'get' | 'set'>;
  now: () => number;
};

/** A content script (whatever runs in its world) must not reach these: they read or change what matters. */
function requireExtensionPage(sender: Sender, what: string): void {
  if (!sender.fromExtensionPage) throw new Error(`${what} is only answered for the extension's own pages`);
}

export function endpointView(stored: StoredEndpoint | null): EndpointView | null {
  return stored === null ? null : { url: stored.url, hasToken: Boolean(stored.token), problem: endpointProblem(stored) };
}

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
      'page/analysed': async (body: { analysis: PageAnalysis }, sender: Sender) => {
        if (sender.tabId === undefined) throw new Error('page/analysed must come from a tab');
        await store(sender.tabId, body.analysis);
        return null;
      },
      'flags/correction': async (body: CorrectionRequest, sender: Sender) => {
        // The page's own content script, about its own page: the address is the sender's, never the message's.
        if (sender.fromExtensionPage || sender.tabId === undefined || !sender.url) throw new Error('flags/correction must come from a page');
        const analysis = (await deps.tabs.get(sender.tabId))?.analysis ?? null;
        return { flagId: await deps.saveFlag(correctionDraft(body, sender.url, analysis)) };
      },
      'tab/get': async (body: { tabId: number }, sender: Sender) => {
        // The popup may ask about any tab; a content script only about its own (another tab's URL and title are private).
        if (!sender.fromExtensionPage && sender.tabId !== body.tabId) throw new Error('tab/get: a page may only ask about its own tab');
        const stored = await deps.tabs.get(body.tabId);
        if (stored) return stored;
        // Storage lost it (browser restart, a tab analysed before the extension updated): the content
        // script still has its analysis, so ask it rather than show an empty popup.
        const analysis = await deps.askTab(body.tabId).catch(() => null);
        return analysis ? store(body.tabId, analysis) : null;
      },
      // Any sender: it reads only the bundled, public dataset, and only what the request names.
      'page/details': async (body: DetailsRequest) => deps.detailsFor(body),
      'settings/get': async () => deps.settings(),
      'page/analyse': async (body: AnalyseRequest, sender: Sender) => {
        const analysis = await deps.analysePage(body);
        // Kept only while the tab still shows the page analysed: the analysis takes a while, and a tab that
        // navigated or closed meanwhile must not get the old page's state back (its content script, which
        // would have reported it, is gone).
        if (body.record && sender.tabId !== undefined) {
          const now = await deps.tabUrl(sender.tabId);
          if (now !== null && pageUrl(now) === pageUrl(analysis.url)) await store(sender.tabId, analysis);
        }
        return packAnalysis(analysis, body.input.text);
      },
      'page/dataset': async (body: DatasetPartRequest) => deps.datasetPartFor(body),
      'page/load-full': async (_body: object, sender: Sender) => {
        if (sender.tabId === undefined) throw new Error('page/load-full must come from a tab');
        await deps.loadFullContent(sender.tabId);
        return true;
      },
      'page/load-engine': async (_body: object, sender: Sender) => {
        if (sender.tabId === undefined) throw new Error('page/load-engine must come from a tab');
        await deps.loadPageEngine(sender.tabId);
        return true;
      },
      'outbox/kick': async (_body: object, sender: Sender) => {
        requireExtensionPage(sender, 'outbox/kick');
        await deps.kickOutbox();
        return null;
      },
      'endpoint/get': async (_body: object, sender: Sender) => {
        requireExtensionPage(sender, 'endpoint/get');
        return endpointView(await deps.endpoint.get());
      },
      'endpoint/set': async (body: { endpoint: { url: string; token?: string | undefined } | null }, sender: Sender) => {
        requireExtensionPage(sender, 'endpoint/set');
        if (body.endpoint === null) {
          await deps.endpoint.set(null);
          return null;
        }
        const stored = await deps.endpoint.get();
        const url = body.endpoint.url.trim();
        // No token given: keep the stored one for the same address only (a token is for one endpoint).
        const token = body.endpoint.token !== undefined ? body.endpoint.token : stored?.url === url ? stored.token : undefined;
        const parsed = Endpoint.safeParse({ url, ...(token ? { token } : {}) });
        if (!parsed.success) throw new Error(parsed.error.issues[0]?.message ?? 'invalid endpoint');
        await deps.endpoint.set(parsed.data);
        void deps.kickOutbox().catch(() => {
          // The flags list shows each flag's state; a failed kick is retried by the alarm.
        });
        return endpointView(parsed.data);
      },
    },
  };
}

/**
 * "Flag this passage in Pledgewatch" on a page's selection context menu. The passage is saved as a
 * local flag (category "other") at once, so nothing is lost if the reader closes the tab, and the
 * options page opens on it for the reader to pick the category and add a note.
 */
import { browser } from 'wxt/browser';
import type { FlagDraft } from '../model/flag-schema';
import { sendToTab } from '../../messaging/runtime';
import { flagsDb } from '../store/flags-db';
import { saveFlag } from '../store/flags-store';

export const FLAG_MENU_ID = 'pledgewatch-flag-selection';

type ClickInfo = { menuItemId: string | number; selectionText?: string; pageUrl?: string };
type ClickTab = { id?: number; url?: string; title?: string } | undefined;

function createMenu(): void {
  browser.contextMenus.create({ id: FLAG_MENU_ID, title: 'Flag this passage in Pledgewatch', contexts: ['selection'] }, () => {
    // "duplicate id" when the menu survived from an earlier start: already there is fine.
    void browser.runtime.lastError;
  });
}

/** What the page can tell us; a page without our content script (PDF viewer, store pages) gives nothing. */
async function readPage(tabId: number | undefined) {
  if (tabId === undefined) return { snapshot: null, analysis: null };
  const [snapshot, analysis] = await Promise.all([
    sendToTab(tabId, { type: 'content/snapshot' }).catch(() => null),
    sendToTab(tabId, { type: 'content/get-analysis' }).catch(() => null),
  ]);
  return { snapshot, analysis };
}

export function selectionDraft(info: ClickInfo, tab: ClickTab, page: Awaited<ReturnType<typeof readPage>>): FlagDraft {
  const { snapshot, analysis } = page;
  const company = analysis?.companies[0];
  return {
    url: snapshot?.url ?? info.pageUrl ?? tab?.url ?? '',
    title: snapshot?.title ?? tab?.title ?? '',
    companyId: company?.id ?? null,
    companyName: company?.name ?? '',
    // The content script's selection keeps line breaks that `selectionText` flattens: the quote stays verbatim.
    quote: snapshot?.selection.trim() ? snapshot.selection.trim() : (info.selectionText ?? '').trim(),
    category: 'other',
    relatedIds: [],
    note: '',
    textHash: snapshot?.textHash ?? null,
  };
}

async function flagSelection(info: ClickInfo, tab: ClickTab): Promise<void> {
  const optionsUrl = browser.runtime.getURL('/options.html');
  try {
    const draft = selectionDraft(info, tab, await readPage(tab?.id));
    const { flag } = await saveFlag(await flagsDb(), draft, { submit: false });
    await browser.tabs.create({ url: `${optionsUrl}#flag=${flag.id}` });
  } catch (e) {
    // No notification permission: the options page shows why the flag could not be saved.
    const message = e instanceof Error ? e.message : String(e);
    await browser.tabs.create({ url: `${optionsUrl}#flag-error=${encodeURIComponent(message)}` });
  }
}

export function startFlagContextMenu(): void {
  browser.runtime.onInstalled.addListener(createMenu);
  browser.runtime.onStartup.addListener(createMenu);
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId === FLAG_MENU_ID) void flagSelection(info, tab).catch((e: unknown) => console.error('[pledgewatch] flag selection:', e));
  });
}

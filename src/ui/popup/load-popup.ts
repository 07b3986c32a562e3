/**
 * Everything the popup needs, gathered once: which tab, that tab's analysis from the background,
 * the bundled dataset and the records that concern the page.
 */
import { browser } from 'wxt/browser';
import type { Dataset } from '../../data/schema';
import { extensionDataset } from '../../data/extension-dataset';
import type { TabState } from '../../messaging/protocol';
import { sendToBackground } from '../../messaging/runtime';
import { EMPTY_RECORDS, recordsFor, type PageRecords } from '../../core/records/page-records';
import { errorText } from '../../flags/ui/flag-labels';
import { readPage, type FlaggedPage } from '../../flags/ui/read-page';
import { tabIdFromSearch } from './popup-model';

/** `page`: the tab as a flag sees it (null with `pageError` when it cannot be flagged). */
export type PopupData = { tabId: number; state: TabState | null; dataset: Dataset; records: PageRecords; page: FlaggedPage | null; pageError: string };

async function activeTabId(): Promise<number> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined) throw new Error('No active tab to describe.');
  return tab.id;
}

export async function loadPopup(search: string): Promise<PopupData> {
  const tabId = tabIdFromSearch(search) ?? (await activeTabId());
  const [state, dataset, read] = await Promise.all([
    sendToBackground({ type: 'tab/get', tabId }),
    extensionDataset(),
    readPage(tabId).then(
      (page) => ({ page, pageError: '' }),
      (e: unknown) => ({ page: null, pageError: errorText(e) }),
    ),
  ]);
  const analysis = state?.analysis ?? null;
  const records = analysis ? recordsFor(dataset, analysis) : EMPTY_RECORDS;
  return { tabId, state, dataset, records, ...read };
}

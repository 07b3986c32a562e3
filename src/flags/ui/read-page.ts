/**
 * What a flag needs to know about the page: the content script's snapshot (URL, title, selected
 * passage, text hash); without one (page not scriptable, script not loaded yet) the tab's URL and title.
 */
import { browser } from 'wxt/browser';
import type { PageSnapshot } from '../../messaging/protocol';
import { sendToTab } from '../../messaging/runtime';
import { errorText } from './flag-labels';

/** A snapshot, except that the text hash is null when the page could not be read. */
export type FlaggedPage = Omit<PageSnapshot, 'textHash'> & { textHash: string | null; note: string };

export async function readPage(tabId: number): Promise<FlaggedPage> {
  try {
    return { ...(await sendToTab(tabId, { type: 'content/snapshot' })), note: '' };
  } catch (e) {
    const tab = await browser.tabs.get(tabId);
    if (!tab.url) throw new Error(`This tab cannot be flagged: ${errorText(e)}`, { cause: e });
    return {
      url: tab.url,
      title: tab.title ?? '',
      textHash: null,
      selection: '',
      note: `The page's text could not be read (${errorText(e)}): the flag will have no text hash. Reloading the page may help.`,
    };
  }
}

// The background keeps each tab's analysis in storage.session, so a stopped MV3 service worker (which
// Chromium does after ~30 s idle) comes back with it. Chromium only: Firefox's MV2 event page cannot be
// stopped from WebDriver BiDi. Navigation and tab removal clear the state in both browsers.
import { describe, expect, it } from 'vitest';
import type { TabState } from '../../src/messaging/protocol';
import { BROWSER_KINDS, useExtensionBrowser, type ExtensionBrowser } from './harness';

async function tabState(ext: ExtensionBrowser, tabId: number): Promise<TabState | null> {
  const reply = (await ext.extensionEval((api, id: number) => api.runtime.sendMessage({ type: 'tab/get', tabId: id }), tabId)) as {
    ok: boolean;
    value: TabState | null;
  };
  if (!reply.ok) throw new Error(JSON.stringify(reply));
  return reply.value;
}

async function waitFor<T>(probe: () => Promise<T | null | undefined>, what: string): Promise<T> {
  for (const end = Date.now() + 30_000; Date.now() < end; ) {
    const value = await probe();
    if (value) return value;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`timed out waiting for ${what}`);
}

const stored = (ext: ExtensionBrowser, tabId: number) =>
  ext.extensionEval(async (api, id: number) => {
    const session = (api.storage as unknown as { session: { get(k: string): Promise<Record<string, unknown>> } }).session;
    return (await session.get(`pw:tab:${id}`))[`pw:tab:${id}`] ?? null;
  }, tabId);

describe.each(BROWSER_KINDS)('background in %s', (kind) => {
  const env = useExtensionBrowser(kind);

  it.runIf(kind === 'chromium')('keeps the analysis after its service worker is stopped', async () => {
    const page = await env.ext.newPage(env.server.url('/popup/ibm-press-release.html'));
    const tabId = await env.ext.tabIdFor(page);
    const before = await waitFor(async () => {
      const state = await tabState(env.ext, tabId);
      return state?.analysis ? state : null;
    }, 'the analysis');

    // Stop every service worker through the DevTools protocol, as Chromium does to an idle worker.
    const cdpPage = await env.ext.browser.newPage();
    const session = await cdpPage.createCDPSession();
    await session.send('ServiceWorker.enable');
    await session.send('ServiceWorker.stopAllWorkers');
    await waitFor(async () => (env.ext.browser.targets().some((t) => t.type() === 'service_worker') ? null : true), 'the worker to stop');

    await cdpPage.close();
    // The same state comes back (same timestamp: read from storage, not re-analysed), and the popup shows it.
    const after = await tabState(env.ext, tabId);
    expect(after).toEqual(before);
    await waitFor(async () => (env.ext.browser.targets().some((t) => t.type() === 'service_worker') ? true : null), 'the worker to restart');
    const popup = await env.ext.openExtensionPage(`popup.html?tabId=${tabId}`);
    await popup.waitForSelector('[data-pw-company="ibm"]', { timeout: 10_000 });
    await popup.close();
    await page.close();
  });

  it('clears a tab’s state when it navigates to another page and when it closes', async () => {
    const page = await env.ext.newPage(env.server.url('/popup/ibm-press-release.html?nav'));
    const tabId = await env.ext.tabIdFor(page);
    await waitFor(async () => stored(env.ext, tabId), 'the stored state');
    // Same page, new fragment: kept.
    await page.evaluate(() => (location.hash = '#q-sunset'));
    await new Promise((r) => setTimeout(r, 300));
    expect(await stored(env.ext, tabId)).not.toBeNull();
    // Another page: the old analysis goes; the new page's own arrives (or nothing, if it has none yet).
    await page.goto(env.server.url('/popup/unrelated.html?nav'), { waitUntil: 'load' });
    const next = await waitFor(async () => {
      const s = (await stored(env.ext, tabId)) as TabState | null;
      return s === null ? 'cleared' : s.url.includes('unrelated') ? 'replaced' : null;
    }, 'the old state to go');
    expect(['cleared', 'replaced']).toContain(next);
    await page.close();
    await waitFor(async () => ((await stored(env.ext, tabId)) === null ? true : null), 'the closed tab’s state to go');
  });

  it('takes the badge off when the option is switched off, and puts it back', async () => {
    const page = await env.ext.newPage(env.server.url('/popup/ibm-press-release.html?badge'));
    const tabId = await env.ext.tabIdFor(page);
    const badgeText = () =>
      env.ext.extensionEval(async (api, id: number) => {
        const a = api as unknown as { action?: { getBadgeText(d: object): Promise<string> }; browserAction?: { getBadgeText(d: object): Promise<string> } };
        return (a.action ?? a.browserAction)!.getBadgeText({ tabId: id });
      }, tabId);
    const shown = await waitFor(async () => ((await badgeText()) !== '' ? await badgeText() : null), 'the badge');
    expect(shown).toMatch(/^\d+$/);
    const setBadge = (on: boolean) =>
      env.ext.extensionEval((api, value: boolean) => api.storage.local.set({ 'pw:settings': { badgeEnabled: value } }), on);
    await setBadge(false);
    await waitFor(async () => ((await badgeText()) === '' ? true : null), 'the badge to go');
    await setBadge(true);
    expect(await waitFor(async () => ((await badgeText()) !== '' ? await badgeText() : null), 'the badge to return')).toBe(shown);
    await page.close();
  });

  it('describes the page again after going back to it (back-forward cache or not)', async () => {
    const page = await env.ext.newPage(env.server.url('/popup/ibm-press-release.html?back'));
    const tabId = await env.ext.tabIdFor(page);
    await waitFor(async () => ((await stored(env.ext, tabId)) as TabState | null)?.analysis?.relevant || null, 'the IBM analysis');
    await page.goto(env.server.url('/popup/unrelated.html?back'), { waitUntil: 'load' });
    await waitFor(async () => (((await stored(env.ext, tabId)) as TabState | null)?.url.includes('unrelated') ? true : null), 'the unrelated page');
    await page.goBack({ waitUntil: 'load' });
    const back = await waitFor(async () => {
      const s = (await stored(env.ext, tabId)) as TabState | null;
      return s?.url.includes('ibm-press-release') ? s : null;
    }, 'the IBM page’s state after going back');
    expect(back.analysis?.companies.map((c) => c.id)).toEqual(['ibm']);
    await page.close();
  });
});


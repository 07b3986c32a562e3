// Issue 2's "done when": in both browsers the built extension loads, its content script runs on a
// fixture page and its popup page opens by its internal URL.
import { describe, expect, it } from 'vitest';
import { BROWSER_KINDS, saveScreenshot, useExtensionBrowser } from './harness';

describe.each(BROWSER_KINDS)('smoke in %s', (kind) => {
  const env = useExtensionBrowser(kind);

  it('runs the content script on a fixture page', async () => {
    const page = await env.ext.newPage(env.server.url('/press-release.html'));
    // The content script answers `content/get-analysis` once it runs; before that, sendMessage rejects.
    let reply: unknown;
    for (let i = 0; i < 100 && reply === undefined; i++) {
      reply = await env.ext.askContent(page, { type: 'content/get-analysis' }).catch(() => undefined);
      if (reply === undefined) await new Promise((r) => setTimeout(r, 100));
    }
    expect(reply).toMatchObject({ ok: true });
    expect(env.server.requests.some((r) => r.path === '/press-release.html')).toBe(true);
    await page.close();
  });

  it('opens the popup page by its internal URL', async () => {
    const popup = await env.ext.openExtensionPage('popup.html');
    expect(await popup.evaluate(() => location.href)).toBe(`${env.ext.extensionBaseUrl}popup.html`);
    await popup.waitForSelector('#app > *', { timeout: 10_000 });
    expect(await popup.evaluate(() => document.title)).toMatch(/Pledgewatch/);
    await saveScreenshot(popup, `smoke-popup-${kind}`);
    await popup.close();
  });

  it('reads and writes extension storage from the test', async () => {
    await env.ext.extensionEval((api, value: string) => api.storage.local.set({ 'pw:e2e-probe': value }), 'hello');
    const got = await env.ext.extensionEval(async (api) => (await api.storage.local.get('pw:e2e-probe'))['pw:e2e-probe']);
    expect(got).toBe('hello');
    await env.ext.extensionEval((api) => api.storage.local.remove('pw:e2e-probe'));
  });
});

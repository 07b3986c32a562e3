// The options page in both browsers: each change is saved to storage.local 'pw:settings' in the
// shared settings schema, bad input gets a message next to the field and saves nothing, and reset
// restores the defaults while keeping the flags endpoint (kept by the background, not in storage.local).
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, Settings, SETTINGS_KEY } from '../../src/storage/settings';
import { BROWSER_KINDS, launchBrowser, type ExtensionBrowser } from './harness';

async function storedSettings(ext: ExtensionBrowser): Promise<unknown> {
  return ext.extensionEval(async (api, key: string) => (await api.storage.local.get(key))[key] ?? null, SETTINGS_KEY);
}

async function waitForStored(ext: ExtensionBrowser, test: (s: Settings) => boolean): Promise<Settings> {
  for (const end = Date.now() + 15_000; Date.now() < end; ) {
    const raw = await storedSettings(ext);
    if (raw !== null) {
      const parsed = Settings.safeParse(raw);
      if (parsed.success && test(parsed.data)) return parsed.data;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`settings never matched; last: ${JSON.stringify(await storedSettings(ext))}`);
}

async function fill(page: Page, selector: string, value: string): Promise<void> {
  await page.$eval(selector, (e) => ((e as HTMLInputElement).value = ''));
  await page.type(selector, value);
}

describe.each(BROWSER_KINDS)('options page in %s', (kind) => {
  let ext: ExtensionBrowser;
  let page: Page;

  beforeAll(async () => {
    ext = await launchBrowser(kind);
    await ext.extensionEval((api, key: string, value: unknown) => api.storage.local.set({ [key]: value }), SETTINGS_KEY, DEFAULT_SETTINGS as unknown);
    await ext.extensionEval((api) => api.runtime.sendMessage({ type: 'endpoint/set', endpoint: { url: 'https://flags.example.org/submit' } }));
    page = await ext.openExtensionPage('options.html');
    await page.waitForSelector('#pw-badge', { timeout: 10_000 });
  });
  afterAll(async () => {
    await ext?.close();
  });

  it('saves the badge and highlighting switches', async () => {
    await page.click('#pw-badge');
    await waitForStored(ext, (s) => !s.badgeEnabled && s.highlightingEnabled);
    await page.click('#pw-highlighting');
    await waitForStored(ext, (s) => !s.highlightingEnabled);
    expect(await page.$eval('[data-pw-save-status]', (e) => (e as HTMLElement).innerText)).toBe('Saved.');
  });

  it('adds site exceptions with wildcards and refuses what is not a host', async () => {
    await fill(page, '[data-pw-site-input]', ' *.Example.COM ');
    await page.keyboard.press('Enter');
    await waitForStored(ext, (s) => s.disabledSites.includes('*.example.com'));
    await fill(page, '[data-pw-site-input]', 'not a site');
    await page.keyboard.press('Enter');
    await page.waitForSelector('#pw-site-error[role="alert"]', { timeout: 10_000 });
    expect(await page.$eval('#pw-site-error', (e) => (e as HTMLElement).innerText)).toMatch(/not a site/);
    expect(((await storedSettings(ext)) as Settings).disabledSites).toEqual(['*.example.com']);
  });

  it('turns a vague-term category off', async () => {
    await page.click('#pw-cat-vague-timing');
    const saved = await waitForStored(ext, (s) => !s.enabledCategories.includes('vague-timing'));
    expect(saved.enabledCategories).toHaveLength(DEFAULT_SETTINGS.enabledCategories.length - 1);
  });

  it('validates a custom vague term, then saves it', async () => {
    await page.click('.pw-term-form button[type="submit"]');
    await page.waitForSelector('[data-pw-error="phrase"]', { timeout: 10_000 });
    const errors = await page.$$eval('[data-pw-error]', (els) => els.map((e) => e.getAttribute('data-pw-error')));
    expect(errors.sort()).toEqual(['alternative', 'example', 'explanation', 'phrase']);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('pw-term-phrase');
    expect(((await storedSettings(ext)) as Settings).customTerms).toEqual([]);

    await fill(page, '#pw-term-phrase', 'where feasible');
    await fill(page, '#pw-term-explanation', 'Leaves the company to decide when the promise applies.');
    await fill(page, '#pw-term-alternative', 'In every case, or a list of the cases.');
    await fill(page, '#pw-term-example', 'Audits will be published.');
    await page.click('.pw-term-form button[type="submit"]');
    await page.waitForSelector('[data-pw-error="example"]', { timeout: 10_000 });
    await fill(page, '#pw-term-example', 'Audits will be published where feasible.');
    await page.click('.pw-term-form button[type="submit"]');
    const saved = await waitForStored(ext, (s) => s.customTerms.length === 1);
    expect(saved.customTerms[0]).toMatchObject({ id: 'custom-where-feasible', phrase: 'where feasible', category: 'hedge' });
    expect(await page.$eval('[data-pw-custom-terms]', (e) => (e as HTMLElement).innerText)).toContain('where feasible');
  });

  it('resets to the defaults after a confirmation, keeping the flags endpoint', async () => {
    await page.click('[data-pw-reset]');
    await page.click('[data-pw-confirm-reset]');
    const saved = await waitForStored(ext, (s) => s.customTerms.length === 0 && s.badgeEnabled);
    expect(saved).toEqual(DEFAULT_SETTINGS);
    const endpoint = await ext.extensionEval((api) => api.runtime.sendMessage({ type: 'endpoint/get' }));
    expect(endpoint).toEqual({ ok: true, value: { url: 'https://flags.example.org/submit', hasToken: false, problem: null } });
    expect(await page.$eval('#pw-badge', (e) => (e as HTMLInputElement).checked)).toBe(true);
  });
});

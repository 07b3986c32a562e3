/**
 * Finding and launching a local Chromium or Chrome with the built extension, for the demo (and the
 * browser tests). Never downloads a browser: it uses what the machine has, or CHROME_PATH.
 */
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';

const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/opt/google/chrome/chrome',
  '/snap/bin/chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
];

export const HOW_TO_GET_CHROMIUM = [
  'No Chromium or Chrome found. Either:',
  '  - install it (Debian/Ubuntu: sudo apt-get install -y chromium), or',
  '  - point CHROME_PATH at a Chrome or Chromium executable: CHROME_PATH=/path/to/chrome npm run demo',
].join('\n');

export function findChromium(env: NodeJS.ProcessEnv = process.env): string | null {
  if (env.CHROME_PATH) return existsSync(env.CHROME_PATH) ? env.CHROME_PATH : null;
  return CANDIDATES.find((path) => existsSync(path)) ?? null;
}

/**
 * Flags that keep Chromium quiet on a machine with no network beyond localhost: without them it
 * retries Google's services at every start. `--no-sandbox` because CI runs as root.
 */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
  '--disable-quic',
];

export async function launchChromiumWithExtension(options: {
  executablePath: string;
  extensionDir: string;
  headless: boolean;
  userDataDir?: string;
}): Promise<Browser> {
  return puppeteer.launch({
    executablePath: options.executablePath,
    headless: options.headless,
    enableExtensions: [options.extensionDir],
    pipe: true,
    defaultViewport: options.headless ? { width: 1200, height: 900 } : null,
    userDataDir: options.userDataDir ?? mkdtempSync(join(tmpdir(), 'pledgewatch-chromium-')),
    args: CHROMIUM_ARGS,
  });
}

/** The extension's id, read from its service worker's URL. */
export async function extensionIdOf(browser: Browser, timeoutMs = 15_000): Promise<string> {
  const target = await browser.waitForTarget(
    (t) => t.type() === 'service_worker' && t.url().startsWith('chrome-extension://'),
    { timeout: timeoutMs },
  );
  return new URL(target.url()).host;
}

/** The browser's id for the tab showing `page`, asked from an extension page (which may use `chrome.tabs`). */
export async function tabIdOf(extensionPage: Page, pageUrl: string): Promise<number> {
  const id = await extensionPage.evaluate(async (url) => {
    const api = (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> } } }).chrome;
    const tabs = await api.tabs.query({});
    return tabs.find((t) => t.url === url)?.id ?? -1;
  }, pageUrl);
  if (id < 0) throw new Error(`no tab shows ${pageUrl}`);
  return id;
}

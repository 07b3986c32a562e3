/**
 * Real-browser harness: starts Debian's Chromium or Firefox ESR with the built extension loaded in a
 * fresh profile, and gives tests what they need to reach the extension (its pages, its storage, tab ids).
 * One browser per test file (beforeAll/afterAll), never one per test: starting Firefox costs ~2 s.
 *
 * Firefox specifics, each worked around here rather than in tests:
 * - the extension's `moz-extension://` UUID is random per profile, so it is pinned through the
 *   `extensions.webextensions.uuids` preference;
 * - WebDriver BiDi refuses to navigate to extension pages unless the remote agent may access
 *   privileged URLs (`--remote-allow-system-access`);
 * - Firefox never reports load completion for extension pages over BiDi (puppeteer issue 14314),
 *   so they are opened with `wait: none` and awaited from inside the page.
 */
import { mkdirSync, mkdtempSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type CreatePageOptions, type JSHandle, type Page } from 'puppeteer-core';
import { afterAll, beforeAll } from 'vitest';
import type { WxtBrowser } from 'wxt/browser';
import type { TabState } from '../../src/messaging/protocol';
import { startFixtureServer, type FixtureServer } from './harness-server';
import { BROWSER_PATHS, EXTENSION_DIRS, TEST_OUTPUT } from './harness-paths';

export { startFixtureServer, type FixtureServer, type RecordedRequest, type RouteHandler } from './harness-server';

export type BrowserKind = 'chromium' | 'firefox';
export type ExtensionApi = WxtBrowser;
export const BROWSER_KINDS: readonly BrowserKind[] = ['chromium', 'firefox'];

export const FIREFOX_EXTENSION_ID = 'pledgewatch@pledgewatch.org';
export const FIREFOX_EXTENSION_UUID = '6f1e2d3c-4b5a-4978-8e6d-5c4b3a291807';

/** An extension page kept open per browser to run extension-side code (storage, tabs) from tests. */
const HELPER_PAGE = '/dataset.html';

export interface ExtensionBrowser {
  kind: BrowserKind;
  browser: Browser;
  /** `chrome-extension://ID/` or `moz-extension://UUID/` */
  extensionBaseUrl: string;
  /** A new tab at `url`, loaded (the content script then runs at document idle). */
  newPage(url: string): Promise<Page>;
  /**
   * A new tab showing an extension page, e.g. `popup.html?tabId=3`. A foreground tab hides the tab
   * before it, and hidden tabs get no animation frames (the content script batches by frame): pass
   * `{ type: 'window' }` to keep the page under test visible, or `{ background: true }`.
   */
  openExtensionPage(path: string, options?: CreatePageOptions): Promise<Page>;
  /**
   * Runs `fn(api, ...args)` in an extension page, `api` being the WebExtension API (storage, tabs,
   * runtime). `fn` travels as source text: it must not close over test variables; pass them as args.
   */
  extensionEval<A extends unknown[], R>(fn: (api: ExtensionApi, ...args: A) => R | Promise<R>, ...args: A): Promise<R>;
  /** The WebExtension tab id of a page opened with `newPage` (matched by its URL, which must be unique). */
  tabIdFor(page: Page): Promise<number>;
  /**
   * Sends a `toContent` message to the page's content script (tabs.sendMessage from an extension page)
   * and returns the raw reply (`{ ok, value }` or `{ ok: false, error }`); rejects when no script listens.
   */
  askContent(page: Page, message: { type: string } & Record<string, unknown>): Promise<unknown>;
  close(): Promise<void>;
}

function requireExecutable(kind: BrowserKind): string {
  const path = BROWSER_PATHS[kind];
  if (!existsSync(path)) {
    const pkg = kind === 'chromium' ? 'chromium' : 'firefox-esr';
    throw new Error(`${kind} not found at ${path}: install Debian's package (apt-get install -y ${pkg}) or set PW_${kind.toUpperCase()}_PATH`);
  }
  return path;
}

function requireBuild(kind: BrowserKind): string {
  const dir = EXTENSION_DIRS[kind];
  if (!existsSync(join(dir, 'manifest.json'))) throw new Error(`no extension build in ${dir}; the e2e global setup builds it`);
  return dir;
}

async function launchChromium(profile: string): Promise<{ browser: Browser; base: string }> {
  const browser = await puppeteer.launch({
    executablePath: requireExecutable('chromium'),
    enableExtensions: [requireBuild('chromium')],
    headless: true,
    pipe: true,
    userDataDir: profile,
    args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-gpu'],
  });
  const worker = await browser.waitForTarget((t) => t.type() === 'service_worker' && t.url().startsWith('chrome-extension://'), {
    timeout: 15_000,
  });
  return { browser, base: new URL('/', worker.url()).href };
}

async function launchFirefox(profile: string): Promise<{ browser: Browser; base: string }> {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: requireExecutable('firefox'),
    headless: true,
    userDataDir: profile,
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [FIREFOX_EXTENSION_ID]: FIREFOX_EXTENSION_UUID }),
      'browser.shell.checkDefaultBrowser': false,
      'datareporting.policy.dataSubmissionEnabled': false,
    },
  });
  await browser.installExtension(requireBuild('firefox'));
  return { browser, base: `moz-extension://${FIREFOX_EXTENSION_UUID}/` };
}

async function gotoExtensionPage(kind: BrowserKind, page: Page, url: string): Promise<void> {
  if (kind === 'chromium') {
    await page.goto(url, { waitUntil: 'load' });
    return;
  }
  // puppeteer's BiDi internals: the only way to send `browsingContext.navigate` with `wait: none`.
  const context = (page.mainFrame() as unknown as { browsingContext: { navigate(url: string, wait: string): Promise<void> } })
    .browsingContext;
  await context.navigate(url, 'none');
  await page.waitForFunction((expected: string) => location.href === expected && document.readyState === 'complete', { timeout: 15_000 }, url);
}

export async function launchBrowser(kind: BrowserKind): Promise<ExtensionBrowser> {
  const profile = mkdtempSync(join(tmpdir(), `pw-${kind}-`));
  const { browser, base } = kind === 'chromium' ? await launchChromium(profile) : await launchFirefox(profile);
  let helper: Promise<Page> | undefined;

  const openExtensionPage = async (path: string, options?: CreatePageOptions): Promise<Page> => {
    const page = await browser.newPage(options);
    await gotoExtensionPage(kind, page, new URL(path.replace(/^\//, ''), base).href);
    return page;
  };

  let api: Promise<JSHandle<ExtensionApi>> | undefined;
  const extensionEval: ExtensionBrowser['extensionEval'] = async (fn, ...args) => {
    // In the background, so the page under test stays the visible tab and keeps getting frames.
    helper ??= openExtensionPage(HELPER_PAGE, { background: true });
    const page = await helper;
    // Chromium exposes `chrome`, Firefox `browser`; both return promises for storage and tabs here.
    api ??= page.evaluateHandle(() => {
      const g = globalThis as unknown as { browser?: ExtensionApi; chrome?: ExtensionApi };
      return (g.browser ?? g.chrome)!;
    });
    return page.evaluate(fn as never, await api, ...(args as unknown as never[])) as never;
  };

  const tabIdFor = async (page: Page): Promise<number> => {
    const url = page.url();
    const ids = await extensionEval(
      async (ext, wanted: string) => (await ext.tabs.query({})).filter((t) => t.url === wanted).map((t) => t.id),
      url,
    );
    if (ids.length !== 1 || typeof ids[0] !== 'number') throw new Error(`expected one tab at ${url}, found ${ids.length}`);
    return ids[0];
  };

  return {
    kind,
    browser,
    extensionBaseUrl: base,
    async newPage(url) {
      const page = await browser.newPage();
      await page.goto(url, { waitUntil: 'load' });
      return page;
    },
    openExtensionPage,
    extensionEval,
    tabIdFor,
    async askContent(page, message) {
      const tabId = await tabIdFor(page);
      return extensionEval((ext, id: number, m: object) => ext.tabs.sendMessage(id, m), tabId, message);
    },
    async close() {
      await browser.close().catch(() => undefined);
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Saves a screenshot under test-output/ (git-ignored) and returns its path. */
export async function saveScreenshot(page: Page, name: string): Promise<string> {
  mkdirSync(TEST_OUTPUT, { recursive: true });
  const path = resolve(TEST_OUTPUT, `${name.replace(/[^a-z0-9-]+/gi, '-')}.png`);
  await page.screenshot({ path: path as `${string}.png` });
  return path;
}

/** Resolves when `predicate` holds in the page (content scripts work after load, at document idle). */
export async function waitInPage(page: Page, predicate: string | (() => unknown), timeout = 10_000): Promise<void> {
  await page.waitForFunction(predicate as () => unknown, { timeout, polling: 50 });
}

/**
 * A fixture server and a browser with the extension for one describe block: started before its first
 * test, closed after its last. Tests read `env.server` and `env.ext` once the hooks have run.
 */
export function useExtensionBrowser(kind: BrowserKind): { readonly server: FixtureServer; readonly ext: ExtensionBrowser } {
  const env = {} as { server: FixtureServer; ext: ExtensionBrowser };
  beforeAll(async () => {
    env.server = await startFixtureServer();
    env.ext = await launchBrowser(kind);
  });
  afterAll(async () => {
    await env.ext?.close();
    await env.server?.close();
  });
  return env;
}

/** The background's state for a tab, once the content script has reported its analysis to it. */
export async function waitForTabState(ext: ExtensionBrowser, tabId: number, timeout = 30_000): Promise<TabState> {
  // Generous: the content script analyses at document idle, which takes longer on a loaded machine.
  for (const end = Date.now() + timeout; Date.now() < end; ) {
    const reply = (await ext.extensionEval((api, id: number) => api.runtime.sendMessage({ type: 'tab/get', tabId: id }), tabId)) as {
      ok: boolean;
      value: TabState | null;
    };
    if (reply.ok && reply.value?.analysis) return reply.value;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`no analysis for tab ${tabId} after ${timeout / 1000} s`);
}

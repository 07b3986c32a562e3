// Issue 13 in both browsers: what code in the content script's world can reach (rows 1–3), what a hostile
// or misconfigured endpoint can make the outbox believe (rows 4–7), and pages that used to break flagging
// or the content script (rows 12, 17, 18).
//
// The content-script world is reached with `scripting.executeScript` from an extension page: the code runs
// in the same isolated world (Chromium) or sandbox (Firefox) as the extension's content scripts, with their
// privileges, so it can do what a compromised page renderer running there could.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ServerResponse } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { flagKey, SHORTENED_MARK } from '../../src/flags/model/flag-schema';
import { SubmissionRequest } from '../../src/flags/model/submission-contract';
import { FIXTURE_SITE } from './harness-paths';
import { startFixtureServer, type FixtureServer } from './harness-server';
import { BROWSER_KINDS, useExtensionBrowser, waitForTabState, type ExtensionBrowser } from './harness';

const TOKEN = 'e2e-secret-token-13';
const PRESS_RELEASE = readFileSync(join(FIXTURE_SITE, 'popup/ibm-press-release.html'), 'utf8');

type Api = { scripting: { executeScript(o: unknown): Promise<{ result: unknown }[]> }; runtime: { sendMessage(m: unknown): Promise<unknown> } };
type StoredFlag = { id: string; title: string; url: string; submission: { state: string; reason?: string } };

/** What the content-script world of `tabId` sees: storage, and the background's answers to its messages. */
async function probeContentWorld(ext: ExtensionBrowser, tabId: number, otherTabId: number, evilUrl: string) {
  return ext.extensionEval(
    async (api, id: number, other: number, evil: string) => {
      const [frame] = await (api as unknown as Api).scripting.executeScript({
        target: { tabId: id },
        args: [id, other, evil],
        func: async (own: number, otherTab: number, evilEndpoint: string) => {
          type Area = { get(k: string | null): Promise<Record<string, unknown>>; set(i: Record<string, unknown>): Promise<void> };
          type Ext = { storage: { local: Area; session?: Area }; runtime: { sendMessage(m: unknown): Promise<unknown> } };
          const g = globalThis as unknown as { browser?: Ext; chrome: Ext };
          const ext = g.browser ?? g.chrome;
          const attempt = async (f: () => Promise<unknown>) => {
            try {
              return { value: JSON.stringify((await f()) ?? null) };
            } catch (e) {
              return { error: String(e) };
            }
          };
          const local = await attempt(() => ext.storage.local.get(null));
          const session = await attempt(() => (ext.storage.session ? ext.storage.session.get(null) : Promise.reject(new Error('no storage.session'))));
          // Row 2: rewrite the endpoint where older versions kept it, and ask the background to change it.
          const settings = (await ext.storage.local.get('pw:settings'))['pw:settings'] ?? {};
          await ext.storage.local.set({ 'pw:settings': { ...settings, endpoint: { url: evilEndpoint, token: 'stolen?' } } });
          const setEndpoint = await ext.runtime.sendMessage({ type: 'endpoint/set', endpoint: { url: evilEndpoint } });
          const getEndpoint = await ext.runtime.sendMessage({ type: 'endpoint/get' });
          const kick = await ext.runtime.sendMessage({ type: 'outbox/kick' });
          // Row 3: another tab's state, and its own.
          const otherState = await ext.runtime.sendMessage({ type: 'tab/get', tabId: otherTab });
          const ownState = await ext.runtime.sendMessage({ type: 'tab/get', tabId: own });
          return { local, session, setEndpoint, getEndpoint, kick, otherState, ownState };
        },
      });
      return frame!.result;
    },
    tabId,
    otherTabId,
    evilUrl,
  ) as Promise<{
    local: { value?: string; error?: string };
    session: { value?: string; error?: string };
    setEndpoint: { ok: boolean; error?: string };
    getEndpoint: { ok: boolean; error?: string };
    kick: { ok: boolean; error?: string };
    otherState: { ok: boolean; error?: string; value?: unknown };
    ownState: { ok: boolean; value?: { url?: string } | null };
  }>;
}

async function setEndpoint(ext: ExtensionBrowser, endpoint: { url: string; token?: string } | null): Promise<{ ok: boolean; error?: string }> {
  return ext.extensionEval((api, e: { url: string; token?: string } | null) => api.runtime.sendMessage({ type: 'endpoint/set', endpoint: e }), endpoint) as never;
}

let flagCount = 0;

/** Puts a flag due now straight into the flags database (as saving one does) and kicks the outbox. */
async function queueFlag(ext: ExtensionBrowser, base: string): Promise<string> {
  const n = ++flagCount;
  const id = `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
  const url = `${base}/flagged-page-${n}`;
  const quote = `Passage number ${n}`;
  const time = new Date().toISOString();
  const record = {
    id, url, title: 'A page', companyId: null, companyName: '', quote, category: 'other', relatedIds: [], note: '',
    createdAt: time, updatedAt: time, textHash: null, key: flagKey({ url, quote }),
    submission: { state: 'queued', attempts: 0, dueAt: 0 },
  };
  await ext.extensionEval(async (_api, r: Record<string, unknown>) => {
    const db = await new Promise<IDBDatabase>((ok, fail) => {
      const open = indexedDB.open('pledgewatch-flags');
      open.onsuccess = () => ok(open.result);
      open.onerror = () => fail(open.error);
    });
    await new Promise((ok, fail) => {
      const tx = db.transaction('flags', 'readwrite');
      tx.objectStore('flags').put(r);
      tx.oncomplete = ok;
      tx.onerror = () => fail(tx.error);
    });
    db.close();
  }, record);
  await ext.extensionEval((api) => api.runtime.sendMessage({ type: 'outbox/kick' }));
  return id;
}

async function readFlag(ext: ExtensionBrowser, id: string): Promise<StoredFlag | null> {
  return ext.extensionEval(async (_api, flagId: string) => {
    const db = await new Promise<IDBDatabase>((ok, fail) => {
      const open = indexedDB.open('pledgewatch-flags');
      open.onsuccess = () => ok(open.result);
      open.onerror = () => fail(open.error);
    });
    const value = await new Promise((ok, fail) => {
      const get = db.transaction('flags').objectStore('flags').get(flagId);
      get.onsuccess = () => ok(get.result ?? null);
      get.onerror = () => fail(get.error);
    });
    db.close();
    return value;
  }, id) as Promise<StoredFlag | null>;
}

async function settled(ext: ExtensionBrowser, id: string): Promise<StoredFlag> {
  for (const end = Date.now() + 20_000; Date.now() < end; ) {
    const flag = await readFlag(ext, id);
    if (flag && flag.submission.state !== 'queued') return flag;
    await new Promise((r) => setTimeout(r, 150));
  }
  throw new Error(`flag ${id} was never sent or failed: ${JSON.stringify(await readFlag(ext, id))}`);
}

const json = (response: ServerResponse, status: number, body: unknown) =>
  void response.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));

describe.each(BROWSER_KINDS)('security and delivery (issue 13) in %s', (kind) => {
  const env = useExtensionBrowser(kind);
  let other: FixtureServer;
  const received: { path: string; flagId: string; authorization?: string | undefined }[] = [];

  beforeAll(async () => {
    other = await startFixtureServer();
    other.route('/steal', (_request, response) => json(response, 200, { stolen: true }));
    const record = (request: { path: string; body: string; headers: Record<string, unknown> }) => {
      const flagId = SubmissionRequest.parse(JSON.parse(request.body)).flag.id;
      received.push({ path: request.path, flagId, authorization: request.headers.authorization as string | undefined });
      return flagId;
    };
    env.server.route('/legit', (request, response) => json(response, 201, { flagId: record(request), reviewStatus: 'received' }));
    env.server.route('/evil', (request, response) => json(response, 201, { flagId: record(request) }));
    env.server.route('/r302', (_request, response) => void response.writeHead(302, { location: env.server.url('/landing') }).end());
    env.server.route('/landing', (_request, response) => void response.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><p>Welcome</p>'));
    env.server.route('/r307', (_request, response) => void response.writeHead(307, { location: other.url('/steal') }).end());
    env.server.route('/portal', (_request, response) => void response.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><title>Sign in to the Wi-Fi</title>'));
    env.server.route('/slow', async (request, response) => {
      await new Promise((r) => setTimeout(r, 1_500));
      json(response, 200, { flagId: record(request) });
    });
    // The options page opens (and creates) the flags database the helpers write into.
    const options = await env.ext.openExtensionPage('options.html');
    await options.waitForSelector('[data-pw-flags-manager]', { timeout: 15_000 });
    await options.close();
  });
  afterAll(async () => {
    await other?.close();
  });

  it('rows 1–3: the content-script world cannot read the token or endpoint, change them, or read another tab', async () => {
    expect(await setEndpoint(env.ext, { url: env.server.url('/legit'), token: TOKEN })).toMatchObject({ ok: true });
    const pageA = await env.ext.newPage(env.server.url('/popup/ibm-press-release.html'));
    const pageB = await env.ext.newPage(env.server.url('/popup/ibm-press-release.html?private=inbox'));
    const [tabA, tabB] = [await env.ext.tabIdFor(pageA), await env.ext.tabIdFor(pageB)];
    await waitForTabState(env.ext, tabB);

    const seen = await probeContentWorld(env.ext, tabA, tabB, env.server.url('/evil'));
    // Row 1: storage.local (readable there in both browsers) holds neither the token nor the endpoint.
    expect(seen.local.value).toBeDefined();
    expect(seen.local.value).not.toContain(TOKEN);
    expect(seen.local.value).not.toContain('/legit');
    expect(seen.session.value ?? '').not.toContain('private=inbox');
    expect(seen.getEndpoint).toMatchObject({ ok: false, error: expect.stringMatching(/extension's own pages/) });
    // Row 2: changing it is refused, and what it wrote into storage.local is never used.
    expect(seen.setEndpoint).toMatchObject({ ok: false, error: expect.stringMatching(/extension's own pages/) });
    expect(seen.kick).toMatchObject({ ok: false });
    // Row 3: another tab's URL and title are refused; its own tab is answered.
    expect(seen.otherState).toMatchObject({ ok: false, error: expect.stringMatching(/own tab/) });
    expect(JSON.stringify(seen.otherState)).not.toContain('private=inbox');
    expect(seen.ownState.ok).toBe(true);

    const id = await queueFlag(env.ext, env.server.origin);
    expect((await settled(env.ext, id)).submission.state).toBe('sent');
    expect(received.filter((r) => r.flagId === id)).toEqual([{ path: '/legit', flagId: id, authorization: `Bearer ${TOKEN}` }]);
    expect(received.some((r) => r.path === '/evil')).toBe(false);
    await pageA.close();
    await pageB.close();
  });

  it.each([
    ['row 4: 302 to a 200 page', '/r302', /redirect/],
    ['row 5: 200 with an HTML page', '/portal', /not JSON.*Sign in to the Wi-Fi/],
    ['row 6: 307 to another origin', '/r307', /redirect/],
  ])('%s: the flag is not marked sent, and says why', async (_name, path, reason) => {
    expect(await setEndpoint(env.ext, { url: env.server.url(path), token: TOKEN })).toMatchObject({ ok: true });
    const id = await queueFlag(env.ext, env.server.origin);
    const flag = await settled(env.ext, id);
    expect(flag.submission).toMatchObject({ state: 'failed', reason: expect.stringMatching(reason) });
    // Redirects were not followed: neither the landing page nor the other origin got anything.
    expect(env.server.requests.some((r) => r.path === '/landing')).toBe(false);
    expect(other.requests).toEqual([]);
  });

  it('a slow endpoint that answers by the contract gets the flag marked sent', async () => {
    expect(await setEndpoint(env.ext, { url: env.server.url('/slow') })).toMatchObject({ ok: true });
    const id = await queueFlag(env.ext, env.server.origin);
    expect((await settled(env.ext, id)).submission.state).toBe('sent');
  });

  it('row 7: a token over plain http to another machine is refused by the background and by the options form', async () => {
    expect(await setEndpoint(env.ext, { url: 'http://flags.example.org/in', token: TOKEN })).toMatchObject({ ok: false, error: expect.stringMatching(/only sent over https/) });
    const options = await env.ext.openExtensionPage('options.html');
    await options.waitForSelector('#pw-endpoint-url', { timeout: 15_000 });
    await options.$eval('#pw-endpoint-url', (e) => ((e as HTMLInputElement).value = ''));
    await options.type('#pw-endpoint-url', 'http://flags.example.org/in');
    await options.type('#pw-endpoint-token', TOKEN);
    await options.click('[data-pw-endpoint-save]');
    await options.waitForFunction(() => /only sent over https/.test(document.querySelector('[data-pw-endpoint-status]')?.textContent ?? ''), { timeout: 10_000 });
    const stored = await env.ext.extensionEval((api) => api.runtime.sendMessage({ type: 'endpoint/get' }));
    expect(JSON.stringify(stored)).not.toContain('flags.example.org');
    await options.close();
  });

  it('row 12: a page with a 2,001-character title and an 8,100-character URL can be flagged; both are shortened visibly', async () => {
    env.server.route('/long-title', (_request, response) =>
      void response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(PRESS_RELEASE.replace(/<title>[^<]*<\/title>/, `<title>${'T'.repeat(2_001)}</title>`)),
    );
    const page = await env.ext.newPage(env.server.url(`/long-title?q=${'x'.repeat(8_100)}`));
    const tabId = await env.ext.tabIdFor(page);
    await waitForTabState(env.ext, tabId);
    const popup = await env.ext.openExtensionPage(`popup.html?tabId=${tabId}`);
    await popup.waitForSelector('[data-pw-flag-panel] form', { timeout: 15_000 });
    await popup.select('#pw-flag-category', 'other');
    // The 8,100-character address shown above the form pushes the button out of the popup's view.
    await popup.$eval('[data-pw-flag-save]', (button) => (button as HTMLButtonElement).click());
    await popup.waitForFunction(() => /Flag saved/.test(document.querySelector('[data-pw-flag-status]')?.textContent ?? ''), { timeout: 10_000 });
    const flags = (await env.ext.extensionEval(async () => {
      const db = await new Promise<IDBDatabase>((ok) => {
        const open = indexedDB.open('pledgewatch-flags');
        open.onsuccess = () => ok(open.result);
      });
      const all = await new Promise<unknown[]>((ok) => {
        const get = db.transaction('flags').objectStore('flags').getAll();
        get.onsuccess = () => ok(get.result);
      });
      db.close();
      return all;
    })) as StoredFlag[];
    const flag = flags.find((f) => f.url.includes('/long-title'))!;
    expect(flag.title.length).toBe(2_000);
    expect(flag.title.endsWith(SHORTENED_MARK)).toBe(true);
    expect(flag.url.length).toBeLessThanOrEqual(8_000);
    expect(flag.url.endsWith(SHORTENED_MARK)).toBe(true);
    await popup.close();
    await page.close();
  });

  it('row 17: a page that removes its documentElement still answers the extension', async () => {
    env.server.route('/no-root', (_request, response) =>
      void response
        .writeHead(200, { 'content-type': 'text/html' })
        .end('<!doctype html><title>Gone</title><p>Quarterly results.</p><script>addEventListener("load", () => setTimeout(() => document.documentElement.remove(), 200))</script>'),
    );
    const page = await env.ext.newPage(env.server.url('/no-root'));
    await page.waitForFunction(() => document.documentElement === null, { timeout: 10_000 });
    await new Promise((r) => setTimeout(r, 500));
    const reply = await env.ext.askContent(page, { type: 'content/snapshot' });
    expect(reply).toMatchObject({ ok: true, value: { title: '' } });
    await page.close();
  });

  it('row 18: an XML feed about facial recognition gets no highlights (no card could explain them)', async () => {
    const body = PRESS_RELEASE.replace(/<[^>]+>/g, ' ').replace(/&[a-z#0-9]+;/gi, ' ');
    env.server.route('/feed.xml', (_request, response) =>
      void response.writeHead(200, { 'content-type': 'application/xml' }).end(`<?xml version="1.0"?><rss><channel><item><description>${body}</description></item></channel></rss>`),
    );
    const page = await env.ext.newPage(env.server.url('/feed.xml'));
    const tabId = await env.ext.tabIdFor(page);
    const state = await waitForTabState(env.ext, tabId);
    expect(state.analysis?.relevant).toBe(true);
    await new Promise((r) => setTimeout(r, 1_000));
    const painted = await page.evaluate(() => ({
      highlights: typeof CSS !== 'undefined' && 'highlights' in CSS ? [...CSS.highlights.keys()].filter((k) => k.startsWith('pw-')).length : 0,
      marks: document.getElementsByTagName('pledgewatch-mark').length,
      ui: document.getElementsByTagName('pledgewatch-ui').length,
    }));
    expect(painted).toEqual({ highlights: 0, marks: 0, ui: 0 });
    await page.close();
  });
});

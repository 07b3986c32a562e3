// Issue 6's "done when", in both browsers: flag a fixture page from the popup, see it listed in the
// options page, export it, clear the database, import the export and get the same flags back; then
// submit to a local endpoint that fails twice before accepting, and see the flag end as sent with
// nothing lost.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ServerResponse } from 'node:http';
import type { ElementHandle, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FlagsExport } from '../../src/flags/model/flags-export';
import { SubmissionRequest } from '../../src/flags/model/submission-contract';
import { BROWSER_KINDS, saveScreenshot, useExtensionBrowser, waitForTabState } from './harness';
import { exportJson } from './harness-flags';

const FIXTURE = '/popup/ibm-press-release.html';
const PASSAGE = 'IBM has sunset its general purpose facial recognition and analysis software products.';

/** Selects the blockquote's text in the page, as a reader would before opening the popup. */
async function selectPassage(page: Page): Promise<void> {
  await page.evaluate(() => {
    const range = document.createRange();
    range.selectNodeContents(document.getElementById('q-sunset')!);
    getSelection()!.removeAllRanges();
    getSelection()!.addRange(range);
  });
}

/** Flag ids and states as the options list shows them. */
async function listed(options: Page): Promise<{ id: string; state: string; quote: string; note: string }[]> {
  return options.$$eval('[data-pw-flag-id]', (items) =>
    items.map((e) => ({
      id: e.getAttribute('data-pw-flag-id')!,
      state: e.getAttribute('data-pw-flag-state')!,
      quote: (e.querySelector('[data-pw-flag-quote]') as HTMLElement | null)?.innerText ?? '',
      note: (e.querySelector('[data-pw-flag-note]') as HTMLElement | null)?.innerText ?? '',
    })),
  );
}

async function waitForList(options: Page, test: string): Promise<void> {
  await options.waitForFunction(test, { timeout: 15_000, polling: 100 });
}

describe.each(BROWSER_KINDS)('flags in %s', (kind) => {
  const env = useExtensionBrowser(kind);
  let work: string;

  beforeAll(() => {
    work = mkdtempSync(join(tmpdir(), 'pw-flags-e2e-'));
  });
  afterAll(() => {
    if (work) rmSync(work, { recursive: true, force: true });
  });

  let flagId = '';
  let options: Page;

  it('flags the page from the popup; flagging the same passage again updates the flag', async () => {
    const page = await env.ext.newPage(env.server.url(FIXTURE));
    const tabId = await env.ext.tabIdFor(page);
    await waitForTabState(env.ext, tabId);
    await selectPassage(page);

    const popup = await env.ext.openExtensionPage(`popup.html?tabId=${tabId}`);
    await popup.waitForSelector('[data-pw-flag-panel] form', { timeout: 15_000 });
    // The passage comes from the page's selection, verbatim.
    await popup.waitForFunction((p: string) => (document.getElementById('pw-flag-quote') as HTMLTextAreaElement).value === p, { timeout: 5_000 }, PASSAGE);
    expect(await popup.$eval('#pw-flag-company', (e) => (e as HTMLInputElement).value)).toBe('IBM');
    await popup.select('#pw-flag-category', 'vague-claim');
    await popup.type('#pw-flag-note', 'First note.');
    await popup.click('[data-pw-flag-save]');
    await popup.waitForFunction(() => /Flag saved/.test(document.querySelector('[data-pw-flag-status]')?.textContent ?? ''), { timeout: 10_000 });

    await popup.type('#pw-flag-note', ' Second thoughts.');
    await popup.click('[data-pw-flag-save]');
    await popup.waitForFunction(() => /Flag updated/.test(document.querySelector('[data-pw-flag-status]')?.textContent ?? ''), { timeout: 10_000 });
    await saveScreenshot(popup, `flags-popup-${kind}`);
    await popup.close();
    await page.close();
  });

  it('lists it in the options page, and export → clear → import gives the same flags back', async () => {
    options = await env.ext.openExtensionPage('options.html');
    await waitForList(options, 'document.querySelectorAll("[data-pw-flag-id]").length === 1');
    const [item] = await listed(options);
    expect(item).toMatchObject({ state: 'local', quote: PASSAGE, note: 'First note. Second thoughts.' });
    flagId = item!.id;

    const exported = FlagsExport.parse(JSON.parse(await exportJson(options)));
    expect(exported.flags.map((f) => [f.id, f.quote, f.category, f.companyId])).toEqual([[flagId, PASSAGE, 'vague-claim', 'ibm']]);

    await options.click('[data-pw-flags-clear]');
    await options.click('[data-pw-flags-clear-confirm]');
    await waitForList(options, 'document.querySelectorAll("[data-pw-flag-id]").length === 0');

    const file = join(work, 'export.json');
    writeFileSync(file, JSON.stringify(exported));
    const input = (await options.$('input[type=file][data-pw-import]')) as ElementHandle<HTMLInputElement> | null;
    await input!.uploadFile(file);
    await options.waitForFunction(() => /1 added/.test(document.querySelector('[data-pw-transfer-status]')?.textContent ?? ''), { timeout: 10_000 });
    await waitForList(options, 'document.querySelectorAll("[data-pw-flag-id]").length === 1');

    const again = FlagsExport.parse(JSON.parse(await exportJson(options)));
    expect(again.flags).toEqual(exported.flags);
  });

  it('submits to an endpoint that fails twice then accepts: the flag ends as sent, nothing lost', async () => {
    const received: unknown[] = [];
    const cors = { 'access-control-allow-origin': '*', 'access-control-allow-headers': 'content-type, authorization, idempotency-key', 'access-control-allow-methods': 'POST' };
    env.server.route('/flags-endpoint', (request, response: ServerResponse) => {
      if (request.method === 'OPTIONS') return void response.writeHead(204, cors).end();
      const body = SubmissionRequest.parse(JSON.parse(request.body));
      received.push(body);
      if (received.length <= 2) return void response.writeHead(503, { ...cors, 'content-type': 'text/plain' }).end('try later');
      // Contract version 2: a reply counts as delivered only when it echoes the flag id.
      response.writeHead(201, { ...cors, 'content-type': 'application/json' }).end(JSON.stringify({ flagId: body.flag.id, id: 'srv-1', reviewStatus: 'received' }));
    });

    await options.type('#pw-endpoint-url', env.server.url('/flags-endpoint'));
    await options.type('#pw-endpoint-token', 'e2e-token');
    await options.click('[data-pw-endpoint-save]');
    await options.waitForFunction(() => /Endpoint saved/.test(document.querySelector('[data-pw-endpoint-status]')?.textContent ?? ''), { timeout: 10_000 });

    // First try, then two "Retry now" after each failure (the alarm would retry after 30 s, then 60 s).
    await options.waitForSelector('[data-pw-flag-send]', { timeout: 10_000 });
    await options.click('[data-pw-flag-send]');
    for (const attempt of [1, 2]) {
      await waitForList(options, `document.querySelector("[data-pw-flag-state]")?.getAttribute("data-pw-flag-state") === "failed" && /${attempt} tr/.test(document.querySelector("[data-pw-flag-submission]").textContent)`);
      expect(await options.$eval('[data-pw-flag-submission]', (e) => e.textContent)).toMatch(/HTTP 503/);
      if (attempt === 2) break;
      await options.click('[data-pw-flag-send]');
    }
    await options.click('[data-pw-flag-send]');
    await waitForList(options, 'document.querySelector("[data-pw-flag-state]")?.getAttribute("data-pw-flag-state") === "sent"');
    expect(await options.$eval('[data-pw-flag-submission]', (e) => e.textContent)).toMatch(/sent · review: received/);
    await saveScreenshot(options, `flags-options-${kind}`);

    expect(received).toHaveLength(3);
    for (const body of received) expect(SubmissionRequest.parse(body).flag).toMatchObject({ id: flagId, quote: PASSAGE });
    const posts = env.server.requests.filter((r) => r.path === '/flags-endpoint' && r.method === 'POST');
    expect(posts.every((r) => r.headers.authorization === 'Bearer e2e-token')).toBe(true);

    // Nothing lost: the flag is still there, whole.
    const [item] = await listed(options);
    expect(item).toMatchObject({ id: flagId, state: 'sent', quote: PASSAGE, note: 'First note. Second thoughts.' });
  });
});

// Issue 17's end to end, in Chromium: a reader flags a passage, the built extension sends it to a
// running project server, a reviewer accepts it on the reviewer page, the reader's Options list shows
// "accepted" with a news badge, and the server's export feeds `npm run ingest` into candidates that
// pass check:data.
import { serve, type ServerType } from '@hono/node-server';
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getBundledDataset } from '../../src/data/dataset';
import { ReviewCandidate } from '../../src/data/schema';
import { createApp } from '../../src/server/app';
import { openPglite, type Database } from '../../src/server/database';
import { addMember } from '../../src/server/members';
import { migrate } from '../../src/server/migrations';
import { buildReviewerPage } from '../../src/server/reviewer-page/build';
import { saveScreenshot, useExtensionBrowser, waitForTabState } from './harness';

const root = path.resolve(fileURLToPath(new URL('../..', import.meta.url)));
const FIXTURE = '/popup/ibm-press-release.html';
const PASSAGE = 'IBM has sunset its general purpose facial recognition and analysis software products.';

function runScript(script: string, args: string[], env: Record<string, string>): Promise<{ code: number | null; out: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(root, 'src/scripts', script), ...args], { cwd: root, env: { ...process.env, ...env } });
    let out = '';
    child.stdout.on('data', (c: Buffer) => (out += c.toString()));
    child.stderr.on('data', (c: Buffer) => (out += c.toString()));
    child.on('exit', (code) => resolve({ code, out }));
  });
}

describe('the project server end to end in chromium', () => {
  const env = useExtensionBrowser('chromium');
  let db: Database;
  let server: ServerType;
  let base = '';
  let readerToken = '';
  let reviewerToken = '';
  let work = '';
  let options: Page;
  let flagId = '';

  beforeAll(async () => {
    db = await openPglite(null);
    await migrate(db);
    readerToken = (await addMember(db, 'reader', 'contributor')).token;
    reviewerToken = (await addMember(db, 'reviewer', 'reviewer')).token;
    const app = createApp({ db, dataset: getBundledDataset(), reviewerPage: await buildReviewerPage() });
    server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' });
    await new Promise((r) => server.once('listening', r));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    work = mkdtempSync(path.join(tmpdir(), 'pw-e2e-server-'));
  }, 120_000);
  afterAll(async () => {
    await new Promise((r) => server?.close(r));
    await db?.close();
    if (work) rmSync(work, { recursive: true, force: true });
  });

  it('the reader flags a passage and the extension sends it to the server', async () => {
    const page = await env.ext.newPage(env.server.url(FIXTURE));
    const tabId = await env.ext.tabIdFor(page);
    await waitForTabState(env.ext, tabId);
    await page.evaluate(() => {
      const range = document.createRange();
      range.selectNodeContents(document.getElementById('q-sunset')!);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(range);
    });
    const popup = await env.ext.openExtensionPage(`popup.html?tabId=${tabId}`);
    await popup.waitForSelector('[data-pw-flag-panel] form', { timeout: 15_000 });
    await popup.waitForFunction((p: string) => (document.getElementById('pw-flag-quote') as HTMLTextAreaElement).value === p, { timeout: 5_000 }, PASSAGE);
    await popup.select('#pw-flag-category', 'vague-claim');
    await popup.click('[data-pw-flag-save]');
    await popup.waitForFunction(() => /Flag saved/.test(document.querySelector('[data-pw-flag-status]')?.textContent ?? ''), { timeout: 10_000 });
    await popup.close();
    await page.close();

    options = await env.ext.openExtensionPage('options.html');
    await options.waitForSelector('[data-pw-flag-id]', { timeout: 15_000 });
    flagId = (await options.$eval('[data-pw-flag-id]', (e) => e.getAttribute('data-pw-flag-id')))!;
    await options.type('#pw-endpoint-url', `${base}/api/flags`);
    await options.type('#pw-endpoint-token', readerToken);
    await options.click('[data-pw-endpoint-save]');
    await options.waitForFunction(() => /Endpoint saved/.test(document.querySelector('[data-pw-endpoint-status]')?.textContent ?? ''), { timeout: 10_000 });
    await options.waitForSelector('[data-pw-flag-send]', { timeout: 10_000 });
    await options.click('[data-pw-flag-send]');
    await options.waitForFunction(() => document.querySelector('[data-pw-flag-state]')?.getAttribute('data-pw-flag-state') === 'sent', { timeout: 20_000, polling: 100 });
    expect(await options.$eval('[data-pw-flag-submission]', (e) => e.textContent)).toMatch(/sent · review: received/);
    const [row] = await db.query<{ content: { quote: string } }>('select content from flags where flag_id = $1', [flagId]);
    expect(row!.content.quote).toBe(PASSAGE);
  });

  it('a reviewer accepts it on the reviewer page, keyboard only', async () => {
    const review = await env.ext.browser.newPage();
    await review.goto(`${base}/review/`);
    await review.waitForSelector('#pw-review-token');
    await review.type('#pw-review-token', reviewerToken);
    await review.keyboard.press('Enter');
    await review.waitForSelector(`[data-pw-review-item="${flagId}"]`, { timeout: 15_000 });
    await review.keyboard.press('j'); // first flag in the queue
    await review.waitForSelector(`[data-pw-review-detail="${flagId}"]`, { timeout: 10_000 });
    expect(await review.$eval('[data-pw-review-quote]', (e) => e.textContent)).toBe(PASSAGE);
    await review.focus('[data-pw-review-action="accept"]');
    await review.keyboard.press('Enter');
    await review.waitForFunction(() => document.querySelector('[data-pw-review-current]')?.textContent === 'accepted', { timeout: 10_000 });
    await saveScreenshot(review, 'server-reviewer-page-chromium');
    await review.close();
  });

  it("the reader's Options list shows \"accepted\" with a news badge", async () => {
    // After the next send or alarm; here the background is asked to run its outbox now.
    await env.ext.extensionEval((api) => api.runtime.sendMessage({ type: 'outbox/kick' }));
    await options.waitForFunction(() => document.querySelector('[data-pw-flag-review]')?.getAttribute('data-pw-flag-review') === 'accepted', { timeout: 20_000, polling: 200 });
    expect(await options.$eval('[data-pw-flag-submission]', (e) => e.textContent)).toMatch(/review: accepted/);
    expect(await options.$('[data-pw-flag-review-news]')).not.toBeNull();
    expect(await options.$eval('[data-pw-flags-news]', (e) => e.textContent)).toMatch(/1 new review outcome/);
    await saveScreenshot(options, 'server-options-accepted-chromium');
    await options.click('[data-pw-flag-review-news]');
    await options.waitForFunction(() => !document.querySelector('[data-pw-flag-review-news]'), { timeout: 10_000 });
  });

  it('the export feeds npm run ingest into candidates that pass check:data', async () => {
    const dir = path.join(work, 'dataset');
    cpSync(path.join(root, 'src/data/dataset'), dir, { recursive: true });
    const ingest = await runScript('ingest.ts', [`${base}/api/export`, '--dir', dir], { PLEDGEWATCH_TOKEN: reviewerToken });
    expect(ingest.code, ingest.out).toBe(0);
    expect(ingest.out).toMatch(/1 candidate\(s\) added/);
    const candidates = (JSON.parse(readFileSync(path.join(dir, 'candidates.json'), 'utf8')) as unknown[]).map((c) => ReviewCandidate.parse(c));
    expect(candidates.find((c) => c.flagId === flagId)).toMatchObject({ quote: PASSAGE, companyId: 'ibm', category: 'vague-claim' });
    const check = await runScript('check-data.ts', ['--dir', dir], {});
    expect(check.code, check.out).toBe(0);
  });
});

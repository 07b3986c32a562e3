// Issue 4, a hostile page, in real Chromium and Firefox ESR: its own `mark` styles and a `<mark>`, a
// 128 KB text node, 500 levels of nesting at load and 550 added later, shadow DOM content, tampered DOM prototypes, a strict
// CSP, and a script that clears `CSS.highlights`. The extension must neither break nor be broken.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { BROWSER_KINDS, launchBrowser, startFixtureServer, type ExtensionBrowser, type FixtureServer } from './harness';
import { FIXTURE_SITE } from './harness-paths';
import { htmlBefore, outerHtml, pointOf, setSettings, waitForAnalysis, waitForCard, waitForHighlight } from './harness-content';

describe.each(BROWSER_KINDS)('a hostile page in %s', (kind) => {
  let server: FixtureServer;
  let ext: ExtensionBrowser;

  beforeAll(async () => {
    server = await startFixtureServer();
    // The same page behind a strict Content-Security-Policy (inline scripts allowed so the fixture runs).
    server.route('/hostile-csp.html', async (_req, res) => {
      res.writeHead(200, {
        'content-type': 'text/html; charset=utf-8',
        'content-security-policy': "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'",
      });
      res.end(await readFile(resolve(FIXTURE_SITE, 'hostile.html')));
    });
    ext = await launchBrowser(kind);
  });
  afterAll(async () => {
    await setSettings(ext, null).catch(() => undefined);
    await ext?.close();
    await server?.close();
  });

  it.each(['/hostile.html', '/hostile-csp.html'])('highlights what it should and nothing else on %s', async (path) => {
    const page = await ext.newPage(server.url(path));
    expect(await page.evaluate(() => (window as unknown as { pageOk?: boolean }).pageOk)).toBe(true);
    const analysis = await waitForAnalysis(ext, page);
    expect(analysis.relevant).toBe(true);
    const marks = await waitForHighlight(page, (h) => h.some((x) => x.startId === 'deep') && h.some((x) => x.startId === 'huge'));
    // Thousands of ranges: assert on small summaries, so a failure prints a readable diff.
    const outsideHuge = marks.filter((m) => m.startId !== 'huge').map((m) => `${m.startId}:${m.text}`);
    expect(outsideHuge).toContain('plain:general purpose');
    expect(outsideHuge).toContain('deep:take appropriate steps');
    // Every occurrence in the huge text node (one "responsibly" per sentence).
    const sentences = await page.evaluate(() => (document.getElementById('huge')!.firstChild as Text).data.split('responsibly').length - 1);
    expect(marks.filter((m) => m.startId === 'huge' && m.text === 'responsibly').length).toBe(sentences);
    // Never inside form fields, editable content, SVG, or the page's own shadow DOM.
    expect(outsideHuge.filter((m) => /^(ta|editable|shadow-host):/.test(m) || m.includes('svg'))).toEqual([]);
    // The page's own <mark> is untouched, and its text is still highlighted.
    expect(await page.evaluate(() => document.getElementById('page-mark')!.outerHTML)).toBe(
      '<mark id="page-mark">steps will be taken where appropriate</mark>',
    );
    expect(outsideHuge.some((m) => m.startsWith('page-mark:'))).toBe(true);
    expect(await page.evaluate(() => (window as unknown as { pageErrors: string[] }).pageErrors)).toEqual([]);

    // The card opens and is visible despite `pledgewatch-ui { display: none !important }` and the CSP.
    const at = await pointOf(page, 'plain', 'general purpose');
    await page.mouse.move(at.x, at.y);
    expect((await waitForCard(page))!.visible).toBe(true);
    await page.mouse.move(5, 5);

    // Another 550 levels of nesting added after load are read too.
    await page.evaluate(() => (window as unknown as { deepen(): void }).deepen());
    await waitForHighlight(page, (h) => h.some((x) => x.startId === 'deeper' && x.text === 'in due course'));
    await page.close();
  });

  it('puts its highlights back when the page clears CSS.highlights, and restores the page exactly when turned off', async () => {
    const page = await ext.newPage(server.url('/hostile.html'));
    await waitForAnalysis(ext, page);
    await waitForHighlight(page, (h) => h.some((x) => x.startId === 'plain'));
    await page.evaluate(() => (window as unknown as { clearHighlights(): void }).clearHighlights());
    await waitForHighlight(page, (h) => h.some((x) => x.startId === 'plain' && x.text === 'general purpose'), 5_000);

    const before = await htmlBefore(page);
    await setSettings(ext, { highlightingEnabled: false });
    await waitForHighlight(page, (h) => h.length === 0);
    expect(await outerHtml(page)).toBe(before);
    await setSettings(ext, null);
    void kind;
  });
});

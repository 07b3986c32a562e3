// axe-core (WCAG 2.1 A and AA rules) on every surface a reader sees, in real Chromium and Firefox ESR:
// the popup on a relevant page, options, the dataset browser and an open explanation card on the page
// (axe reads into our shadow root). Zero violations, or the test lists them.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import { BROWSER_KINDS, useExtensionBrowser, waitForTabState } from './harness';
import { pointOf, waitForAnalysis, waitForCard, waitForHighlight } from './harness-content';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/**
 * Runs axe in the page (evaluated, so a page's or the extension's CSP cannot block it); one line per
 * violation. `host`: the result must show that axe examined text inside that element's shadow root.
 */
async function violations(page: Page, host?: string): Promise<string[]> {
  await page.evaluate(AXE_SOURCE);
  return page.evaluate(async (shadowHost: string | null) => {
    type Result = { id: string; nodes: Array<{ target: unknown }> };
    const axe = (window as unknown as { axe: { run: (ctx: unknown, opts: unknown) => Promise<{ violations: Result[]; passes: Result[]; incomplete: Result[] }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
    // Text over the page (a fixed card) is "incomplete" for contrast: axe cannot tell what is behind it. The
    // card's own palette is checked by tests/unit/content/page-ui-contrast.test.ts.
    const contrast = [...result.passes, ...result.incomplete].filter((p) => p.id === 'color-contrast').flatMap((p) => p.nodes);
    // Proof that axe looked at the text (and, for a host, into its shadow root): an empty run passes vacuously.
    const examined = shadowHost ? contrast.some((n) => Array.isArray(n.target) && Array.isArray(n.target[0]) && n.target[0][0] === shadowHost) : contrast.length > 0;
    const found = result.violations.map((v) => `${v.id}: ${JSON.stringify(v.nodes.map((n) => n.target)).slice(0, 300)}`);
    return examined ? found : [...found, `axe examined no text${shadowHost ? ` inside ${shadowHost}` : ''}`];
  }, host ?? null);
}

describe.each(BROWSER_KINDS)('accessibility (axe-core) in %s', (kind) => {
  const env = useExtensionBrowser(kind);

  it('finds no violation in the popup of a relevant page', async () => {
    const page = await env.ext.newPage(env.server.url('/popup/ibm-press-release.html'));
    const tabId = await env.ext.tabIdFor(page);
    await waitForTabState(env.ext, tabId);
    const popup = await env.ext.openExtensionPage(`popup.html?tabId=${tabId}`);
    await popup.waitForSelector('[data-pw-section]', { timeout: 15_000 });
    expect(await violations(popup)).toEqual([]);
    await popup.close();
    await page.close();
  });

  it.each(['options.html', 'dataset.html'])('finds no violation in %s', async (path) => {
    const page = await env.ext.openExtensionPage(path);
    await page.waitForSelector('main, [role="main"], h1', { timeout: 15_000 });
    await new Promise((r) => setTimeout(r, 300));
    expect(await violations(page)).toEqual([]);
    await page.close();
  });

  it('finds no violation in an open explanation card and the chip', async () => {
    const page = await env.ext.newPage(env.server.url('/press-release.html'));
    await waitForAnalysis(env.ext, page);
    await waitForHighlight(page, (h) => h.some((x) => x.text === 'general purpose'));
    const at = await pointOf(page, 'p-purpose', 'general purpose');
    await page.mouse.move(at.x, at.y);
    await waitForCard(page);
    // The whole page: axe reads into open shadow roots, so the card and the chip are examined with it.
    expect(await violations(page, 'pledgewatch-ui')).toEqual([]);
    await page.close();
  });
});

// Issue 16's card, in real Chromium and Firefox ESR: wholly inside the viewport at 1280×800 and at 200 %
// zoom (a 640×400 CSS-pixel viewport) wherever the highlight sits, pinned by a click, Tab kept inside,
// and Escape giving focus back to the term-list button that opened it.
import type { Page } from 'puppeteer-core';
import { afterEach, describe, expect, it } from 'vitest';
import { BROWSER_KINDS, saveScreenshot, useExtensionBrowser } from './harness';
import { card, setSettings, waitForAnalysis, waitForCard, waitForHighlight } from './harness-content';

/** Puts the first "general purpose" of #p-purpose at `y` in the viewport and returns a point on it. */
async function termAt(page: Page, y: number): Promise<{ x: number; y: number }> {
  return page.evaluate((wantedY: number) => {
    if (!document.getElementById('pw-test-spacer')) {
      for (const where of ['afterbegin', 'beforeend'] as const) {
        const spacer = document.createElement('div');
        spacer.id = where === 'beforeend' ? 'pw-test-spacer' : 'pw-test-spacer-top';
        spacer.style.height = '3000px';
        document.body.insertAdjacentElement(where, spacer);
      }
    }
    const n = document.getElementById('p-purpose')!.firstChild as Text;
    const at = n.data.indexOf('general purpose');
    const r = document.createRange();
    r.setStart(n, at);
    r.setEnd(n, at + 'general purpose'.length);
    const before = r.getClientRects()[0]!;
    window.scrollBy(0, before.top + before.height / 2 - wantedY);
    const box = r.getClientRects()[0]!;
    return { x: box.left + Math.min(box.width / 2, 20), y: box.top + box.height / 2 };
  }, y);
}

async function cardBox(page: Page) {
  return page.evaluate(() => {
    const el = document.querySelector('pledgewatch-ui')!.shadowRoot!.querySelector<HTMLElement>('.card')!;
    const r = el.getBoundingClientRect();
    return { top: r.top, bottom: r.bottom, left: r.left, right: r.right, vw: innerWidth, vh: innerHeight };
  });
}

describe.each(BROWSER_KINDS)('the explanation card in %s', (kind) => {
  const env = useExtensionBrowser(kind);
  afterEach(async () => {
    await setSettings(env.ext, null);
    for (const p of await env.ext.browser.pages()) if (p.url().startsWith(env.server.origin)) await p.close();
  });

  it.each([
    ['1280×800', { width: 1280, height: 800 }],
    ['200 % zoom', { width: 640, height: 400 }],
  ])('stays wholly inside the viewport at %s, wherever the highlight is', async (label, viewport) => {
    const page = await env.ext.newPage(env.server.url('/press-release.html'));
    await page.setViewport(viewport);
    await waitForAnalysis(env.ext, page);
    await waitForHighlight(page, (h) => h.some((x) => x.text === 'general purpose'));
    for (const fraction of [0.1, 0.5, 0.92]) {
      const at = await termAt(page, Math.round(viewport.height * fraction));
      await page.mouse.move(at.x, at.y);
      await waitForCard(page);
      // Two frames: the card is placed after it renders.
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
      const box = await cardBox(page);
      expect(box.top, `${label} at ${fraction}`).toBeGreaterThanOrEqual(0);
      expect(box.left).toBeGreaterThanOrEqual(0);
      expect(box.bottom, `${label} at ${fraction}`).toBeLessThanOrEqual(box.vh);
      expect(box.right).toBeLessThanOrEqual(box.vw);
      // It does not cover the term it explains.
      expect(box.bottom <= at.y - 4 || box.top >= at.y + 4).toBe(true);
      if (fraction === 0.92) await saveScreenshot(page, `content-card-${label.replace(/\W+/g, '-')}-${kind}`);
      await page.mouse.move(2, 2);
      await waitForCard(page, false);
    }
  });

  it('leads with who asked and how long they have waited, with the questions folded', async () => {
    const page = await env.ext.newPage(env.server.url('/press-release.html'));
    await waitForAnalysis(env.ext, page);
    await waitForHighlight(page, (h) => h.some((x) => x.text === 'general purpose'));
    const at = await termAt(page, 200);
    await page.mouse.move(at.x, at.y);
    await waitForCard(page);
    const lead = await page.evaluate(() => document.querySelector('pledgewatch-ui')!.shadowRoot!.querySelector('.card [data-pw-lead]')?.textContent);
    expect(lead).toMatch(/Scope limiter · asked by (European Digital Rights|EDRi).*unanswered for \d+ years?/);
    const folded = await page.evaluate(() => document.querySelector('pledgewatch-ui')!.shadowRoot!.querySelector('.card details.fold:not(.legend-fold)')?.hasAttribute('open'));
    expect(folded).toBe(false);
  });

  it('is pinned by a click: the pointer can leave and it stays until closed', async () => {
    const page = await env.ext.newPage(env.server.url('/press-release.html'));
    await waitForAnalysis(env.ext, page);
    await waitForHighlight(page, (h) => h.some((x) => x.text === 'general purpose'));
    const at = await termAt(page, 200);
    await page.mouse.move(at.x, at.y);
    await waitForCard(page);
    await page.mouse.click(at.x, at.y);
    await page.mouse.move(2, 2);
    await new Promise((r) => setTimeout(r, 600));
    const pinned = await card(page);
    expect(pinned).not.toBeNull();
    expect(await page.evaluate(() => document.querySelector('pledgewatch-ui')!.shadowRoot!.querySelector('.card')!.hasAttribute('data-pw-pinned'))).toBe(true);
    await page.keyboard.press('Escape');
    await waitForCard(page, false);
  });

  it('keeps Tab inside the card and gives focus back to the term-list button on Escape', async () => {
    const page = await env.ext.newPage(env.server.url('/press-release.html'));
    await waitForAnalysis(env.ext, page);
    await waitForHighlight(page, (h) => h.some((x) => x.text === 'general purpose'));
    await page.evaluate(() => document.querySelector('pledgewatch-ui')!.shadowRoot!.querySelector<HTMLElement>('nav button[data-pw-key="general-purpose"]')!.focus());
    await page.keyboard.press('Enter');
    const opened = await waitForCard(page);
    expect(opened!.mode).toBe('keyboard');
    const inCard = () =>
      page.evaluate(() => {
        const root = document.querySelector('pledgewatch-ui')!.shadowRoot!;
        return root.querySelector('.card')!.contains(root.activeElement);
      });
    for (let i = 0; i < 12; i++) {
      await page.keyboard.press('Tab');
      expect(await inCard()).toBe(true);
    }
    await page.keyboard.down('Shift');
    for (let i = 0; i < 5; i++) {
      await page.keyboard.press('Tab');
      expect(await inCard()).toBe(true);
    }
    await page.keyboard.up('Shift');
    await page.keyboard.press('Escape');
    await waitForCard(page, false);
    const focused = await page.evaluate(() => document.querySelector('pledgewatch-ui')!.shadowRoot!.activeElement?.getAttribute('data-pw-key'));
    expect(focused).toBe('general-purpose');
  });

  it('shows a chip saying what was found, which opens the term list; Alt+Shift+L focuses it; × hides it', async () => {
    const page = await env.ext.newPage(env.server.url('/press-release.html'));
    await waitForAnalysis(env.ext, page);
    await waitForHighlight(page, (h) => h.some((x) => x.text === 'general purpose'));
    const chip = () =>
      page.evaluate(() => {
        const root = document.querySelector('pledgewatch-ui')!.shadowRoot!;
        const el = root.querySelector<HTMLElement>('.chip-open');
        const list = root.querySelector<HTMLElement>('nav.list')!;
        return el
          ? { text: el.textContent ?? '', expanded: el.getAttribute('aria-expanded'), listShown: list.getBoundingClientRect().height > 10, focused: root.activeElement?.getAttribute('data-pw-key') ?? null }
          : null;
      });
    await page.waitForFunction(() => document.querySelector('pledgewatch-ui')?.shadowRoot?.querySelector('.chip-open') !== null, { timeout: 5_000 });
    const shown = await chip();
    expect(shown!.text).toMatch(/^\d+ vague terms · .*\d+ open questions to IBM$/);
    expect(shown!.listShown).toBe(false);
    await page.evaluate(() => document.querySelector('pledgewatch-ui')!.shadowRoot!.querySelector<HTMLElement>('.chip-open')!.click());
    const opened = await chip();
    expect(opened).toMatchObject({ expanded: 'true', listShown: true });
    expect(opened!.focused).not.toBeNull();
    // From anywhere on the page, the shortcut comes back to the list.
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.keyboard.down('Alt');
    await page.keyboard.down('Shift');
    await page.keyboard.press('KeyL');
    await page.keyboard.up('Shift');
    await page.keyboard.up('Alt');
    expect((await chip())!.focused).not.toBeNull();
    await saveScreenshot(page, `content-chip-${kind}`);
    await page.evaluate(() => document.querySelector('pledgewatch-ui')!.shadowRoot!.querySelector<HTMLElement>('.chip-close')!.click());
    expect(await chip()).toBeNull();
  });
});

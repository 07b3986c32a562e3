// Issue 4 in real Chromium and Firefox ESR: highlights on a press release, the explanation card with
// the linked NGO question, the keyboard path, nothing at all on an unrelated page, and settings that
// turn highlighting off (globally or for the site) and restore the page exactly.
import { afterEach, describe, expect, it } from 'vitest';
import { BROWSER_KINDS, saveScreenshot, useExtensionBrowser } from './harness';
import { card, highlighted, htmlBefore, outerHtml, pointOf, setSettings, waitForAnalysis, waitForCard, waitForHighlight } from './harness-content';

const EXPECTED_TERMS = ['general purpose', 'take appropriate steps', 'where necessary', 'responsibly', 'domestic law enforcement agencies'];

describe.each(BROWSER_KINDS)('in-page highlighting in %s', (kind) => {
  const env = useExtensionBrowser(kind);
  afterEach(async () => {
    await setSettings(env.ext, null);
    for (const p of await env.ext.browser.pages()) if (p.url().startsWith(env.server.origin)) await p.close();
  });

  it('highlights the expected vague terms on a press release, including one split across elements', async () => {
    const page = await env.ext.newPage(env.server.url('/press-release.html'));
    const analysis = await waitForAnalysis(env.ext, page);
    expect(analysis.relevant).toBe(true);
    const marks = await waitForHighlight(page, (h) => h.filter((x) => x.name !== 'pw-commitment').length >= EXPECTED_TERMS.length);
    const texts = marks.filter((m) => m.name !== 'pw-commitment').map((m) => m.text);
    for (const term of EXPECTED_TERMS) expect(texts).toContain(term);
    expect(marks).toContainEqual(expect.objectContaining({ name: 'pw-scope-limiter', text: 'general purpose', startId: 'p-purpose' }));
    // `general <b>purpose</b>`: one highlight from the paragraph's text into the <b>.
    expect(marks).toContainEqual(expect.objectContaining({ name: 'pw-scope-limiter', text: 'general purpose', startId: 'p-split', endTag: 'B' }));
    // Restated commitments are marked apart from vague terms.
    const restated = marks.filter((m) => m.name === 'pw-commitment');
    expect(restated.some((m) => m.startId === 'p-purpose' && m.text.includes('no longer offers general purpose IBM facial recognition'))).toBe(true);
    // Nothing inside the page's <script>.
    expect(await page.evaluate(() => (window as unknown as { pageScriptRan?: string }).pageScriptRan)).toMatch(/general purpose/);
    expect(marks.every((m) => m.startId !== null)).toBe(true);
  });

  it('shows the linked NGO question (EDRi question 8) when hovering "general purpose"', async () => {
    const page = await env.ext.newPage(env.server.url('/press-release.html'));
    await waitForAnalysis(env.ext, page);
    await waitForHighlight(page, (h) => h.some((x) => x.text === 'general purpose'));
    const at = await pointOf(page, 'p-purpose', 'general purpose');
    await page.mouse.move(at.x, at.y);
    const shown = await waitForCard(page);
    expect(shown!.visible).toBe(true);
    expect(shown!.mode).toBe('hover');
    expect(shown!.text).toContain('“general purpose”');
    expect(shown!.text).toContain('Scope limiter');
    expect(shown!.text).toMatch(/European Digital Rights|EDRi/);
    expect(shown!.text).toContain('question 8');
    expect(shown!.text).toContain('In the statement, IBM speaks of "general purpose" technology.');
    expect(shown!.text).toMatch(/Unanswered for \d+ days/);
    // The commitment the sentence restates is on the card too, with status, date and source.
    expect(shown!.text).toContain('Restates a tracked commitment of IBM');
    expect(shown!.text).toMatch(/Status: (In force|Withdrawn|Expired|Superseded|Status unknown)/);
    expect(shown!.text).toContain('Source:');
    await saveScreenshot(page, `content-card-${kind}`);
    // Moving away closes it.
    await page.mouse.move(5, 5);
    await waitForCard(page, false);
  });

  it('steps through highlights from the keyboard and closes the card with Escape', async () => {
    const page = await env.ext.newPage(env.server.url('/press-release.html'));
    await waitForAnalysis(env.ext, page);
    await waitForHighlight(page, (h) => h.length > 3);
    await page.keyboard.down('Alt');
    await page.keyboard.down('Shift');
    await page.keyboard.press('KeyN');
    await page.keyboard.up('Shift');
    await page.keyboard.up('Alt');
    const first = await waitForCard(page);
    expect(first!.mode).toBe('keyboard');
    expect(first!.focused).toBe(true);
    const current = (await highlighted(page)).filter((h) => h.name === 'pw-current');
    expect(current).toHaveLength(1);
    await page.keyboard.press('Escape');
    await waitForCard(page, false);
    expect((await highlighted(page)).filter((h) => h.name === 'pw-current')).toHaveLength(0);
  });

  it('lists the terms for screen readers and answers scroll-to and snapshot messages', async () => {
    const page = await env.ext.newPage(env.server.url('/press-release.html'));
    await waitForAnalysis(env.ext, page);
    await waitForHighlight(page, (h) => h.length > 3);
    const list = await page.evaluate(() => {
      const nav = document.querySelector('pledgewatch-ui')?.shadowRoot?.querySelector('nav');
      return nav ? { label: nav.getAttribute('aria-label'), buttons: [...nav.querySelectorAll('button')].map((b) => b.textContent) } : null;
    });
    expect(list?.label).toMatch(/Pledgewatch/);
    expect(list?.buttons.some((b) => b?.includes('general purpose') && b.includes('NGO question'))).toBe(true);

    expect(await env.ext.askContent(page, { type: 'content/scroll-to', termId: 'general-purpose', occurrence: 1 })).toEqual({ ok: true, value: true });
    expect((await waitForCard(page))!.text).toContain('“general purpose”');
    expect((await highlighted(page)).find((h) => h.name === 'pw-current')?.startId).toBe('p-split');
    expect(await env.ext.askContent(page, { type: 'content/scroll-to', termId: 'no-such-term', occurrence: 0 })).toEqual({ ok: true, value: false });

    const snap = (await env.ext.askContent(page, { type: 'content/snapshot' })) as { ok: boolean; value: { textHash: string; url: string } };
    expect(snap.ok).toBe(true);
    expect(snap.value.url).toBe(env.server.url('/press-release.html'));
    expect(snap.value.textHash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('changes nothing on an unrelated page', async () => {
    const page = await env.ext.newPage(env.server.url('/unrelated.html'));
    const analysis = await waitForAnalysis(env.ext, page);
    expect(analysis.relevant).toBe(false);
    // The page uses lexicon words ("where appropriate", "we aim to"), yet nothing is highlighted (the
    // content script's screen rules the page out before looking for them at all).
    expect(await page.evaluate(() => document.body.textContent ?? '')).toMatch(/where appropriate/i);
    expect(analysis.vagueTerms).toEqual([]);
    await new Promise((r) => setTimeout(r, 300));
    expect(await highlighted(page)).toEqual([]);
    expect(await page.evaluate(() => document.querySelector('pledgewatch-ui'))).toBeNull();
    expect(await outerHtml(page)).toBe(await htmlBefore(page));
  });

  it('restores the page exactly when highlighting is turned off, globally and for the site, and back on live', async () => {
    const page = await env.ext.newPage(env.server.url('/press-release.html'));
    await waitForAnalysis(env.ext, page);
    await waitForHighlight(page, (h) => h.length > 3);
    const before = await htmlBefore(page);
    expect(await outerHtml(page)).not.toBe(before); // the UI host is there while highlighting

    await setSettings(env.ext, { highlightingEnabled: false });
    await waitForHighlight(page, (h) => h.length === 0);
    expect(await outerHtml(page)).toBe(before);

    await setSettings(env.ext, { highlightingEnabled: true });
    await waitForHighlight(page, (h) => h.some((x) => x.text === 'general purpose'));

    await setSettings(env.ext, { highlightingEnabled: true, disabledSites: ['127.0.0.1'] });
    await waitForHighlight(page, (h) => h.length === 0);
    expect(await outerHtml(page)).toBe(before);

    // Categories the user hides are not painted.
    await setSettings(env.ext, { enabledCategories: ['hedge'] });
    const only = await waitForHighlight(page, (h) => h.some((x) => x.name === 'pw-hedge'));
    expect(only.filter((h) => h.name !== 'pw-commitment').every((h) => h.name === 'pw-hedge')).toBe(true);
    expect(await card(page)).toBeNull();
  });
});

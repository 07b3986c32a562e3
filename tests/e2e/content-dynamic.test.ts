// Issue 4, dynamic pages, in real Chromium and Firefox ESR: content inserted after load is highlighted
// (including a burst past the observer's per-node limit), removed content drops its highlights, and a
// single-page-app navigation to an unrelated view clears them.
import { afterEach, describe, expect, it } from 'vitest';
import { BROWSER_KINDS, useExtensionBrowser } from './harness';
import { highlighted, waitForAnalysis, waitForHighlight } from './harness-content';

type Win = { addEntries(texts: string[]): void; navigateAway(): void };

describe.each(BROWSER_KINDS)('dynamic pages in %s', (kind) => {
  const env = useExtensionBrowser(kind);
  afterEach(async () => {
    for (const p of await env.ext.browser.pages()) if (p.url().startsWith(env.server.origin)) await p.close();
  });

  it('highlights content inserted after load, and forgets content the page removes', async () => {
    const page = await env.ext.newPage(env.server.url('/dynamic.html'));
    expect((await waitForAnalysis(env.ext, page)).relevant).toBe(true);
    await waitForHighlight(page, (h) => h.some((x) => x.text === 'general purpose'));
    expect((await highlighted(page)).some((h) => h.text === 'responsibly')).toBe(false);

    await page.evaluate(() => (window as unknown as Win).addEntries(['Update: the company promises to act responsibly in future.']));
    await waitForHighlight(page, (h) => h.some((x) => x.text === 'responsibly' && x.name === 'pw-undefined-standard'));

    // Many small appends in a row, one per frame, as a live blog would.
    await page.evaluate(async () => {
      for (let i = 0; i < 10; i++) {
        (window as unknown as Win).addEntries([`Entry ${i}: steps will be taken where appropriate.`]);
        await new Promise((r) => requestAnimationFrame(r));
      }
    });
    await waitForHighlight(page, (h) => h.filter((x) => x.text === 'where appropriate').length === 10);

    // The page removes entries: their highlights go with them (no stale ranges left registered).
    await page.evaluate(() => document.getElementById('entries')!.replaceChildren());
    await waitForHighlight(page, (h) => !h.some((x) => x.text === 'where appropriate' || x.text === 'responsibly'));
  });

  it('handles a burst of more than a thousand mutations with one full rescan', async () => {
    const page = await env.ext.newPage(env.server.url('/dynamic.html'));
    await waitForAnalysis(env.ext, page);
    await waitForHighlight(page, (h) => h.some((x) => x.text === 'general purpose'));
    await page.evaluate(() => {
      const list = document.getElementById('entries')!;
      // 1,500 separate insertions in one task: 1,500 mutation records.
      for (let i = 0; i < 1500; i++) {
        const li = document.createElement('li');
        li.textContent = i % 100 === 0 ? `Item ${i}, in due course.` : `Item ${i}`;
        list.appendChild(li);
      }
    });
    await waitForHighlight(page, (h) => h.filter((x) => x.text === 'in due course').length === 15);
    // The first highlight is still there once, not painted twice by the rescan.
    expect((await highlighted(page)).filter((x) => x.text === 'general purpose' && x.name === 'pw-scope-limiter')).toHaveLength(1);
  });

  it('loads the full analysis when an unrelated page grows into a relevant one', async () => {
    // The first stage rules the page out; the appended article makes it look again, pass the page on to the
    // full stage (injected by the background) and get highlighted.
    const page = await env.ext.newPage(env.server.url('/unrelated.html'));
    expect((await waitForAnalysis(env.ext, page)).relevant).toBe(false);
    await page.evaluate(() => {
      const article = document.createElement('article');
      for (let i = 0; i < 15; i++) {
        const p = document.createElement('p');
        p.textContent = `Update ${i}: the company sells general purpose facial recognition technology to law enforcement. Civil society asks about human rights due diligence and biometric surveillance.`;
        article.append(p);
      }
      document.body.append(article);
    });
    await waitForHighlight(page, (h) => h.filter((x) => x.text === 'general purpose').length === 15);
    const reply = (await env.ext.askContent(page, { type: 'content/get-analysis' })) as { value: { relevant: boolean } };
    expect(reply.value.relevant).toBe(true);
  });

  it('follows a single-page-app navigation to an unrelated view', async () => {
    const page = await env.ext.newPage(env.server.url('/dynamic.html'));
    await waitForAnalysis(env.ext, page);
    await waitForHighlight(page, (h) => h.some((x) => x.text === 'general purpose'));
    await page.evaluate(() => (window as unknown as Win).navigateAway());
    await waitForHighlight(page, (h) => h.length === 0);
    const reply = (await env.ext.askContent(page, { type: 'content/get-analysis' })) as { value: { url: string; relevant: boolean } };
    expect(reply.value.url).toBe(env.server.url('/dynamic-other'));
    expect(reply.value.relevant).toBe(false);
    expect(await page.evaluate(() => document.querySelector('pledgewatch-ui'))).toBeNull();
    void kind;
  });
});

// Issue 16's "Wrong?" round trip, in real Chromium and Firefox ESR: a reader says a highlighted term is
// not vague here, in one click on the card; the correction is listed in Options → Flags, exported, and
// read back as a labelled counter-example (what `npm run eval` reads).
import { describe, expect, it } from 'vitest';
import { counterExamples } from '../../src/flags/model/correction-flag';
import { FlagsExport } from '../../src/flags/model/flags-export';
import { BROWSER_KINDS, useExtensionBrowser } from './harness';
import { pointOf, waitForAnalysis, waitForCard, waitForHighlight } from './harness-content';
import { exportJson } from './harness-flags';

describe.each(BROWSER_KINDS)('"Wrong?" on a highlight in %s', (kind) => {
  const env = useExtensionBrowser(kind);

  it('saves a correction from the card, lists it in Options, and exports it as a counter-example', async () => {
    const page = await env.ext.newPage(env.server.url('/press-release.html'));
    await waitForAnalysis(env.ext, page);
    await waitForHighlight(page, (h) => h.some((x) => x.text === 'general purpose'));
    const at = await pointOf(page, 'p-purpose', 'general purpose');
    await page.mouse.move(at.x, at.y);
    await waitForCard(page);
    const inCard = (selector: string) =>
      page.evaluate((sel: string) => document.querySelector('pledgewatch-ui')!.shadowRoot!.querySelector<HTMLElement>(`.card ${sel}`)!.click(), selector);
    await inCard('section[data-pw-term="general-purpose"] details.wrong summary');
    await inCard('section[data-pw-term="general-purpose"] [data-pw-wrong="not-vague-here"]');
    await page.waitForFunction(
      () => document.querySelector('pledgewatch-ui')?.shadowRoot?.querySelector('[data-pw-correction]')?.getAttribute('data-pw-correction') === 'saved',
      { timeout: 10_000 },
    );
    // Pinned by the click: the card stays while the reader reads the confirmation.
    expect((await waitForCard(page))!.text).toContain('Flagged as not vague here');

    const options = await env.ext.openExtensionPage('options.html');
    await options.waitForFunction(() => document.querySelectorAll('[data-pw-flag-id]').length === 1, { timeout: 15_000, polling: 100 });
    expect(await options.$eval('[data-pw-flag-id]', (e) => (e as HTMLElement).innerText)).toMatch(/Not vague here/);
    const exported = FlagsExport.parse(JSON.parse(await exportJson(options)));
    expect(counterExamples(exported.flags)).toEqual([
      {
        url: env.server.url('/press-release.html'),
        category: 'not-vague-here',
        passage: 'IBM no longer offers general purpose IBM facial recognition or analysis software.',
        termId: 'general-purpose',
        companyId: 'ibm',
      },
    ]);
    await options.close();
    await page.close();
  });
});

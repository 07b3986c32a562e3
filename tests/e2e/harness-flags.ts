/** Helpers for tests that read the options page's flags list. */
import type { Page } from 'puppeteer-core';

/** Clicking "Export JSON" downloads a blob; the test keeps its text instead of a file in Downloads. */
export async function exportJson(options: Page): Promise<string> {
  await options.evaluate(() => {
    const w = window as unknown as { pwExport?: Promise<string> };
    delete w.pwExport;
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      w.pwExport = fetch(this.href).then((r) => r.text());
    };
  });
  await options.click('[data-pw-export="json"]');
  await options.waitForFunction(() => (window as unknown as { pwExport?: unknown }).pwExport !== undefined, { timeout: 5_000 });
  return options.evaluate(() => (window as unknown as { pwExport: Promise<string> }).pwExport);
}

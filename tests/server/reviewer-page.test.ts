// The reviewer page is served with a policy that lets no page data run as script.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { getBundledDataset } from '../../src/data/dataset';
import { createApp } from '../../src/server/app';
import { buildReviewerPage } from '../../src/server/reviewer-page/build';
import { freshDatabase } from './engines';

describe('reviewer page', () => {
  it('serves the page and its bundled script under a strict Content-Security-Policy', async () => {
    const t = await freshDatabase('pglite');
    try {
      const page = await buildReviewerPage();
      expect(page).not.toBeNull();
      const app = createApp({ db: t.db, dataset: getBundledDataset(), reviewerPage: page });
      const html = await app.request('/review/');
      expect(html.status).toBe(200);
      expect(html.headers.get('content-security-policy')).toMatch(/script-src 'self'/);
      expect(await html.text()).toMatch(/<script type="module" src="\/review\/app.js">/);
      const js = await app.request('/review/app.js');
      expect(js.headers.get('content-type')).toMatch(/javascript/);
      const source = await js.text();
      expect(source.length).toBeGreaterThan(1000);
      // Data is rendered as text: the page's own code never writes markup from a string.
      const ownCode = ['reviewer-app.tsx', 'review-api.ts'].map((f) => readFileSync(new URL(`../../src/server/reviewer-page/${f}`, import.meta.url), 'utf8')).join('\n');
      expect(/dangerouslySetInnerHTML|innerHTML|outerHTML|insertAdjacentHTML|document\.write/.test(ownCode)).toBe(false);
    } finally {
      await t.drop();
    }
  });
});

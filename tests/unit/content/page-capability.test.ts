// @vitest-environment happy-dom
// Issue 13, rows 17 and 18: a page that removes its documentElement keeps getting answers, and a
// document where no card can be shown (XML feed, SVG file) gets no highlights.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { startFirstLook } from '../../../src/content/first-look';
import { takeOverFirstLook, type FirstLook } from '../../../src/content/first-look-handover';
import { canShowPageUi, pageTextRoot } from '../../../src/content/page-capability';
import { sha256Hex } from '../../../src/content/sha256';

let current: FirstLook | null = null;
let removed: Element | null = null;
afterEach(() => {
  current?.stop();
  takeOverFirstLook();
  if (removed && !document.documentElement) document.appendChild(removed);
  removed = null;
});

describe('a page without a documentElement (row 17)', () => {
  it('the first stage still answers a snapshot, reading the page as empty', async () => {
    document.body.innerHTML = '<p>Quarterly results.</p>';
    let handler: ((m: unknown) => Promise<unknown> | undefined) | null = null;
    current = startFirstLook({ doc: document, send: async () => ({ ok: true, value: null }), listen: (h) => ((handler = h), () => {}) });
    removed = document.documentElement;
    removed.remove();
    expect(document.documentElement).toBeNull();
    expect(pageTextRoot(document)).toBeNull();
    const reply = (await handler!({ type: 'content/snapshot' })) as { ok: boolean; value: { textHash: string } };
    expect(reply).toMatchObject({ ok: true, value: { textHash: await sha256Hex('') } });
    // Its later looks do not throw either (a removal is a DOM change it watches).
    await new Promise((r) => setTimeout(r, 50));
    expect(await handler!({ type: 'content/get-analysis' })).toMatchObject({ ok: true });
  });
});

describe('documents where no card can be shown (row 18)', () => {
  it('an HTML page can show the page UI', () => {
    expect(canShowPageUi(document)).toBe(true);
  });

  it.each([
    ['an RSS feed', () => new DOMParser().parseFromString('<rss><channel><title>Facial recognition</title></channel></rss>', 'application/xml')],
    ['an SVG file', () => new DOMParser().parseFromString('<svg xmlns="http://www.w3.org/2000/svg"><text>Facial recognition</text></svg>', 'image/svg+xml')],
  ])('%s cannot, so nothing is highlighted there', (_name, make) => {
    expect(canShowPageUi(make())).toBe(false);
  });

  it('a page whose documentElement was removed cannot', () => {
    const doc = document.implementation.createHTMLDocument('x');
    expect(canShowPageUi(doc)).toBe(true);
    doc.documentElement.remove();
    expect(canShowPageUi(doc)).toBe(false);
    vi.restoreAllMocks();
  });
});

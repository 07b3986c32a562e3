// @vitest-environment happy-dom
// page/analyse carries what a page wrote about itself (its meta tags, its JSON-LD): a hostile page (or a
// compromised renderer speaking for the content script) must not hand the background megabytes there, and
// the content script never sends more than the protocol takes.
import { describe, expect, it } from 'vitest';
import { readPageMeta } from '../../../src/content/page-meta';
import { toBackground } from '../../../src/messaging/protocol';

const request = (meta: object) => ({ type: 'page/analyse', input: { url: 'https://example.org/', title: '', text: 'x', meta } });

describe('page/analyse: the page meta is bounded', () => {
  it('refuses a meta field of megabytes and thousands of JSON-LD types', () => {
    const schema = toBackground['page/analyse'].request;
    expect(schema.safeParse(request({ description: 'A fair description.', jsonLdTypes: ['NewsArticle'] })).success).toBe(true);
    expect(schema.safeParse(request({ description: 'x'.repeat(2_000_000) })).success).toBe(false);
    expect(schema.safeParse(request({ ogSiteName: 'x'.repeat(2_000_000) })).success).toBe(false);
    expect(schema.safeParse(request({ jsonLdTypes: Array.from({ length: 100_000 }, (_, i) => `Type${i}`) })).success).toBe(false);
  });

  it('the content script reads a hostile page’s meta within those bounds', () => {
    document.head.innerHTML = `<meta name="description" content="${'y'.repeat(300_000)}"><meta property="og:site_name" content="${'z'.repeat(300_000)}">`;
    const types = Array.from({ length: 5_000 }, (_, i) => `{"@type":"T${i}"}`).join(',');
    const script = document.createElement('script');
    script.type = 'application/ld+json';
    script.textContent = `[${types}]`;
    document.head.append(script);
    const meta = readPageMeta(document);
    expect(toBackground['page/analyse'].request.safeParse(request(meta)).success).toBe(true);
    expect(meta.description!.length).toBeGreaterThan(100);
    document.head.innerHTML = '';
  });
});

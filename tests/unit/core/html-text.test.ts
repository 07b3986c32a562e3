import { describe, expect, it } from 'vitest';
import { decodeEntities } from '../../../src/core/html-entities';
import { extractPage } from '../../../src/core/html-text';

describe('extractPage', () => {
  it('keeps visible text and drops scripts, styles, templates, noscript, comments and hidden nodes', () => {
    const page = extractPage(`<html><head><title>T</title><style>p{}</style></head><body>
      <p>One</p><!-- secret --><script>if (a < b) { document.write("</p>no") }</script>
      <div hidden>h1</div><div aria-hidden="true">h2</div><span style="display: none">h3</span>
      <div style="visibility:hidden"><p>h4</p></div><template><p>h5</p></template><noscript>h6</noscript>
      <input type="hidden" value="h7"><p>Two</p></body></html>`);
    expect(page.text).toBe('One\nTwo');
    expect(page.title).toBe('T');
  });

  it('decodes entities and separates blocks with line breaks, not inline elements', () => {
    const page = extractPage('<p>IBM&rsquo;s <b>general</b>&nbsp;purpose &#8220;x&#x201D; &amp; a &lt; b</p><ul><li>one<li>two</ul>');
    expect(page.text).toBe('IBM’s general purpose “x” & a < b\none\ntwo');
  });

  it('reads canonical URL, og:url, Open Graph and JSON-LD types (including @graph and arrays)', () => {
    const page = extractPage(`<head><meta property="og:type" content="article"><meta property="og:site_name" content="Ex">
      <meta property="og:url" content="https://ex.example/og"><meta name="description" content="D">
      <script type="application/ld+json">{"@graph":[{"@type":"NewsArticle"},{"@type":["WebPage","Thing"]}]}</script>
      <script type="application/ld+json">{broken</script></head><body>x</body>`);
    expect(page.url).toBe('https://ex.example/og');
    expect(page.meta).toMatchObject({ ogType: 'article', ogSiteName: 'Ex', description: 'D', jsonLdTypes: ['NewsArticle', 'WebPage', 'Thing'] });
    expect(extractPage('<link rel="canonical" href="https://ex.example/c"><meta property="og:url" content="https://ex.example/og">').url).toBe('https://ex.example/c');
  });

  it('survives malformed markup: unclosed head, stray "<", unclosed tags, unterminated comment', () => {
    expect(extractPage('<html><head><title>x</title><body><p>visible').text).toBe('visible');
    expect(extractPage('<p>a < b and c > d</p>').text).toBe('a < b and c > d');
    expect(extractPage('<div><p>one<div>two</span></div>').text).toBe('one\ntwo');
    expect(extractPage('<p>before<!-- never closed <p>after').text).toBe('before');
    // A tag runs to the next ">", as in a browser; one never closed is dropped.
    expect(extractPage('x <3 y <b title="t">bold</b> a<b c').text).toBe('x <3 y bold a');
    expect(extractPage('<'.repeat(50_000) + ' end').text).toBe('<'.repeat(50_000) + ' end');
  });

  it('decodes numeric and named references, and leaves unknown ones as written', () => {
    expect(decodeEntities('&#65;&#x42;&eacute;&unknown;&#0;')).toBe('ABé&unknown;\ufffd');
  });
});

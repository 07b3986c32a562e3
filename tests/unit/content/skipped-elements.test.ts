// @vitest-environment happy-dom
// One list of skipped elements serves two readers that must agree: the text walk (extract-text.ts, by each
// text node's parent) and the first stage's one-pass selector (prescreen.ts). If the selector missed a
// parent the walk skips, the first stage's bound could count text the page's analysis never reads.
import { afterEach, describe, expect, it } from 'vitest';
import { extractText, isSkippedParent } from '../../../src/content/extract-text';
import { MARK_TAG, UI_TAG } from '../../../src/content/own-tags';
import { MATH_NS, SKIPPED_SELECTOR, SKIPPED_TAG_NAMES, SVG_NS } from '../../../src/content/skipped-elements';

/** One of each skipped kind with text in it, between readable paragraphs. */
const SKIPPED_HTML =
  '<script>s</script><style>p{}</style><noscript>n</noscript><template><b>t</b></template><textarea>ta</textarea>' +
  '<input value="i"><select><option>o</option></select><iframe>f</iframe><object>ob</object><code>c</code>' +
  '<kbd>k</kbd><samp>sa</samp><title>ti</title>' +
  `<${UI_TAG}>ui</${UI_TAG}><svg><text>sv</text><g><text>deep</text></g></svg>`;
const READABLE_HTML = `<p>one <b>two</b> <${MARK_TAG}>three</${MARK_TAG}></p><div>four</div><span>five</span> <a>six</a>`;

/** The page, with a MathML formula built through the DOM (happy-dom parses `<math>` as an HTML element). */
function page(html: string, withMath: boolean): void {
  document.body.innerHTML = html;
  if (!withMath) return;
  const math = document.createElementNS(MATH_NS, 'math');
  const mi = document.createElementNS(MATH_NS, 'mi');
  mi.textContent = 'x';
  math.append(mi);
  document.body.append(math);
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('skipped elements', () => {
  it('the selector finds exactly the parents the text walk skips (or their svg/math root)', () => {
    page(READABLE_HTML + SKIPPED_HTML + READABLE_HTML, true);
    const all = [...document.documentElement.querySelectorAll('*')];
    const found = new Set(document.documentElement.querySelectorAll(SKIPPED_SELECTOR));
    const skipped = all.filter((e) => isSkippedParent(e, false));
    // Every element found is skipped by the walk…
    for (const e of found) expect(isSkippedParent(e, false), e.tagName).toBe(true);
    // …and every element the walk skips is found, or lies inside an <svg>/<math> the prescreen looks into.
    for (const e of skipped) expect(found.has(e) || found.has(e.closest('svg, math')!), e.tagName).toBe(true);
    // Each kind listed is in the page (so the checks above covered it); <head> and <title> come with every document.
    const kinds = new Set(skipped.filter((e) => e.namespaceURI !== SVG_NS && e.namespaceURI !== MATH_NS).map((e) => e.tagName));
    expect([...SKIPPED_TAG_NAMES].filter((t) => !kinds.has(t))).toEqual([]);
    expect(skipped.some((e) => e.namespaceURI === SVG_NS) && skipped.some((e) => e.namespaceURI === MATH_NS)).toBe(true);
  });

  it('readable elements, the highlight marks among them, are neither skipped nor found', () => {
    page(READABLE_HTML, false);
    for (const e of document.body.querySelectorAll('*')) {
      expect(isSkippedParent(e, false), e.tagName).toBe(false);
      expect(e.matches(SKIPPED_SELECTOR), e.tagName).toBe(false);
    }
    expect(extractText(document.body).text).toBe('one two three\nfour\nfive six');
  });

  it('the walk reads none of the skipped text', () => {
    page(READABLE_HTML + SKIPPED_HTML, true);
    expect(extractText(document.body).text).toBe('one two three\nfour\nfive six');
  });
});

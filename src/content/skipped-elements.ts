/**
 * Which elements' text is never read nor marked: code, form input, markup, what is not rendered, and the
 * extension's own UI. Defined once here for the two readers that must agree on it: the text walk
 * (extract-text.ts, by each text node's parent) and the first stage's prescreen (prescreen.ts, one
 * native selector pass), whose bound only holds if it finds every text extract-text would skip.
 * Kept tiny: the first stage bundles it.
 */
import { UI_TAG } from './own-tags';

/** HTML elements by local name. */
const SKIPPED_HTML = ['script', 'style', 'noscript', 'template', 'textarea', 'input', 'select', 'option', 'iframe', 'object', 'code', 'kbd', 'samp', 'title', 'head', UI_TAG] as const;

export const SVG_NS = 'http://www.w3.org/2000/svg';
export const MATH_NS = 'http://www.w3.org/1998/Math/MathML';

/** `tagName` of a skipped HTML element (HTML elements report it in capitals). */
export const SKIPPED_TAG_NAMES: ReadonlySet<string> = new Set(SKIPPED_HTML.map((name) => name.toUpperCase()));

/** Every element in these namespaces is skipped: SVG and MathML text. */
export const SKIPPED_NAMESPACES: ReadonlySet<string> = new Set([SVG_NS, MATH_NS]);

/**
 * The skipped HTML elements and the roots of the skipped namespaces (`<svg>`, `<math>`), as one selector.
 * It cannot find the elements of those namespaces outside such a root (only a script makes them, and
 * browsers do not render them); prescreen.ts says why that is safe.
 */
export const SKIPPED_SELECTOR = [...SKIPPED_HTML, 'svg', 'math'].join(',');

/**
 * What a document lets the content script do. Pages can be hostile or simply unusual:
 * - a script may remove `documentElement` (or never have a body): the text root is then absent and the
 *   page reads as empty, rather than a TypeError that stops the content script answering;
 * - an XML feed or an SVG file is a document where `<pledgewatch-ui>` is no HTML element and
 *   `attachShadow` throws: no card can be shown there, so nothing is highlighted either (a highlight
 *   without its explanation is worse than none). The popup still gets the analysis.
 */
import { UI_TAG } from './own-tags';

/** The node whose text is the page's: body, else the document element, else nothing. */
export function pageTextRoot(doc: Document): Element | null {
  return doc.body ?? doc.documentElement ?? null;
}

const cache = new WeakMap<Document, boolean>();

/** Whether the page UI (a custom element with a shadow root) can exist in `doc`; probed once per document. */
export function canShowPageUi(doc: Document): boolean {
  let can = cache.get(doc);
  if (can === undefined) {
    try {
      // HTML and XHTML pages only: in any other XML document our element is no HTML element.
      can = (doc.contentType === 'text/html' || doc.contentType === 'application/xhtml+xml') && doc.documentElement?.namespaceURI === 'http://www.w3.org/1999/xhtml';
      if (can) doc.createElement(UI_TAG).attachShadow({ mode: 'open' });
    } catch {
      can = false;
    }
    cache.set(doc, can);
  }
  return can && doc.documentElement !== null;
}

/**
 * The tag names of the only elements the content script puts into a page. Kept apart from the code that
 * creates them (ui/ui-host.ts with Preact, paint-wraps.ts) so the first stage and the text walk can name
 * them without importing either.
 */

/** The page UI's host: one element with an open shadow root (ui/ui-host.ts). */
export const UI_TAG = 'pledgewatch-ui';
/** A highlight where the CSS Custom Highlight API is missing (paint-wraps.ts); styled in highlight.css. */
export const MARK_TAG = 'pledgewatch-mark';

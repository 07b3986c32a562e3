/**
 * How much of what a page says about itself (meta tags, JSON-LD) the content script reads and the background
 * takes (messaging/protocol.ts `page/analyse`): enough for any real page's site name, description and types,
 * and a bound on what a hostile page can make the background hold.
 */
export const PAGE_META_LIMITS = {
  /** og:type, og:site_name, the Organization's name, the description (characters). */
  text: 2_000,
  /** The canonical link (characters). */
  url: 10_000,
  /** JSON-LD `@type` values, and the characters of each. */
  types: 100,
  type: 200,
} as const;

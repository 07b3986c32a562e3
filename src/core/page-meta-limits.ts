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

type PageMeta = {
  ogType?: string | undefined;
  ogSiteName?: string | undefined;
  organizationName?: string | undefined;
  canonicalUrl?: string | undefined;
  description?: string | undefined;
  jsonLdTypes: readonly string[];
};

/** Whether a page's meta (analysis-schema.ts `PageInput.meta`) is within the limits above. */
export function withinPageMetaLimits(meta: PageMeta): boolean {
  const { text, url, types, type } = PAGE_META_LIMITS;
  const short = (value: string | undefined, limit: number) => value === undefined || value.length <= limit;
  return (
    short(meta.ogType, text) &&
    short(meta.ogSiteName, text) &&
    short(meta.organizationName, text) &&
    short(meta.description, text) &&
    short(meta.canonicalUrl, url) &&
    meta.jsonLdTypes.length <= types &&
    meta.jsonLdTypes.every((t) => t.length <= type)
  );
}

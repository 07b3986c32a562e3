/** The page's own description of itself (Open Graph, canonical link, JSON-LD types) for the core. */
import type { PageInput } from '../core/analysis-schema';
import { PAGE_META_LIMITS } from '../core/page-meta-limits';
import { organizationNameOf } from '../core/publisher';

/** A page's own words, cut to what the background takes (a hostile page may write megabytes there). */
const upTo = (limit: number, value: string | undefined) => (value === undefined ? undefined : value.slice(0, limit));

function collectTypes(value: unknown, out: Set<string>, depth = 0): void {
  if (depth > 6 || value === null || typeof value !== 'object') return;
  if (Array.isArray(value)) {
    for (const v of value) collectTypes(v, out, depth + 1);
    return;
  }
  const record = value as Record<string, unknown>;
  const type = record['@type'];
  if (typeof type === 'string') out.add(type);
  else if (Array.isArray(type)) for (const t of type) if (typeof t === 'string') out.add(t);
  if ('@graph' in record) collectTypes(record['@graph'], out, depth + 1);
}

export function readPageMeta(doc: Document): NonNullable<PageInput['meta']> {
  const meta = (selector: string) => doc.querySelector<HTMLMetaElement>(selector)?.content || undefined;
  const types = new Set<string>();
  let organizationName: string | undefined;
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    // Page data: a malformed block is the page's problem, never ours.
    try {
      const data: unknown = JSON.parse(script.textContent ?? '');
      collectTypes(data, types);
      organizationName ??= organizationNameOf(data);
    } catch {
      /* ignored */
    }
  }
  const { text, url, types: maxTypes, type } = PAGE_META_LIMITS;
  const canonical = doc.querySelector<HTMLLinkElement>('link[rel="canonical"]')?.href || undefined;
  return {
    ogType: upTo(text, meta('meta[property="og:type"]')),
    ogSiteName: upTo(text, meta('meta[property="og:site_name"]')),
    // A canonical address cut short would be another address: one too long is left out.
    canonicalUrl: canonical !== undefined && canonical.length <= url ? canonical : undefined,
    description: upTo(text, meta('meta[name="description"]') ?? meta('meta[property="og:description"]')),
    jsonLdTypes: [...types].filter((t) => t.length <= type).slice(0, maxTypes),
    organizationName: upTo(text, organizationName),
  };
}

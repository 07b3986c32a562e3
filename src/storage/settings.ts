/**
 * User settings, kept in `browser.storage.local` under one key and validated with zod on every read:
 * a corrupt or outdated value falls back to defaults field by field instead of breaking the extension.
 * Read by the content script (live, through storage.onChanged), written by the options page.
 */
import { z } from 'zod';
import { VagueCategory, VagueTerm } from '../core/lexicon/schema';

export const SETTINGS_KEY = 'pw:settings';

/** `example.com` matches that host only; `*.example.com` matches it and every subdomain. */
export const SitePattern = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^(\*\.)?[a-z0-9-]+(\.[a-z0-9-]+)+$/, 'must be a host such as example.com or *.example.com');

export const Settings = z.object({
  highlightingEnabled: z.boolean().catch(true),
  badgeEnabled: z.boolean().catch(true),
  /** Sites where nothing is highlighted. */
  disabledSites: z.array(SitePattern).catch([]),
  /** Categories shown; an absent category is hidden. */
  enabledCategories: z.array(VagueCategory).catch([...VagueCategory.options]),
  /** User-added vague terms, merged into the lexicon. */
  customTerms: z.array(VagueTerm).catch([]),
  /** Project endpoint for submitting flags; nothing is sent anywhere while it is null. */
  endpoint: z
    .object({ url: z.string().url(), token: z.string().optional() })
    .nullable()
    .catch(null),
});
export type Settings = z.infer<typeof Settings>;

export const DEFAULT_SETTINGS: Settings = Settings.parse({});

/** Parses whatever storage held; never throws. */
export function readSettings(raw: unknown): Settings {
  return Settings.parse(typeof raw === 'object' && raw !== null ? raw : {});
}

export function siteMatches(pattern: string, host: string): boolean {
  const h = host.toLowerCase();
  if (pattern.startsWith('*.')) {
    const base = pattern.slice(2);
    return h === base || h.endsWith('.' + base);
  }
  return h === pattern;
}

export function highlightingAllowed(settings: Settings, host: string): boolean {
  return settings.highlightingEnabled && !settings.disabledSites.some((p) => siteMatches(p, host));
}

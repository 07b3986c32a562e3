/**
 * User settings: their schema and how a stored value is read. Stored in `browser.storage.local` under one
 * key through one WXT storage item (settings-item.ts), and validated with zod on every read: a corrupt or
 * outdated value falls back to defaults field by field, and in the lists (sites, custom terms) item by
 * item, instead of breaking the extension or emptying a whole list for one bad item.
 *
 * Only display preferences live here: a content script's world can read and write `storage.local`
 * (in Firefox as in Chromium), so the project endpoint and its token are kept by the background
 * instead (storage/endpoint-store.ts).
 */
import { z } from 'zod';
import { VagueCategory } from '../core/lexicon/schema';
import { CustomTerm, MAX_CUSTOM_TERMS } from '../core/custom-terms';

import { DEFAULT_SETTINGS as DEFAULTS } from './settings-rules';

export { SETTINGS_KEY, highlightingAllowed, siteMatches } from './settings-rules';

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
  /** User-added vague terms, merged into the lexicon (at most MAX_CUSTOM_TERMS, each compilable). */
  customTerms: z.array(CustomTerm).max(MAX_CUSTOM_TERMS).catch([]),
});
export type Settings = z.infer<typeof Settings>;

/** What `Settings.parse({})` gives (settings-rules.ts writes it out; a test holds the two equal). */
export const DEFAULT_SETTINGS: Settings = DEFAULTS;

/** A stored item that could not be used, with why: shown in Options, kept in storage (see settings-item.ts). */
export type SettingsProblem = { field: 'disabledSites' | 'enabledCategories' | 'customTerms'; item: unknown; reason: string };

/** Keeps the items of `raw` (if a list) that pass `schema`, one by one; the others are reported. */
function listItems<T>(raw: unknown, schema: z.ZodType<T>, field: SettingsProblem['field'], problems: SettingsProblem[], max = Infinity): T[] | undefined {
  if (!Array.isArray(raw)) return undefined;
  const kept: T[] = [];
  for (const item of raw) {
    const parsed = schema.safeParse(item);
    if (!parsed.success) problems.push({ field, item, reason: z.prettifyError(parsed.error).replace(/\n+/g, '; ') });
    else if (kept.length >= max) problems.push({ field, item, reason: `more than ${max} items` });
    else kept.push(parsed.data);
  }
  return kept;
}

/**
 * Parses whatever storage held, keeping every good list item and saying what was left out; never throws.
 * The lists' items are parsed once, one by one; the schema then parses the other fields with the lists
 * it already holds emptied, so no custom term is tokenized twice.
 */
export function readSettingsReport(raw: unknown): { settings: Settings; problems: SettingsProblem[] } {
  const obj = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
  const problems: SettingsProblem[] = [];
  const lists = {
    disabledSites: listItems(obj.disabledSites, SitePattern, 'disabledSites', problems),
    enabledCategories: listItems(obj.enabledCategories, VagueCategory, 'enabledCategories', problems),
    customTerms: listItems(obj.customTerms, CustomTerm, 'customTerms', problems, MAX_CUSTOM_TERMS),
  };
  const present = Object.entries(lists).filter(([, v]) => v !== undefined);
  const rest = Settings.parse({ ...obj, ...Object.fromEntries(present.map(([field]) => [field, []])) });
  return { settings: { ...rest, ...Object.fromEntries(present) }, problems };
}

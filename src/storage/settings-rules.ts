/**
 * What reading the settings needs without their schema: the defaults and the site rule. Zod-free, so the
 * content script, which gets its settings already validated from the background (`settings/get`), carries
 * no zod. settings.ts holds the schema and a test holds DEFAULT_SETTINGS equal to what it parses from `{}`.
 */
import type { VagueCategory } from '../core/lexicon/schema';

export const SETTINGS_KEY = 'pw:settings';

/** Every category, in the lexicon schema's order (settings.test holds them equal). */
const ALL_CATEGORIES: readonly VagueCategory[] = [
  'scope-limiter',
  'hedge',
  'undefined-standard',
  'aspiration',
  'passive-accountability',
  'unverifiable-claim',
  'process-not-outcome',
  'vague-timing',
];

/**
 * What `Settings.parse({})` gives, written out so reading defaults costs no parse. Typed by shape, not by
 * settings.ts's schema, which imports this module (settings.ts re-exports it as `Settings`).
 */
export const DEFAULT_SETTINGS = Object.freeze({
  highlightingEnabled: true,
  badgeEnabled: true,
  disabledSites: [] as string[],
  enabledCategories: [...ALL_CATEGORIES],
  customTerms: [] as never[],
});

export function siteMatches(pattern: string, host: string): boolean {
  const h = host.toLowerCase();
  if (pattern.startsWith('*.')) {
    const base = pattern.slice(2);
    return h === base || h.endsWith('.' + base);
  }
  return h === pattern;
}

export function highlightingAllowed(settings: { highlightingEnabled: boolean; disabledSites: readonly string[] }, host: string): boolean {
  return settings.highlightingEnabled && !settings.disabledSites.some((p) => siteMatches(p, host));
}

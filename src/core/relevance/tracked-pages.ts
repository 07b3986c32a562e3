/**
 * What the screens need of the dataset: the tracked companies' domains and the commitments' own pages,
 * where the full analysis always runs whatever the text says. Read from the raw JSON (no validation on
 * the hot path: the build validates it, build/pack-modules.ts) and free of the matcher, the lexicons and zod.
 */
import { comparableUrl, hostOf, hostOnDomain } from '../url-utils';

/** What the screen needs of the dataset, read from its raw JSON (no validation on the hot path). */
export interface ScreenHints {
  domains: readonly string[];
  /** Comparable URLs (url-utils `comparableUrl`) of the pages commitments' quotes were read on. */
  commitmentPages: ReadonlySet<string>;
}

interface RawDatasetParts {
  companies?: unknown;
  commitments?: unknown;
}

const list = (value: unknown): Record<string, unknown>[] =>
  Array.isArray(value) ? value.filter((v): v is Record<string, unknown> => typeof v === 'object' && v !== null) : [];
const str = (value: unknown): string | null => (typeof value === 'string' ? value : null);

export function screenHintsFrom(files: RawDatasetParts): ScreenHints {
  const domains = list(files.companies).flatMap((c) => (Array.isArray(c.domains) ? c.domains.filter((d): d is string => typeof d === 'string') : []));
  // The pages checked for a commitment's quote (restated.ts `commitmentsAtUrl`): an own-words record's
  // pageUrl, never a reported practice's source or a reprint's address.
  const commitmentPages = new Set<string>();
  for (const c of list(files.commitments)) {
    const own = c.kind === 'reported-practice' ? null : str(c.pageUrl);
    // A page on a tracked domain passes the screen anyway: listing it again only weighs on every page load.
    const host = own ? hostOf(own) : '';
    if (own && !(host && domains.some((d) => hostOnDomain(host, d)))) commitmentPages.add(comparableUrl(own));
  }
  return { domains, commitmentPages };
}

/** A tracked company's domain or a commitment's own page: relevant or not, the full analysis decides. */
export function onTrackedPage(url: string, hints: ScreenHints): boolean {
  const host = hostOf(url);
  if (host && hints.domains.some((d) => hostOnDomain(host, d))) return true;
  return hints.commitmentPages.has(comparableUrl(url));
}

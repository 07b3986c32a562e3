/**
 * Who published the page. A tracked company's domain names it from the dataset; otherwise the page names
 * itself: schema.org `Organization` markup, then `og:site_name`, then its domain, but a domain only when the
 * page uses that name as a name (written with a capital, "SAP", "Sony", "Telekom", and never as an ordinary
 * lowercase word: principles.design is not a company called "Principles"). Such a publisher is shown
 * "not tracked yet", never attributed to a tracked company.
 *
 * `leads`: the page is the publisher's own statement, so it comes first among the companies shown. Not for
 * news articles (a news site reports on others) and not when a tracked company is named more often than
 * the publisher names itself (a blog reposting another company's statement).
 */
import type { TrackedCompany } from './companies';
import type { PageInput, PageKind, Publisher } from './analysis-schema';
import { companyForHost } from './companies';
import { hostOf } from './url-utils';

const ORGANIZATION_TYPES = new Set(['organization', 'corporation', 'localbusiness', 'ngo', 'newsmediaorganization']);

/** The organisation a JSON-LD block describes, or an article's `publisher` (first found, depth-limited). */
export function organizationNameOf(data: unknown): string | undefined {
  let found: string | undefined;
  let fromPublisher: string | undefined;
  const visit = (node: unknown, depth: number): void => {
    if (found || depth > 6 || node === null || typeof node !== 'object') return;
    if (Array.isArray(node)) return node.forEach((n) => visit(n, depth + 1));
    const obj = node as Record<string, unknown>;
    const types = (Array.isArray(obj['@type']) ? obj['@type'] : [obj['@type']]).filter((t): t is string => typeof t === 'string').map((t) => t.toLowerCase());
    const name = typeof obj.name === 'string' ? obj.name.trim() : '';
    if (name && types.some((t) => ORGANIZATION_TYPES.has(t))) found = name;
    const publisher = obj.publisher as Record<string, unknown> | undefined;
    if (!fromPublisher && publisher && typeof publisher === 'object' && typeof publisher.name === 'string') fromPublisher = publisher.name.trim() || undefined;
    if (obj['@graph']) visit(obj['@graph'], depth + 1);
  };
  visit(data, 0);
  return found ?? fromPublisher;
}

/** The registrable part of a host: `news.sap.com` → `sap.com`, `www.bbc.co.uk` → `bbc.co.uk`. */
export function siteOf(host: string): string {
  const parts = host.split('.');
  const secondLevel = parts.length >= 3 && /^(?:co|com|org|net|ac|gov|edu|ne|or)$/.test(parts.at(-2)!) && parts.at(-1)!.length === 2;
  return parts.slice(secondLevel ? -3 : -2).join('.');
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * How often the page writes `label` as a name, and how, or null when it also uses it as a lowercase word.
 * The name may be the label split once by a space or hyphen ("Samsung SDI" on samsungsdi.com, "TalkTalk" on
 * talk-talk.com); not more often, so words that merely spell the label in pieces do not count.
 */
function nameUse(text: string, label: string): { written: string; count: number } | null {
  const squashed = label.replace(/-/g, '');
  // Two letters are an acronym of anything ("ai.google" is not a company called "AI"); a long label is no name.
  if (squashed.length < 3 || squashed.length > 40) return null;
  const forms = [escape(squashed)];
  for (let i = 1; i < squashed.length; i++) forms.push(`${escape(squashed.slice(0, i))}[\\s\\-]${escape(squashed.slice(i))}`);
  const counts = new Map<string, number>();
  for (const m of text.matchAll(new RegExp(`(?<![\\p{L}\\p{N}])(?:${forms.join('|')})(?![\\p{L}\\p{N}])`, 'giu'))) {
    if (m[0] === m[0].toLowerCase()) return null;
    counts.set(m[0], (counts.get(m[0]) ?? 0) + 1);
  }
  let best: { written: string; count: number } | null = null;
  let total = 0;
  for (const [written, count] of counts) {
    total += count;
    if (!best || count > best.count) best = { written, count };
  }
  return best && { written: best.written, count: total };
}

/** Kinds of page in which a company speaks for itself (page-kind.ts). */
const OWN_WORDS_KINDS: ReadonlySet<PageKind> = new Set(['policy', 'press-release']);
const MIN_FIRST_PERSON = 3;

/** How many times the first words of the text (a few thousand characters) say "we", "our" or "us". */
function firstPersonWords(text: string): number {
  return text.slice(0, 5000).match(/\b(?:we|our|us|ours)\b/gi)?.length ?? 0;
}

/**
 * A corporate or trade word a domain label may add to a company's name ("newlookgroup", "gapinc",
 * "evidentinsights", "tailspinlabs"). What is left must still be written on the page as a name, never as a
 * lowercase word (nameUse), so "clearinsights" names nobody on a page that says "clear".
 */
const CORPORATE_SUFFIX = /-?(?:group|corporate|corporation|corp|inc|plc|holdings?|global|worldwide|insights?|labs?|tech|technologies|technology|solutions|systems|software|digital|hq)$/;

/** How often the page names `name` (its first word, as written). */
function mentions(text: string, name: string): number {
  const word = escape(name.split(/\s+/)[0]!);
  return [...text.matchAll(new RegExp(`(?<![\\p{L}\\p{N}])${word}(?![\\p{L}\\p{N}])`, 'gu'))].length;
}

export interface PublisherContext {
  companies: readonly TrackedCompany[];
  kind: PageKind;
  /** Mentions of the tracked company named most on the page (company detection's count). */
  topTrackedMentions: number;
}

export function detectPublisher(input: Pick<PageInput, 'url' | 'text' | 'meta'>, ctx: PublisherContext): Publisher | null {
  const host = hostOf(input.url);
  if (!host) return null;
  const tracked = companyForHost(host, ctx.companies);
  const domain = siteOf(host);
  if (tracked) return { name: tracked.name, domain, tracked: true, companyId: tracked.id, leads: true, via: 'dataset' };
  const label = domain.split('.')[0]!;
  let named: { name: string; via: Publisher['via'] } | null = null;
  if (input.meta?.organizationName) named = { name: input.meta.organizationName, via: 'organization' };
  else if (input.meta?.ogSiteName) named = { name: input.meta.ogSiteName, via: 'og:site_name' };
  else {
    // "newlookgroup.com", "morrisons-corporate.com", "gapinc.com": the name is the label without a corporate word.
    const bare = label.replace(CORPORATE_SUFFIX, '');
    const use = nameUse(input.text, label) ?? (bare !== label ? nameUse(input.text, bare) : null);
    if (use) named = { name: use.written, via: 'domain' };
  }
  if (!named) {
    // A company's own policy or release that never writes its name ("We do not tolerate slavery in our
    // business", on polystar.co.uk): named by its domain as written, which claims no spelling of a name.
    if (!OWN_WORDS_KINDS.has(ctx.kind) || ctx.topTrackedMentions > 0 || firstPersonWords(input.text) < MIN_FIRST_PERSON) return null;
    return { name: domain, domain, tracked: false, companyId: null, leads: true, via: 'domain' };
  }
  const selfMentions = mentions(input.text, named.name);
  const leads = ctx.kind !== 'news-article' && selfMentions >= 2 && selfMentions >= ctx.topTrackedMentions;
  return { name: named.name, domain, tracked: false, companyId: null, leads, via: named.via };
}

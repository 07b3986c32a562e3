/**
 * Which tracked companies a page concerns, ranked: being on a company's domain counts most, then names
 * and aliases in the title and text. An ambiguous name ("Meta", "Apple", "BT") is matched in exact case
 * only, and counts only when something else backs it: the company's domain, an unambiguous name or alias,
 * or a page that is about one of the tracked topics ("Apple" in a recipe is fruit).
 */
import type { Company } from '../data/schema';
import type { CompanyHit } from './analysis-schema';
import type { Hit, LexiconValue } from './page-matcher';
import { hostOf, hostOnDomain } from './url-utils';

/**
 * What the analysis reads of a tracked company: its names and domains. The engine's pack carries only
 * these (a company's sources and kind stay with the dataset in the background).
 */
export type TrackedCompany = Pick<Company, 'id' | 'name' | 'aliases' | 'ambiguousNames' | 'domains'>;

export const trackedCompany = ({ id, name, aliases, ambiguousNames, domains }: TrackedCompany): TrackedCompany => ({ id, name, aliases, ambiguousNames, domains });

type CompanyHitRaw = Hit<Extract<LexiconValue, { kind: 'company' }>>;

const DOMAIN_SCORE = 10;
const TITLE_SCORE = 3;
const MAX_EVIDENCE = 8;

interface Tally {
  company: TrackedCompany;
  score: number;
  evidence: CompanyHit['evidence'];
  mentions: number;
  unambiguous: boolean;
  onDomain: boolean;
}

export interface CompanyContext {
  url: string;
  /** The page text the hits' offsets point into: ambiguous names are checked against their neighbours. */
  text: string;
  textHits: CompanyHitRaw[];
  titleHits: CompanyHitRaw[];
  companies: readonly TrackedCompany[];
  /** The page is relevant to a tracked topic: backs ambiguous names. */
  topical: boolean;
}

/** The tracked company whose domain the page is on, if any (longest domain wins: `blogs.microsoft.com`). */
export function companyForHost(host: string, companies: readonly TrackedCompany[]): TrackedCompany | undefined {
  let best: { company: TrackedCompany; len: number } | undefined;
  for (const company of companies)
    for (const domain of company.domains)
      if (hostOnDomain(host, domain) && (!best || domain.length > best.len)) best = { company, len: domain.length };
  return best?.company;
}

export function detectCompanies(ctx: CompanyContext): CompanyHit[] {
  const tallies = new Map<string, Tally>();
  const tally = (company: TrackedCompany) => {
    let t = tallies.get(company.id);
    if (!t) tallies.set(company.id, (t = { company, score: 0, evidence: [], mentions: 0, unambiguous: false, onDomain: false }));
    return t;
  };
  const host = hostOf(ctx.url);
  const owner = host ? companyForHost(host, ctx.companies) : undefined;
  if (owner) {
    const t = tally(owner);
    t.onDomain = true;
    t.score += DOMAIN_SCORE;
    t.evidence.push({ term: host, offset: 0, via: 'domain' });
  }
  for (const hit of ctx.titleHits) {
    const t = tally(hit.value.company);
    t.score += TITLE_SCORE;
    if (!hit.value.ambiguous) t.unambiguous = true;
  }
  for (const hit of ctx.textHits) {
    // "Meta-analysis", "Apple-picking": an ambiguous name joined to another word by a hyphen is that word.
    if (hit.value.ambiguous && (/^[-\u2010\u2011]\w/.test(ctx.text.slice(hit.offset + hit.length, hit.offset + hit.length + 2)) || /\w[-\u2010\u2011]$/.test(ctx.text.slice(Math.max(0, hit.offset - 2), hit.offset))))
      continue;
    const t = tally(hit.value.company);
    t.mentions++;
    if (!hit.value.ambiguous) t.unambiguous = true;
    if (t.evidence.length < MAX_EVIDENCE) t.evidence.push({ term: hit.text, offset: hit.offset, via: hit.value.via });
  }
  const result: CompanyHit[] = [];
  for (const t of tallies.values()) {
    if (!t.onDomain && !t.unambiguous && !ctx.topical) continue;
    // Mentions add with diminishing returns: a page naming IBM 30 times is about IBM, but not 30x more.
    const score = t.score + (t.mentions ? 2 * (1 + Math.log(t.mentions)) : 0);
    result.push({ id: t.company.id, name: t.company.name, score: Math.round(score * 100) / 100, evidence: t.evidence });
  }
  return result.sort((a, b) => b.score - a.score || a.name.localeCompare(b.name));
}

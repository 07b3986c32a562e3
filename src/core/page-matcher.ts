/**
 * Builds (once per engine and custom term set) the single matcher that finds topic terms, company names,
 * vague and specific terms in one pass, and sorts its hits by kind.
 */
import type { TrackedCompany } from './companies';
import { usableCustomTerms } from './custom-term-rules';
import { phrasesOf } from './lexicon/phrases';
import type { SpecificTerm, TopicTerm, VagueTerm } from './lexicon/schema';
import { compileMatcher, type CompiledMatcher, type MatcherEntry, type MatcherPlan, type RawHit } from './matcher/compiled-matcher';
import { runSteps, type Steps } from './steps';

export type LexiconValue =
  | { kind: 'topic'; term: TopicTerm }
  | { kind: 'vague'; term: VagueTerm }
  | { kind: 'specific'; term: SpecificTerm }
  | { kind: 'company'; company: TrackedCompany; via: 'name' | 'alias'; ambiguous: boolean };

export type Hit<V> = { offset: number; length: number; text: string; value: V };

export interface SortedHits {
  topic: Hit<Extract<LexiconValue, { kind: 'topic' }>>[];
  vague: Hit<Extract<LexiconValue, { kind: 'vague' }>>[];
  specific: Hit<Extract<LexiconValue, { kind: 'specific' }>>[];
  company: Hit<Extract<LexiconValue, { kind: 'company' }>>[];
}

/** The three lexicons the page matcher reads (topic, vague, specific), already validated. */
export interface Lexicons {
  topic: readonly TopicTerm[];
  vague: readonly VagueTerm[];
  specific: readonly SpecificTerm[];
}

/** Short all-capital names ("BT", "HPE") are words or letters elsewhere; match them in exact case only. */
const isAcronym = (s: string) => s.length <= 4 && s === s.toUpperCase();

export function companyEntries(companies: readonly TrackedCompany[]): MatcherEntry<LexiconValue>[] {
  const entries: MatcherEntry<LexiconValue>[] = [];
  for (const company of companies) {
    const ambiguous = new Set(company.ambiguousNames.map((n) => n.toLowerCase()));
    const seen = new Set<string>();
    const add = (phrase: string, via: 'name' | 'alias', isAmbiguous: boolean) => {
      if (seen.has(phrase.toLowerCase())) return;
      seen.add(phrase.toLowerCase());
      entries.push({
        phrase,
        caseSensitive: isAmbiguous || isAcronym(phrase),
        value: { kind: 'company', company, via, ambiguous: isAmbiguous },
      });
    };
    for (const name of company.ambiguousNames) add(name, name === company.name ? 'name' : 'alias', true);
    if (!ambiguous.has(company.name.toLowerCase())) add(company.name, 'name', false);
    for (const alias of company.aliases) if (!ambiguous.has(alias.toLowerCase())) add(alias, 'alias', false);
  }
  return entries;
}

/** The lexicons' entries, and tracked companies' names where given (the dataset's side matches those: dataset-part.ts). */
export function buildEntries(lexicons: Lexicons, companies: readonly TrackedCompany[] = []): MatcherEntry<LexiconValue>[] {
  const entries: MatcherEntry<LexiconValue>[] = [];
  for (const term of lexicons.topic)
    for (const phrase of phrasesOf(term)) entries.push({ phrase, caseSensitive: term.caseSensitive, value: { kind: 'topic', term } });
  for (const term of lexicons.vague)
    for (const phrase of phrasesOf(term)) entries.push({ phrase, caseSensitive: term.caseSensitive, value: { kind: 'vague', term } });
  for (const term of lexicons.specific)
    for (const phrase of phrasesOf(term)) entries.push({ phrase, caseSensitive: term.caseSensitive, value: { kind: 'specific', term } });
  entries.push(...companyEntries(companies));
  return entries;
}

export interface PageMatcher {
  /** The matcher for the lexicons plus a reader's own terms (none: the lexicons' own, from its plan if any). */
  withCustomTerms(customTerms?: readonly VagueTerm[]): CompiledMatcher<LexiconValue>;
}

/**
 * One matcher for the lexicons and companies, compiled on first use (from `plan`, worked out at build time
 * for exactly these entries, when given). A reader's own terms get a small matcher of their own next to it:
 * compiling everything again for 200 terms took ~100 ms on every page load.
 */
export function createPageMatcher(lexicons: Lexicons, companies: readonly TrackedCompany[] = [], plan?: MatcherPlan): PageMatcher {
  let base: CompiledMatcher<LexiconValue> | undefined;
  const withCustom = new Map<string, CompiledMatcher<LexiconValue>>();
  const lexiconMatcher = () => (base ??= compileMatcher(buildEntries(lexicons, companies), { plan }));
  return {
    withCustomTerms(customTerms = []) {
      // A stored custom term the matcher cannot use (written by an older version, or by hand) is skipped alone.
      const custom = usableCustomTerms(customTerms);
      if (custom.length === 0) return lexiconMatcher();
      const key = custom.map((t) => t.id + ':' + phrasesOf(t).join('|')).join(';');
      let matcher = withCustom.get(key);
      if (!matcher) {
        matcher = combine(lexiconMatcher(), compileMatcher(customEntries(custom)));
        if (withCustom.size > 8) withCustom.clear(); // a reader editing custom terms must not grow this forever
        withCustom.set(key, matcher);
      }
      return matcher;
    },
  };
}

function customEntries(terms: readonly VagueTerm[]): MatcherEntry<LexiconValue>[] {
  return terms.flatMap((term) => phrasesOf(term).map((phrase) => ({ phrase, caseSensitive: term.caseSensitive, value: { kind: 'vague' as const, term } })));
}

/** Both matchers' hits in text order; overlaps between them are settled later, as any overlap is (dropContained). */
function combine(a: CompiledMatcher<LexiconValue>, b: CompiledMatcher<LexiconValue>): CompiledMatcher<LexiconValue> {
  return {
    sources: [...a.sources, ...b.sources],
    phraseCount: a.phraseCount + b.phraseCount,
    match(text) {
      const hits = [...a.match(text), ...b.match(text)];
      return hits.sort((x, y) => x.offset - y.offset);
    },
    *matchSteps(text) {
      const hits = [...(yield* a.matchSteps(text)), ...(yield* b.matchSteps(text))];
      return hits.sort((x, y) => x.offset - y.offset);
    },
  };
}

export function sortHits(raw: RawHit<LexiconValue>[]): SortedHits {
  return runSteps(sortHitsSteps(raw));
}

/** `sortHits` in steps (steps.ts): a hostile page has hundreds of thousands of hits. */
export function* sortHitsSteps(raw: RawHit<LexiconValue>[]): Steps<SortedHits> {
  const sorted: SortedHits = { topic: [], vague: [], specific: [], company: [] };
  let n = 0;
  for (const hit of raw) {
    if (++n % SORT_STEP_HITS === 0) yield;
    for (const value of hit.values) {
      const h = { offset: hit.offset, length: hit.length, text: hit.text, value };
      (sorted[value.kind] as Hit<LexiconValue>[]).push(h);
    }
  }
  return sorted;
}

const SORT_STEP_HITS = 16_384;

/**
 * Keeps, among hits of one kind, only those not inside a longer one ("human rights due diligence" wins
 * over "human rights" at the same place). Hits are in text order.
 */
export function dropContained<H extends { offset: number; length: number }>(hits: H[]): H[] {
  const kept: H[] = [];
  for (const hit of hits) {
    const last = kept.at(-1);
    if (last && hit.offset < last.offset + last.length) {
      // Overlap: keep the longer; on a tie the earlier.
      if (hit.length > last.length && hit.offset + hit.length > last.offset + last.length) kept[kept.length - 1] = hit;
      continue;
    }
    kept.push(hit);
  }
  return kept;
}

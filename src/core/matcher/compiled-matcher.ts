/**
 * One matcher for every phrase the core looks for (topic terms, company names, vague and specific terms,
 * a user's own terms): a single trie-factored regex, one left-to-right pass over the text.
 * Each hit is looked up by its key to find the lexicon entries it belongs to.
 */
import { phraseKey, textKey } from './phrase-syntax';
import { compileTrieSources } from './trie-regex';
import { runSteps, type Steps } from '../steps';

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
  /** Shared between hits of the same spelling: do not modify. */
  readonly values: readonly T[];
}

export interface CompiledMatcher<T> {
  /** The regex sources: one unless the lexicon outgrows V8's optimisation budget (see trie-regex.ts). */
  readonly sources: readonly string[];
  readonly phraseCount: number;
  /** Every hit, in text order. Overlapping hits are reported (a hit may start inside a longer one). */
  match(text: string): RawHit<T>[];
  /** The same, in steps (steps.ts): it yields every stretch of text, so a huge page can be matched in slices. */
  matchSteps(text: string): Steps<RawHit<T>[]>;
}

/**
 * What compiling a matcher works out from its phrases: the regex sources, each entry's key and the keys
 * that have a shorter phrase at their start. Plain JSON, so a build step can work it out once for the
 * bundled lexicon (core/engine-pack.ts, at build time) and a content script start from it on every page
 * load instead of rebuilding the trie.
 */
export interface MatcherPlan {
  sources: string[];
  /** One per entry, in order: the entry's phrase key, or null for a phrase that reduces to nothing. */
  keys: (string | null)[];
  /** Keys that have a shorter phrase at their start ("ethical ai" → "ethical"). */
  shorter: string[];
}

/** `maxSourceLength` exists for tests of the split path; callers keep the default. */
export function planMatcher(entries: readonly MatcherEntry<unknown>[], options: { maxSourceLength?: number } = {}): MatcherPlan {
  const keys = entries.map((entry) => phraseKey(entry.phrase) || null);
  const distinct = new Set(keys.filter((k): k is string => k !== null));
  // Only hits of keys with a shorter phrase at their start need the prefix look-ups of `resolve`, so most
  // hits cost one Map lookup.
  const shorter: string[] = [];
  for (const key of distinct)
    for (let end = previousWordEnd(key, key.length); end > 0; end = previousWordEnd(key, end))
      if (distinct.has(key.slice(0, end))) {
        shorter.push(key);
        break;
      }
  return { sources: compileTrieSources(distinct, options.maxSourceLength), keys, shorter };
}

/**
 * With `plan` (worked out earlier for these very entries) nothing is compiled but the regexes; a plan that
 * does not fit the entries is ignored rather than trusted.
 */
export function compileMatcher<T>(
  entries: readonly MatcherEntry<T>[],
  options: { maxSourceLength?: number; plan?: MatcherPlan | undefined } = {},
): CompiledMatcher<T> {
  const plan = options.plan && options.plan.keys.length === entries.length ? options.plan : planMatcher(entries, options);
  const byKey = new Map<string, MatcherEntry<T>[]>();
  let placeholders = false;
  entries.forEach((entry, i) => {
    const key = plan.keys[i];
    if (!key) return;
    if (key.includes('{')) placeholders = true;
    const list = byKey.get(key);
    if (list) list.push(entry);
    else byKey.set(key, [entry]);
  });
  const sources = plan.sources;
  const hasShorter = new Set(plan.shorter);
  // Measured on Node 20: the `i` flag on the original text is as fast as lowercasing first and matching
  // without it (~215 M chars/s either way), and keeps offsets exact without a second code path.
  const regexes = sources.map((source) => new RegExp(source, 'gi'));

  function lookup(text: string): MatcherEntry<T>[] | undefined {
    return byKey.get(textKey(text, false)) ?? (placeholders ? byKey.get(textKey(text, true)) : undefined);
  }

  const memo = new Map<string, { length: number; text: string; values: T[] }[]>();

  /**
   * One regex's matches that start in `[from, to)`, pushed to `hits` in text order. `state` carries the
   * regex's progress between windows: where to resume, and a match already found past the window.
   */
  function scanWindow(re: RegExp, state: ScanState, text: string, to: number, hits: RawHit<T>[]): void {
    let m = state.pending ?? (state.done ? null : execFrom(re, text, state.resumeAt));
    state.pending = null;
    while (m !== null) {
      const offset = m.index;
      if (offset >= to) {
        state.pending = m;
        return;
      }
      const length = m[0].length;
      // Restart one character on, not after the hit, so a phrase starting inside a longer one is found too
      // (consumers decide which of two overlapping hits wins).
      state.resumeAt = offset + 1;
      if (length > 0) {
        const original = m[0];
        let resolved = memo.get(original);
        if (!resolved) {
          resolved = resolve(original);
          // Pages repeat their phrases: remember how each spelling resolves (bounded: hostile pages exist).
          if (memo.size > 4096) memo.clear();
          memo.set(original, resolved);
        }
        for (const r of resolved) hits.push({ offset, length: r.length, text: r.text, values: r.values });
      }
      m = execFrom(re, text, state.resumeAt);
    }
    state.done = true;
  }

  /**
   * The entries a matched text stands for. The regex reports the longest phrase starting here; shorter
   * phrases at the same start ("ethical" in "ethical AI") may belong to another lexicon, so for keys that
   * have such a prefix each word-boundary prefix is looked up too.
   */
  function resolve(original: string): { length: number; text: string; values: T[] }[] {
    const out: { length: number; text: string; values: T[] }[] = [];
    const shorter = hasShorter.has(textKey(original, false)) || (placeholders && hasShorter.has(textKey(original, true)));
    for (let end = original.length; end > 0; end = shorter ? previousWordEnd(original, end) : 0) {
      const piece = end === original.length ? original : original.slice(0, end);
      const found = lookup(piece);
      if (!found) continue;
      const values: T[] = [];
      for (const entry of found) {
        if (entry.caseSensitive && !sameCase(piece, entry.phrase)) continue;
        values.push(entry.value);
      }
      if (values.length) out.push({ length: end, text: piece, values });
    }
    return out;
  }

  /**
   * Every regex over one window of the text at a time, then that window's hits put in order: each step
   * (about a millisecond) ends with its hits final, so no step sorts the whole page's hits at the end.
   * Several regexes cover disjoint first characters, so no position is reported twice.
   */
  function* matchSteps(text: string): Steps<RawHit<T>[]> {
    const hits: RawHit<T>[] = [];
    const states: ScanState[] = regexes.map(() => ({ resumeAt: 0, pending: null, done: false }));
    for (let from = 0; from < text.length || from === 0; from += STEP_CHARS) {
      const to = from + STEP_CHARS;
      const before = hits.length;
      regexes.forEach((re, i) => scanWindow(re, states[i]!, text, to, hits));
      if (regexes.length > 1 && hits.length - before > 1) {
        const window = hits.splice(before).sort((a, b) => a.offset - b.offset);
        for (const h of window) hits.push(h);
      }
      if (to < text.length) yield;
    }
    return hits;
  }

  return { sources, phraseCount: byKey.size, match: (text) => runSteps(matchSteps(text)), matchSteps };
}

interface ScanState {
  resumeAt: number;
  pending: RegExpExecArray | null;
  done: boolean;
}

function execFrom(re: RegExp, text: string, at: number): RegExpExecArray | null {
  re.lastIndex = at;
  return re.exec(text);
}

/** How much text a matcher step covers (about a millisecond of matching). */
const STEP_CHARS = 128 * 1024;

const isWordChar = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}_]/u.test(c);

/** The end of the previous word inside `text[0, end)` that is followed by a non-word character; 0 if none. */
function previousWordEnd(text: string, end: number): number {
  for (let i = end - 1; i > 0; i--) if (isWordChar(text[i - 1]) && !isWordChar(text[i])) return i;
  return 0;
}

/** Exact-case comparison that still tolerates the separator and apostrophe variations of the phrase syntax. */
function sameCase(text: string, phrase: string): boolean {
  const norm = (s: string) => s.replace(/[\s\-\u2010\u2011]+/g, ' ').replace(/\u2019/g, "'").trim();
  return norm(text) === norm(phrase);
}

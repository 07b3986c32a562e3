/**
 * An upper bound on the screen's topic scores, computed on text that is cheaper to get than the
 * extracted text: the page's `textContent` (one native call, no walk over its nodes).
 *
 * The screen (relevance/screen.ts) scores topic-term hits in the extracted text T. `textContent` C holds the same
 * readable characters in the same order, but (1) without the newline T puts between blocks, so words of
 * neighbouring blocks touch ("Home" + "AI ethics" = "HomeAI ethics"), and (2) with the text of skipped
 * nodes (script, style, code…) where T has none. So phrases are matched *relaxed* here: no word boundaries
 * at all, and a separator between words may be empty. Then every hit the screen keeps in T (a phrase of
 * term t starting at some character) has a relaxed match of a phrase of t starting at that same character
 * in C, provided no skipped text sits inside the hit: removing T's newlines only empties separators, and
 * nothing in a relaxed phrase looks past its own characters.
 *
 * Counting, for each term, the positions of C where one of its phrases matches relaxed therefore bounds
 * from above how many hits the screen keeps for it (the hits it keeps never overlap, so no two share a
 * start), and a topic's score only grows with its terms' counts. Skipped text inside a hit is ruled out
 * separately, around each skipped text node (`crossesJunction`).
 */
import type { Topic } from '../../data/primitives';
import type { TopicTerm } from '../lexicon/schema';
import { phrasesOf } from '../lexicon/phrases';
import { tokenizePhrase } from '../matcher/phrase-syntax';
import { compileTrieSources } from '../matcher/trie-regex';

/** A separator that may be empty: T's newline between two blocks is not in C. */
const RELAXED_SEPARATOR = '[\\s\\-\u2010\u2011]*';

export interface RelaxedScreen {
  /** Finds every position where some topic phrase matches relaxed (flags gi; restart one past each find). */
  scanner: RegExp;
  /** At one position, which terms match: one optional lookahead per term (sticky), case as the term asks. */
  sets: { re: RegExp; terms: TopicTerm[] }[];
  /** The most non-separator characters in one phrase: how far a match can reach. */
  reach: number;
}

const relaxedSource = (phrases: string[]) => compileTrieSources(phrases, Infinity, RELAXED_SEPARATOR, false)[0]!;

/**
 * For terms that must match as written ("AI", not "ai"): the trie compiler lowercases, so these few short
 * phrases are spelt out one by one, letters as written, separators and apostrophes as in phrase-syntax.ts.
 */
function exactCaseSource(phrases: string[]): string {
  const tokenSource = (c: string) =>
    /[\s\-\u2010\u2011]/.test(c) ? RELAXED_SEPARATOR : c === "'" || c === '\u2019' ? "['\u2019]" : /[.*+?^${}()|[\]\\/]/.test(c) ? '\\' + c : c;
  return phrases.map((p) => p.trim().replace(/[\s\-\u2010\u2011]+/g, ' ').split('').map(tokenSource).join('')).join('|');
}

/** The regex sources of a RelaxedScreen: worked out at build time for the bundled lexicon (engine-pack.ts, made at build time). */
export interface RelaxedPlan {
  scanner: string;
  sets: { source: string; caseSensitive: boolean; termIds: string[] }[];
  reach: number;
}

/**
 * Null when a phrase uses a `{n}` placeholder (a number has no longest spelling, so no match has a reach and
 * skipped text could not be ruled out near one), or a case-sensitive phrase any placeholder (spelt out
 * literally below). The bundled topic lexicon has neither; tested.
 */
export function planRelaxedScreen(terms: readonly TopicTerm[]): RelaxedPlan | null {
  let reach = 0;
  for (const term of terms)
    for (const phrase of phrasesOf(term)) {
      const tokens = tokenizePhrase(phrase);
      if (tokens.some((t) => t.kind === 'number' || (term.caseSensitive && t.kind === 'year'))) return null;
      reach = Math.max(reach, tokens.reduce((n, t) => n + (t.kind === 'sep' ? 0 : t.kind === 'year' ? 4 : 1), 0));
    }
  const sets: RelaxedPlan['sets'] = [];
  for (const caseSensitive of [false, true]) {
    const group = terms.filter((t) => (t.caseSensitive ?? false) === caseSensitive);
    if (group.length === 0) continue;
    // `(?=(x)|)` always succeeds and captures when x matches here: every term is tried, not just the first.
    const source = group.map((t) => `(?=(${caseSensitive ? exactCaseSource(phrasesOf(t)) : relaxedSource(phrasesOf(t))})|)`).join('');
    sets.push({ source, caseSensitive, termIds: group.map((t) => t.id) });
  }
  return { scanner: relaxedSource(terms.flatMap((t) => phrasesOf(t))), sets, reach };
}

/** A plan made for other terms (ids, or their order) is ignored and the terms planned afresh. */
export function compileRelaxedScreen(terms: readonly TopicTerm[], plan?: RelaxedPlan | null): RelaxedScreen | null {
  const byId = new Map(terms.map((t) => [t.id, t]));
  const fits = (p: RelaxedPlan) => p.sets.flatMap((s) => s.termIds).join('\n') === [false, true].flatMap((cs) => terms.filter((t) => (t.caseSensitive ?? false) === cs).map((t) => t.id)).join('\n');
  const used = plan !== undefined && (plan === null || fits(plan)) ? plan : planRelaxedScreen(terms);
  if (!used) return null;
  return {
    scanner: new RegExp(used.scanner, 'gi'),
    sets: used.sets.map((s) => ({ re: new RegExp(s.source, s.caseSensitive ? 'y' : 'iy'), terms: s.termIds.map((id) => byId.get(id)!) })),
    reach: used.reach,
  };
}

/** Calls `found` for each term with a phrase matching relaxed at `position` of `text`. */
function termsAt(screen: RelaxedScreen, text: string, position: number, found: (term: TopicTerm) => void): void {
  for (const { re, terms } of screen.sets) {
    re.lastIndex = position;
    const m = re.exec(text)!;
    for (let i = 0; i < terms.length; i++) if (m[i + 1] !== undefined) found(terms[i]!);
  }
}

/**
 * Positions of `text` before `end` where some phrase matches relaxed, in order. The scanner is shared, so
 * its `lastIndex` is set before every search: other scans may run while this one is suspended.
 */
function* candidatePositions(screen: RelaxedScreen, text: string, end = text.length): Generator<number> {
  const re = screen.scanner;
  for (let from = 0; ; ) {
    re.lastIndex = from;
    const m = re.exec(text);
    if (m === null || m.index >= end) return;
    from = m.index + 1;
    yield m.index;
  }
}

/** Per term, how many positions of `text` have a relaxed match of one of its phrases, added to `counts` (× sign). */
export function countRelaxed(screen: RelaxedScreen, text: string, counts: Map<TopicTerm, number>, sign: 1 | -1 = 1, stop?: () => boolean): void {
  for (const position of candidatePositions(screen, text)) {
    termsAt(screen, text, position, (term) => counts.set(term, (counts.get(term) ?? 0) + sign));
    if (stop?.()) return;
  }
}

/**
 * The bound on each topic's score: the screen's formula (evidence.ts `scoreTopics`: weight · (1 + ln count)
 * per term, plus the weight of each distinct term in the title, rounded to hundredths) over the relaxed
 * counts. In the title (a plain string, nothing skipped) relaxed matching finds every term the exact one does.
 */
export function boundScores(counts: ReadonlyMap<TopicTerm, number>, title: string, screen: RelaxedScreen): Map<Topic, number> {
  const scores = new Map<Topic, number>();
  const add = (topic: Topic, value: number) => scores.set(topic, (scores.get(topic) ?? 0) + value);
  for (const [term, count] of counts) if (count > 0) add(term.topic, term.weight * (1 + Math.log(count)));
  const inTitle = new Set<TopicTerm>();
  for (const position of candidatePositions(screen, title)) termsAt(screen, title, position, (term) => inTitle.add(term));
  for (const term of inTitle) add(term.topic, term.weight);
  for (const [topic, score] of scores) scores.set(topic, Math.round(score * 100) / 100);
  return scores;
}

/** The best topic's bound (0 for none): what the first look compares with SCREEN_FLOOR and LIKELY_BOUND. */
export function bestBound(counts: ReadonlyMap<TopicTerm, number>, title: string, screen: RelaxedScreen): number {
  let best = 0;
  for (const score of boundScores(counts, title, screen).values()) best = Math.max(best, score);
  return best;
}

/**
 * Whether skipped text between `before` and `after` (the readable text on each side of it, at least `reach`
 * non-separator characters or up to the page's edge) might sit inside a screen hit. Unsafe when some term
 * matches at a position before it only by reaching past it: a term that also matches without reaching past
 * it is found in C at that position anyway, skipped text or not.
 */
export function crossesJunction(screen: RelaxedScreen, before: string, after: string): boolean {
  const joined = before + after;
  for (const position of candidatePositions(screen, joined, before.length)) {
    const across = new Set<TopicTerm>();
    termsAt(screen, joined, position, (term) => across.add(term));
    termsAt(screen, before, position, (term) => across.delete(term));
    if (across.size > 0) return true;
  }
  return false;
}

/** What a separator matches: JavaScript's \s, hyphen-minus, U+2010 and U+2011 (by code: this runs per character). */
function isSeparator(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return c === 0x2d;
  return (
    c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2010 || c === 0x2011 || c === 0x2028 || c === 0x2029 ||
    c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}

/**
 * The end (`fromEnd`) or start of `text` holding `needed` characters that are not separators, or all of it;
 * and how many it holds. Junction windows are built from these, a node's text at a time.
 */
export function reachSlice(text: string, needed: number, fromEnd: boolean): { slice: string; counted: number } {
  let counted = 0;
  for (let k = 0; k < text.length && counted < needed; k++) {
    const i = fromEnd ? text.length - 1 - k : k;
    if (!isSeparator(text.charCodeAt(i))) counted++;
    if (counted === needed) return { slice: fromEnd ? text.slice(i) : text.slice(0, i + 1), counted };
  }
  return { slice: text, counted };
}

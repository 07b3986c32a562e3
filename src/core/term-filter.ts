/**
 * Turns raw vague and specific hits into the page's reading:
 * - among vague terms the whole phrase wins ("take appropriate steps", not "appropriate");
 * - a vague term inside specific language is not vague ("may" in "may not be used");
 * - a hedge or aspiration under a negation is not vague ("we will not continue to sell", "we do not seek to");
 * - "May" the month is never the hedge "may" (the entry is case-sensitive, and dates are checked here too);
 * - a match the context rules place outside the company's own voice is not vague (term-context.ts);
 * - a guarded match (one that counts only beside a word of a class) marks that word too, unless the wider
 *   mark would overlap another.
 */
import type { SpecificMatch, VagueMatch } from './analysis-schema';
import type { SpecificTerm, VagueTerm } from './lexicon/schema';
import { dropContained, type Hit } from './page-matcher';
import { runSteps, type Steps } from './steps';
import { contextRuleFor, createTextReading, guardedSpan } from './term-context';

type VagueHit = Hit<{ kind: 'vague'; term: VagueTerm }>;
type SpecificHit = Hit<{ kind: 'specific'; term: SpecificTerm }>;

// A contraction ("don't", "won’t") ends a word: no word boundary comes before its "n't".
const NEGATION_BEFORE = /(?:\b(?:not|never|no longer|cannot)|n['’]t)\s+(?:\w+\s+)?$/i;
const NEGATABLE = new Set(['aspiration', 'hedge', 'process-not-outcome', 'vague-timing']);

function isDate(text: string, hit: VagueHit): boolean {
  if (hit.value.term.id !== 'may') return false;
  const after = text.slice(hit.offset + hit.length, hit.offset + hit.length + 4);
  const before = text.slice(Math.max(0, hit.offset - 4), hit.offset);
  return /^\s+\d/.test(after) || /\d\s*$/.test(before);
}

type Filtered = { vague: VagueMatch[]; specific: SpecificMatch[] };

export function filterTerms(text: string, vagueHits: VagueHit[], specificHits: SpecificHit[]): Filtered {
  return runSteps(filterTermsSteps(text, vagueHits, specificHits));
}

/** How many hits a step of the filter weighs (the context rules cost microseconds per hit). */
const STEP_HITS = 256;

export function* filterTermsSteps(text: string, vagueHits: VagueHit[], specificHits: SpecificHit[]): Steps<Filtered> {
  const specific = dropContained(specificHits);
  const vague: VagueMatch[] = [];
  /** Marks widened to their class word, by index, with the match they grew from. */
  const widened = new Map<number, VagueHit>();
  let s = 0;
  let n = 0;
  // This analysis's reading of the text (its sentence and line indexes), dropped with it.
  const reading = createTextReading();
  for (const hit of dropContained(vagueHits)) {
    if (++n % STEP_HITS === 0) yield;
    // Skip specific spans that end before this hit; specific hits are in text order.
    while (s < specific.length && specific[s]!.offset + specific[s]!.length <= hit.offset) s++;
    const sp = specific[s];
    if (sp && sp.offset <= hit.offset && sp.offset + sp.length >= hit.offset + hit.length) continue;
    if (isDate(text, hit)) continue;
    if (NEGATABLE.has(hit.value.term.category)) {
      const before = text.slice(Math.max(0, hit.offset - 40), hit.offset);
      if (NEGATION_BEFORE.test(before)) continue;
    }
    const context = { offset: hit.offset, length: hit.length, text: hit.text, term: hit.value.term };
    if (contextRuleFor(text, context, reading)) continue;
    const span = guardedSpan(text, context);
    const previous = vague.at(-1);
    const wide = span.length !== hit.length && (!previous || previous.offset + previous.length <= span.offset) ? span : hit;
    if (wide !== hit) widened.set(vague.length, hit);
    vague.push({ termId: hit.value.term.id, text: text.slice(wide.offset, wide.offset + wide.length), offset: wide.offset, length: wide.length, category: hit.value.term.category });
  }
  // A mark widened forward must not reach into the next one: such a mark keeps its own span.
  for (const [i, hit] of widened) {
    const next = vague[i + 1];
    if (next && vague[i]!.offset + vague[i]!.length > next.offset) vague[i] = { ...vague[i]!, offset: hit.offset, length: hit.length, text: hit.text };
  }
  return {
    vague,
    specific: specific.map((h) => ({ termId: h.value.term.id, text: h.text, offset: h.offset, length: h.length })),
  };
}

/** Share of specific among all vague and specific matches; null when the page has neither. */
export function specificity(vagueCount: number, specificCount: number): number | null {
  const total = vagueCount + specificCount;
  return total === 0 ? null : Math.round((specificCount / total) * 1000) / 1000;
}

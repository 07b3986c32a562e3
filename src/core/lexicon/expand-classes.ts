/**
 * Word classes in the vague-term lexicon: a variant written `<aspire> to` stands for "aim to", "aims to",
 * "striving to" … — every member of the class `aspire` (word-classes.json) in its place. A phrase list
 * grown from the pages it was tuned on transferred little to unseen pages (README, Accuracy); a class
 * written once covers the wordings of a hedge family that no page has shown yet.
 *
 * Classes are expanded when the lexicon is loaded, into plain variants, so the matcher and everything
 * after it see ordinary phrases (its semantics unchanged). `<name?>` stands for a member or nothing.
 * Every phrase costs the matcher (its regex grows with each one), so a class pair that would multiply into
 * hundreds of phrases ("potential" × harms) is written as a guarded entry instead: its own few words as
 * phrases, the other class as `followedBy` / `precededBy`, checked beside each match (term-context.ts).
 * A phrase that an entry lists itself, or that an earlier entry's expansion already gave, is left to that
 * entry: a class may overlap a hand-written phrase without making two entries claim it.
 */
import { phraseKey } from '../matcher/phrase-syntax';
import { phrasesOf } from './phrases';
import type { VagueTerm } from './schema';

export interface WordClass {
  /** What the members share: why a pattern may use the class. */
  why: string;
  words: string[];
}

export type WordClasses = Record<string, WordClass>;

/** Every class in the bundled lexicon expands to at most this many vague phrases in all (README: matcher speed and pack size). */
export const MAX_EXPANDED_PHRASES = 6_000;

const CLASS_TOKEN = /<([a-z][a-z0-9-]*)(\?)?>/g;

export const hasClass = (phrase: string) => /<[a-z][a-z0-9-]*\??>/.test(phrase);

/** The plain phrases a pattern stands for, in the order its classes list their words. Throws on an unknown class. */
export function expandPattern(pattern: string, classes: WordClasses): string[] {
  const match = CLASS_TOKEN.exec(pattern);
  CLASS_TOKEN.lastIndex = 0;
  if (!match) return [pattern.replace(/\s+/g, ' ').trim()];
  const [token, name, optional] = match;
  const wordClass = classes[name!];
  if (!wordClass) throw new Error(`unknown word class <${name}> in "${pattern}"`);
  const head = pattern.slice(0, match.index);
  const tail = pattern.slice(match.index + token.length);
  const choices = optional ? [...wordClass.words, ''] : wordClass.words;
  return choices.flatMap((word) => expandPattern(head + word + tail, classes)).filter((p) => p !== '');
}

/**
 * The lexicon with every class pattern replaced by its plain phrases. Hand-written phrases keep their owner;
 * an expansion another entry already owns is dropped. Throws past `maxPhrases` so the lexicon cannot grow
 * without anyone deciding it.
 */
export function expandWordClasses(terms: readonly VagueTerm[], classes: WordClasses, maxPhrases = MAX_EXPANDED_PHRASES): VagueTerm[] {
  const owners = new Map<string, string>();
  for (const term of terms) for (const phrase of phrasesOf(term)) if (!hasClass(phrase)) owners.set(phraseKey(phrase), term.id);
  let total = 0;
  const expanded = terms.map((original) => {
    const term = expandGuards(original, classes);
    if (!term.variants.some(hasClass)) {
      total += 1 + term.variants.length;
      return term;
    }
    const variants: string[] = [];
    const own = new Set([phraseKey(term.phrase)]);
    for (const variant of term.variants) {
      for (const phrase of hasClass(variant) ? expandPattern(variant, classes) : [variant]) {
        const key = phraseKey(phrase);
        const owner = owners.get(key);
        if ((owner !== undefined && owner !== term.id) || own.has(key)) continue;
        owners.set(key, term.id);
        own.add(key);
        variants.push(phrase);
      }
    }
    total += 1 + variants.length;
    return { ...term, variants };
  });
  if (total > maxPhrases) throw new Error(`vague-terms.json: word classes expand to ${total} phrases, more than ${maxPhrases}`);
  return expanded;
}

/** The entry's guard words (`followedBy`, `precededBy`) with their classes expanded; they are not phrases, so no owner. */
function expandGuards(term: VagueTerm, classes: WordClasses): VagueTerm {
  const expand = (words: string[] | undefined) => (words ? [...new Set(words.flatMap((w) => expandPattern(w, classes)))] : undefined);
  if (!term.followedBy && !term.precededBy) return term;
  const guarded: VagueTerm = { ...term };
  if (term.followedBy) guarded.followedBy = expand(term.followedBy);
  if (term.precededBy) guarded.precededBy = expand(term.precededBy);
  return guarded;
}

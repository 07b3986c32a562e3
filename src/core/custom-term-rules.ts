/**
 * A reader's own vague terms: what the options form accepts, what the settings keep and what the
 * matcher compiles, checked by one schema so the three never disagree ("we {will}" used to pass the form
 * and then fail every analysis). Bounds keep one term, or many, from freezing a page:
 * - a phrase compiles (known placeholders only: `{n}`, `{year}`) and has at most MAX_PLACEHOLDERS of them;
 * - a placeholder never touches another placeholder, a digit, `.` or `,`: the number pattern
 *   (`\d+(?:[.,]\d+)*`) next to any of those could split the same digits many ways, and the regex engine
 *   would try them all (`{n}{n}{n}{n}{n}{n}{n}{n}x` on a long number froze pages for seconds);
 * - at most MAX_PHRASE_LENGTH characters per phrase, MAX_VARIANTS variants, MAX_CUSTOM_TERMS terms.
 * Pure TypeScript without zod: the options page, the settings reader and the content script share it
 * (custom-terms.ts adds the schema for the options page and settings).
 */
import { tokenizePhrase, type PhraseToken } from './matcher/phrase-syntax';

export const MAX_CUSTOM_TERMS = 200;
export const MAX_PHRASE_LENGTH = 100;
export const MAX_PLACEHOLDERS = 2;
export const MAX_VARIANTS = 10;

const isPlaceholder = (t: PhraseToken | undefined) => t?.kind === 'number' || t?.kind === 'year';
const isNumberish = (t: PhraseToken | undefined) => isPlaceholder(t) || (t?.kind === 'char' && /[0-9.,]/.test(t.char));

/** Why `phrase` cannot be a custom term, or null when it can. */
export function customPhraseProblem(phrase: string): string | null {
  if (phrase.length > MAX_PHRASE_LENGTH) return `is longer than ${MAX_PHRASE_LENGTH} characters`;
  let tokens: PhraseToken[];
  try {
    tokens = tokenizePhrase(phrase);
  } catch {
    const bad = /\{[^}]*\}?/.exec(phrase.slice(phrase.indexOf('{')))?.[0] ?? '{';
    return `uses ${bad}, which is not a placeholder: only {n} (a number) and {year} exist; write other braces out`;
  }
  if (!tokens.some((t) => t.kind === 'char')) return 'needs at least one letter';
  const placeholders = tokens.filter(isPlaceholder).length;
  if (placeholders > MAX_PLACEHOLDERS) return `has ${placeholders} placeholders; at most ${MAX_PLACEHOLDERS} are allowed`;
  for (let i = 0; i < tokens.length; i++)
    if (isPlaceholder(tokens[i]) && (isNumberish(tokens[i - 1]) || isNumberish(tokens[i + 1])))
      return 'puts a placeholder right next to another placeholder, a digit, "." or ",": separate them with a word or a space';
  return null;
}

/** The terms of `terms` the matcher can use, in order: a stored term that fails is skipped, never the analysis. */
export function usableCustomTerms<T extends { phrase: string; variants?: readonly string[] }>(terms: readonly T[]): T[] {
  const usable: T[] = [];
  for (const term of terms) {
    if (usable.length >= MAX_CUSTOM_TERMS) break;
    if (customPhraseProblem(term.phrase) === null && (term.variants ?? []).every((v) => customPhraseProblem(v) === null)) usable.push(term);
  }
  return usable;
}

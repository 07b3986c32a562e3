/**
 * The bundled lexicons, validated with zod on first use (not at import: the content script imports this
 * on every page and most pages never need it parsed twice). A malformed lexicon throws a message that
 * names the entry, because a silently dropped term would hide vague language from readers.
 */
import { phraseKey } from '../matcher/phrase-syntax';
import {
  SpecificLexicon,
  TopicLexicon,
  VagueLexicon,
  WordClassFile,
  type SpecificTerm,
  type TopicTerm,
  type VagueTerm,
} from './schema';
import specificJson from './specific-terms.json';
import topicJson from './topic-terms.json';
import vagueJson from './vague-terms.json';
import wordClassJson from './word-classes.json';
import { expandWordClasses } from './expand-classes';

interface Phrased {
  id: string;
  phrase: string;
  variants: string[];
}

/** Every phrase of an entry: its main phrase first, then its variants. */
export { phrasesOf } from './phrases';
import { phrasesOf } from './phrases';

/** Duplicate ids or two entries claiming the same phrase make matches ambiguous: reject them. */
export function checkUnique(name: string, terms: readonly Phrased[]): void {
  const ids = new Set<string>();
  const owners = new Map<string, string>();
  for (const term of terms) {
    if (ids.has(term.id)) throw new Error(`${name}: duplicate id "${term.id}"`);
    ids.add(term.id);
    for (const phrase of phrasesOf(term)) {
      const key = phraseKey(phrase);
      const owner = owners.get(key);
      if (owner !== undefined && owner !== term.id)
        throw new Error(`${name}: phrase "${phrase}" of "${term.id}" is already a phrase of "${owner}"`);
      owners.set(key, term.id);
    }
  }
}

function parse<T extends { terms: Phrased[] }>(name: string, schema: { safeParse(v: unknown): { success: true; data: T } | { success: false; error: { issues: { path: PropertyKey[]; message: string }[] } } }, raw: unknown): T {
  const result = schema.safeParse(raw);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    throw new Error(`${name} is invalid at ${issue.path.join('.')}: ${issue.message}`);
  }
  checkUnique(name, result.data.terms);
  return result.data;
}

let vague: VagueTerm[] | undefined;
let specific: SpecificTerm[] | undefined;
let topics: TopicTerm[] | undefined;

/** The vague terms with their word classes expanded into plain variants (expand-classes.ts). */
export function getVagueTerms(): readonly VagueTerm[] {
  return (vague ??= expandWordClasses(parse('vague-terms.json', VagueLexicon, vagueJson).terms, getWordClasses()));
}

/** The word classes vague-term variants may name, validated. */
export function getWordClasses(): WordClassFile['classes'] {
  const result = WordClassFile.safeParse(wordClassJson);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    throw new Error(`word-classes.json is invalid at ${issue.path.join('.')}: ${issue.message}`);
  }
  return result.data.classes;
}
export function getSpecificTerms(): readonly SpecificTerm[] {
  return (specific ??= parse('specific-terms.json', SpecificLexicon, specificJson).terms);
}
export function getTopicTerms(): readonly TopicTerm[] {
  return (topics ??= parse('topic-terms.json', TopicLexicon, topicJson).terms);
}

/** Validates user-supplied terms (options page, imports); throws with the offending entry's path. */
export function parseVagueTerms(raw: unknown): VagueTerm[] {
  const result = VagueLexicon.shape.terms.safeParse(raw);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    throw new Error(`custom vague terms is invalid at ${issue.path.join('.')}: ${issue.message}`);
  }
  checkUnique('custom vague terms', result.data);
  return result.data;
}

/**
 * The lexicon entry behind a VagueMatch's `termId` (user terms first, so a user can reword an entry):
 * what the content script shows beside a highlight (explanation, alternative, NGO question ids).
 */
export function getVagueTermById(id: string, customTerms: readonly VagueTerm[] = []): VagueTerm | undefined {
  return customTerms.find((t) => t.id === id) ?? getVagueTerms().find((t) => t.id === id);
}

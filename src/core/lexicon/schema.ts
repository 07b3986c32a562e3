/**
 * Shapes of the two lexicons the matcher compiles: vague terms (language that empties a commitment)
 * and specific terms (checkable language: "will not", "by 2025", "independent audit").
 * The lexicons are data (JSON beside this file), validated by these schemas when loaded.
 */
import { z } from 'zod';
import { RecordId, Topic } from '../../data/primitives';

export const VagueCategory = z.enum([
  'scope-limiter', // "general purpose", "certain", "in some cases": narrows what the promise covers
  'hedge', // "where appropriate", "as necessary": a conditional escape clause
  'undefined-standard', // "responsibly", "ethical": a value with no mechanism or test
  'aspiration', // "we strive", "we aim to": modal or aspirational, no commitment
  'passive-accountability', // "steps will be taken", "mistakes were made": no actor named
  'unverifiable-claim', // "industry-leading", "robust": a quality no reader can check
  'process-not-outcome', // "we are reviewing", "dialogue": process offered instead of an outcome
  'vague-timing', // "soon", "over time", "in due course"
]);
export type VagueCategory = z.infer<typeof VagueCategory>;

export const VagueTerm = z.object({
  /** Slug of the main phrase: `general-purpose`. Dataset records and tests refer to it. */
  id: RecordId,
  /** A plain phrase (no word class): what a card names the term by. */
  phrase: z.string().min(1).refine((p) => !/[<>]/.test(p), 'the main phrase is plain: word classes go in variants'),
  /**
   * Other spellings and inflections matched as the same term ("general-purpose"). In the bundled lexicon a
   * variant may name word classes (`<aspire> to`, expand-classes.ts), expanded into plain phrases on load.
   */
  variants: z.array(z.string().min(1)).default([]),
  category: VagueCategory,
  /** One sentence: why a reader should ask more. */
  explanation: z.string().min(1),
  /** A more precise wording a reader could ask for. */
  alternative: z.string().min(1),
  /** NGO question ids that ask what this term means (`edri-2020-ibm-q8`). */
  questionIds: z.array(RecordId).default([]),
  /** Real-world style sentence in which the term must be found (tested for every entry). */
  example: z.string().min(1),
  /** Only written exactly so counts: "may" the hedge, not "May" the month. */
  caseSensitive: z.boolean().optional(),
  /**
   * A match counts only when one of these words follows it ("potential" before "harms", not before
   * "customers"): a word class checked beside the match (term-context.ts, rule 'class-guard') instead of
   * one phrase per pair, which would multiply the matcher's phrases. Word classes allowed, as in variants.
   */
  followedBy: z.array(z.string().min(1)).optional(),
  /** A match counts only when one of these words comes right before it ("where" before "permissible"). */
  precededBy: z.array(z.string().min(1)).optional(),
});
export type VagueTerm = z.infer<typeof VagueTerm>;

export const SpecificKind = z.enum(['prohibition', 'obligation', 'deadline', 'verification', 'disclosure', 'quantity']);

export const SpecificTerm = z.object({
  id: RecordId,
  phrase: z.string().min(1),
  variants: z.array(z.string().min(1)).default([]),
  kind: SpecificKind,
  explanation: z.string().min(1),
  example: z.string().min(1),
  caseSensitive: z.boolean().optional(),
});
export type SpecificTerm = z.infer<typeof SpecificTerm>;

export const VagueLexicon = z.object({ version: z.string(), terms: z.array(VagueTerm) });
/** word-classes.json: the classes vague-term variants may name (expand-classes.ts). */
export const WordClassFile = z.object({
  version: z.string(),
  classes: z.record(
    z.string().regex(/^[a-z][a-z0-9-]*$/),
    z.object({ why: z.string().min(1), words: z.array(z.string().min(1).refine((w) => !/[<>]/.test(w), 'a class word is plain')).min(1) }),
  ),
});
export type WordClassFile = z.infer<typeof WordClassFile>;
export const SpecificLexicon = z.object({ version: z.string(), terms: z.array(SpecificTerm) });
export type VagueLexicon = z.infer<typeof VagueLexicon>;
export type SpecificLexicon = z.infer<typeof SpecificLexicon>;

/**
 * Topic vocabulary: each phrase adds `weight` to its topic's score (diminishing with repeats).
 * Phrases use the matcher's syntax (see matcher/phrase-syntax.ts); `caseSensitive` for acronyms ("FRT", "AI").
 */
export const TopicTerm = z.object({
  id: RecordId,
  topic: Topic,
  phrase: z.string().min(1),
  variants: z.array(z.string().min(1)).default([]),
  weight: z.number().positive().max(10),
  caseSensitive: z.boolean().optional(),
});
export type TopicTerm = z.infer<typeof TopicTerm>;
export const TopicLexicon = z.object({ version: z.string(), terms: z.array(TopicTerm) });
export type TopicLexicon = z.infer<typeof TopicLexicon>;

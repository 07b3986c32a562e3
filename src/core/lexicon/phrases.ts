/** Every phrase of a lexicon entry, kept apart from index.ts so code that only reads phrases does not import the lexicons. */
export function phrasesOf(entry: { phrase: string; variants?: string[] }): string[] {
  return [entry.phrase, ...(entry.variants ?? [])];
}

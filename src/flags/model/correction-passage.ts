/**
 * The passage a "Wrong?" correction quotes: the highlighted term's sentence. Zod-free, so the content
 * script's card (content/card-controller.ts) takes it without the flag schema.
 */

export const MAX_PASSAGE = 2_000;

/** The sentence of `text` around [start, end): what a reader means by "this passage". */
export function sentenceAround(text: string, start: number, end: number): string {
  const before = text.slice(0, start);
  const from = Math.max(before.search(/[.!?]\s+[^.!?]*$/) + 1, 0);
  const after = text.slice(end).search(/[.!?](\s|$)/);
  const to = after < 0 ? text.length : end + after + 1;
  const sentence = text.slice(from, to).replace(/\s+/g, ' ').trim();
  if (sentence.length <= MAX_PASSAGE) return sentence;
  // A run-on "sentence" (a list, a table): the term with some context either side.
  const around = text.slice(Math.max(0, start - 400), Math.min(text.length, end + 400)).replace(/\s+/g, ' ').trim();
  return around.slice(0, MAX_PASSAGE);
}

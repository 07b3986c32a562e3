/**
 * What the page's cards and term list say of a vague term: its words, why it is vague, what to ask instead,
 * and the NGO questions about it. The content script carries only this of the lexicon (build/pack-modules.ts
 * `virtual:pledgewatch/term-info`), not the variants, guards and plans the matcher needs.
 */
import type { VagueTerm } from './schema';

export type TermInfo = Pick<VagueTerm, 'id' | 'phrase' | 'explanation' | 'alternative' | 'questionIds'>;

export const termInfoOf = (term: VagueTerm): TermInfo => ({
  id: term.id,
  phrase: term.phrase,
  explanation: term.explanation,
  alternative: term.alternative,
  questionIds: term.questionIds,
});

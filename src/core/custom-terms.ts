/** The schema of a reader's own vague term: the lexicon's with the bounds of custom-term-rules.ts. */
import { z } from 'zod';
import { customPhraseProblem, MAX_VARIANTS } from './custom-term-rules';
import { VagueTerm } from './lexicon/schema';

export { customPhraseProblem, usableCustomTerms, MAX_CUSTOM_TERMS, MAX_PHRASE_LENGTH, MAX_PLACEHOLDERS, MAX_VARIANTS } from './custom-term-rules';

export const CustomTerm = VagueTerm.extend({
  variants: z.array(z.string().min(1)).max(MAX_VARIANTS).default([]),
}).superRefine((term, ctx) => {
  const problem = customPhraseProblem(term.phrase);
  if (problem) ctx.addIssue({ code: 'custom', path: ['phrase'], message: `The phrase ${problem}.` });
  term.variants.forEach((variant, i) => {
    const p = customPhraseProblem(variant);
    if (p) ctx.addIssue({ code: 'custom', path: ['variants', i], message: `The variant “${variant.slice(0, 60)}” ${p}.` });
  });
});
export type CustomTerm = z.infer<typeof CustomTerm>;

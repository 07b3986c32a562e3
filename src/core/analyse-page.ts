/**
 * `analysePage`: the analysis for callers holding a dataset rather than an engine (the CLI, scripts, tests).
 * Validates the input with zod, then runs the engine for that dataset (bundled-engine.ts).
 */
import type { Dataset } from '../data/schema';
import { PageInput, type PageAnalysis } from './analysis-schema';
import { engineFor } from './bundled-engine';
import type { VagueTerm } from './lexicon/schema';

export interface AnalysisContext {
  /** The bundled (or a user-imported) dataset; without it there are no companies or commitments. */
  dataset?: Dataset | undefined;
  /** Replaces the bundled vague lexicon (tests, experiments). */
  vagueTerms?: readonly VagueTerm[] | undefined;
  /** The user's own vague terms, added to the lexicon. */
  customTerms?: readonly VagueTerm[] | undefined;
}

export function analysePage(rawInput: PageInput, context: AnalysisContext = {}): PageAnalysis {
  return engineFor(context.dataset, context.vagueTerms).analyse(PageInput.parse(rawInput), context.customTerms);
}

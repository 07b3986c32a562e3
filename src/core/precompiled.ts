/**
 * Work done at build time that the core would otherwise redo on every page load: the content script runs
 * on every page a user opens, in a fresh JavaScript context each time, so building the matchers' tries
 * (and validating bundled data) there costs tens of milliseconds per page. A build step
 * (scripts/generate-pack.ts) works them out once into core-pack.ts; the content script installs them here
 * and the core uses them where they fit. Everything else (Node, tests, extension pages) compiles as before.
 *
 * A plan is only ever used for the exact inputs it was made from: the screen plan for the bundled topic
 * terms, the page plan for the bundled lexicon with the dataset object installed alongside it and no
 * custom terms. Anything else (a user's own terms, another dataset) compiles at run time.
 */
import type { Dataset } from '../data/schema';
import type { MatcherPlan } from './matcher/compiled-matcher';

export interface Precompiled {
  /** Topic-term matcher of the screen (screen-page.ts). */
  screenPlan?: MatcherPlan;
  /** The page matcher (page-matcher.ts) for the bundled lexicon and this dataset object. */
  page?: { dataset: Dataset; plan: MatcherPlan };
  /**
   * The restated-commitment anchors (restated.ts) for this dataset object: each anchor trigram with the
   * commitments it anchors, and the regex sources compiled from them, so no page load tokenizes the quotes.
   */
  quoteAnchors?: { dataset: Dataset; anchors: [string, string[]][]; sources: string[] };
}

const installed: Precompiled = {};

export function installPrecompiled(parts: Precompiled): void {
  Object.assign(installed, parts);
}

export function precompiled(): Readonly<Precompiled> {
  return installed;
}

/**
 * Engines for Node, the CLI, the tests and extension pages: packs built from the JSON sources, validated
 * by zod on the way (lexicon/index.ts, data/dataset.ts). The content script never imports this: it gets
 * its pack from the build (build/pack-modules.ts), made by this same `buildEnginePack`.
 */
import type { Dataset } from '../data/schema';
import { buildEnginePack, type EnginePack } from './engine-pack';
import { createEngine, type Engine } from './engine';
import { getSpecificTerms, getTopicTerms, getVagueTerms } from './lexicon/index';
import type { VagueTerm } from './lexicon/schema';
import type { Lexicons } from './page-matcher';
import { datasetIndexFor, datasetPartFor } from './dataset-part';

export function bundledLexicons(vagueTerms?: readonly VagueTerm[]): Lexicons {
  return { topic: getTopicTerms(), vague: vagueTerms ?? getVagueTerms(), specific: getSpecificTerms() };
}

/** The pack for a validated dataset (none: no companies, no commitments) and the bundled lexicons. */
export function enginePackFor(dataset?: Dataset, vagueTerms?: readonly VagueTerm[]): EnginePack {
  return buildEnginePack(bundledLexicons(vagueTerms), dataset);
}

// One engine per dataset object and vague lexicon: analysing many pages with one dataset plans and
// compiles once. Keyed weakly, so a dataset nobody holds takes its engine with it.
const NO_DATASET = {};
const engines = new WeakMap<object, WeakMap<object, Engine>>();

export function engineFor(dataset?: Dataset, vagueTerms?: readonly VagueTerm[]): Engine {
  const terms = vagueTerms ?? getVagueTerms();
  let byTerms = engines.get(dataset ?? NO_DATASET);
  if (!byTerms) engines.set(dataset ?? NO_DATASET, (byTerms = new WeakMap()));
  let engine = byTerms.get(terms);
  if (!engine) {
    const index = dataset ? datasetIndexFor(dataset) : null;
    engine = createEngine(enginePackFor(dataset, terms), { datasetPart: index ? (request) => datasetPartFor(index, request) : undefined });
    byTerms.set(terms, engine);
  }
  return engine;
}

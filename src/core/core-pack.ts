/**
 * The content script's start-up data, prepared at build time (scripts/generate-pack.ts →
 * generated/core-pack-data.ts): the lexicons and dataset already validated by their zod schemas (with
 * defaults filled in), the matcher plans, and what the screen needs of the dataset.
 *
 * Two parts, each kept as JSON text and parsed on first use: a JSON string is scanned fast when the
 * script loads and `JSON.parse` beats evaluating the same data as an object literal. The small screen
 * part serves every page; the page part (dataset, full lexicon) only pages the screen lets through.
 *
 * Trusting this data without a second zod pass is safe because it is the output of that pass: the
 * generator validates the sources and tests/unit/core/core-pack.test.ts fails when the committed pack no
 * longer matches what the generator makes of the current sources and matcher code.
 */
import type { Dataset } from '../data/schema';
import { installLexicons } from './lexicon/index';
import type { SpecificTerm, TopicTerm, VagueTerm } from './lexicon/schema';
import type { MatcherPlan } from './matcher/compiled-matcher';
import { installPrecompiled } from './precompiled';
import type { ScreenHints } from './screen-page';
import { PAGE_PACK, SCREEN_PACK } from './generated/core-pack-data';

export interface ScreenPack {
  datasetVersion: string;
  topicTerms: TopicTerm[];
  screenPlan: MatcherPlan;
  domains: string[];
  /** Comparable URLs of commitments' own pages. */
  commitmentPages: string[];
}

export interface PagePack {
  datasetVersion: string;
  vagueTerms: VagueTerm[];
  specificTerms: SpecificTerm[];
  dataset: Dataset;
  pagePlan: MatcherPlan;
  quoteAnchorSources: string[];
}

let screen: ScreenHints | undefined;
let page: Dataset | undefined;

/** Installs the screen's part (topic terms and plan) and returns what the screen needs of the dataset. */
export function loadScreenPack(text: string = SCREEN_PACK): ScreenHints {
  if (screen && text === SCREEN_PACK) return screen;
  const pack = JSON.parse(text) as ScreenPack;
  installLexicons({ topic: pack.topicTerms });
  installPrecompiled({ screenPlan: pack.screenPlan });
  const hints = { domains: pack.domains, commitmentPages: new Set(pack.commitmentPages) };
  if (text === SCREEN_PACK) screen = hints;
  return hints;
}

/** Installs the full lexicon and the page plans, and returns the (validated) bundled dataset. */
export function loadPagePack(text: string = PAGE_PACK): Dataset {
  if (page && text === PAGE_PACK) return page;
  const pack = JSON.parse(text) as PagePack;
  installLexicons({ vague: pack.vagueTerms, specific: pack.specificTerms });
  installPrecompiled({
    page: { dataset: pack.dataset, plan: pack.pagePlan },
    quoteAnchors: { dataset: pack.dataset, sources: pack.quoteAnchorSources },
  });
  if (text === PAGE_PACK) page = pack.dataset;
  return pack.dataset;
}

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
import type { RelaxedPlan } from './relaxed-screen';
import type { ScreenHints } from './screen-page';
import { PAGE_PACK, SCREEN_PACK } from './generated/core-pack-data';

export interface ScreenPack {
  datasetVersion: string;
  topicTerms: TopicTerm[];
  screenPlan: MatcherPlan;
  relaxedPlan: RelaxedPlan | null;
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
export function loadScreenPack(): ScreenHints {
  if (screen) return screen;
  const pack = JSON.parse(SCREEN_PACK) as ScreenPack;
  installLexicons({ topic: pack.topicTerms });
  installPrecompiled({ screenPlan: pack.screenPlan, relaxedPlan: pack.relaxedPlan });
  return (screen = { domains: pack.domains, commitmentPages: new Set(pack.commitmentPages) });
}

/** Installs the full lexicon and the page plans, and returns the (validated) bundled dataset. */
export function loadPagePack(): Dataset {
  if (page) return page;
  const pack = JSON.parse(PAGE_PACK) as PagePack;
  installLexicons({ vague: pack.vagueTerms, specific: pack.specificTerms });
  installPrecompiled({
    page: { dataset: pack.dataset, plan: pack.pagePlan },
    quoteAnchors: { dataset: pack.dataset, sources: pack.quoteAnchorSources },
  });
  return (page = pack.dataset);
}

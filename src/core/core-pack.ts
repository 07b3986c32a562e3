/**
 * The content script's start-up data, prepared at build time (scripts/generate-pack.ts →
 * generated/core-pack-data.ts): the lexicons and dataset already validated by their zod schemas (with
 * defaults filled in), the matcher plans, and what the screen needs of the dataset.
 *
 * Three parts, each kept as JSON text and parsed on first use: a JSON string is scanned fast when the
 * script loads and `JSON.parse` beats evaluating the same data as an object literal. The first-look part
 * (first-look-pack.ts) serves every page; the screen part pages the first look could not rule out; the
 * page part (dataset, full lexicon) only pages the screen lets through.
 *
 * Trusting this data without a second zod pass is safe because it is the output of that pass: the
 * generator validates the sources and tests/unit/core/core-pack.test.ts fails when the committed pack no
 * longer matches what the generator makes of the current sources and matcher code.
 */
import type { Dataset } from '../data/schema';
import { installLexicons } from './lexicon/index';
import type { SpecificTerm, VagueTerm } from './lexicon/schema';
import type { MatcherPlan } from './matcher/compiled-matcher';
import { installPrecompiled } from './precompiled';
import { loadFirstLookPack } from './first-look-pack';
import type { ScreenHints } from './screen-hints';
import { PAGE_PACK, SCREEN_PACK } from './generated/core-pack-data';

/** The exact screen's part: its topic-term matcher (the topic terms themselves are in the first-look pack). */
export interface ScreenPack {
  datasetVersion: string;
  screenPlan: MatcherPlan;
}

export interface PagePack {
  datasetVersion: string;
  vagueTerms: VagueTerm[];
  specificTerms: SpecificTerm[];
  dataset: Dataset;
  pagePlan: MatcherPlan;
  quoteAnchors: [string, string[]][];
  quoteAnchorSources: string[];
}

let screen: ScreenHints | undefined;
let page: Dataset | undefined;

/** Installs the screen's part (topic terms and plans) and returns what the screen needs of the dataset. */
export function loadScreenPack(): ScreenHints {
  if (screen) return screen;
  const firstLook = loadFirstLookPack();
  const pack = JSON.parse(SCREEN_PACK) as ScreenPack;
  installLexicons({ topic: firstLook.pack.topicTerms });
  installPrecompiled({ screenPlan: pack.screenPlan });
  return (screen = firstLook.hints);
}

/** Installs the full lexicon and the page plans, and returns the (validated) bundled dataset. */
export function loadPagePack(): Dataset {
  if (page) return page;
  const pack = JSON.parse(PAGE_PACK) as PagePack;
  // The topic terms too: the page matcher reads them, and a page the first look found likely relevant
  // skips the screen's part, which would otherwise have installed them (else zod parses their JSON here).
  installLexicons({ topic: loadFirstLookPack().pack.topicTerms, vague: pack.vagueTerms, specific: pack.specificTerms });
  installPrecompiled({
    page: { dataset: pack.dataset, plan: pack.pagePlan },
    quoteAnchors: { dataset: pack.dataset, anchors: pack.quoteAnchors, sources: pack.quoteAnchorSources },
  });
  return (page = pack.dataset);
}

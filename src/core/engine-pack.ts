/**
 * The engine's pack: everything the detection core needs, worked out once from the validated lexicons and
 * dataset (`buildEnginePack`) so that no page load validates data or plans a matcher. Three parts, for the
 * three moments they are needed:
 * - `firstLook`: every page (the content script's first stage): topic terms, the relaxed bound's plan and
 *   the tracked domains and pages;
 * - `screen`: pages the first look could not rule out: the exact screen's matcher plan;
 * - `page`: pages the screen lets through: the lexicons and their matcher plan. No record of the dataset:
 *   the companies a page names, its publisher and its restated commitments (dataset-part.ts), and what a card
 *   or the popup shows of records, come from the background, which holds the dataset, so the content
 *   script's size and start-up do not grow with it (only the first look's tracked domains do).
 * The extension gets the parts from build-time modules (build/pack-modules.ts); Node, the CLI and the
 * tests build them from the JSON sources (bundled-engine.ts). Plain JSON throughout.
 */
import type { Dataset } from '../data/schema';
import { isOwnWords } from '../data/schema';
import type { SpecificTerm, TopicTerm, VagueTerm } from './lexicon/schema';
import { planMatcher, type MatcherPlan } from './matcher/compiled-matcher';
import { buildEntries, type Lexicons } from './page-matcher';
import { planRelaxedScreen, type RelaxedPlan } from './relevance/bound';
import { screenEntries } from './relevance/screen';
import { screenHintsFrom } from './relevance/tracked-pages';

export interface FirstLookPack {
  datasetVersion: string;
  topicTerms: TopicTerm[];
  relaxedPlan: RelaxedPlan | null;
  domains: string[];
  /** Comparable URLs of commitments' own pages. */
  commitmentPages: string[];
}

export interface ScreenPack {
  screenPlan: MatcherPlan;
}

export interface PagePack {
  vagueTerms: VagueTerm[];
  specificTerms: SpecificTerm[];
  pagePlan: MatcherPlan;
}

export interface EnginePack {
  firstLook: FirstLookPack;
  screen: ScreenPack;
  page: PagePack;
}

const EMPTY_DATASET_VERSION = '';

/** Builds the pack. Inputs must already be validated (zod, check:data): the pack is trusted as it is. */
export function buildEnginePack(lexicons: Lexicons, dataset?: Dataset): EnginePack {
  const companies = dataset?.companies ?? [];
  const commitments = (dataset?.commitments ?? []).filter(isOwnWords);
  const hints = screenHintsFrom({ companies, commitments });
  return {
    firstLook: {
      datasetVersion: dataset?.meta.version ?? EMPTY_DATASET_VERSION,
      topicTerms: [...lexicons.topic],
      relaxedPlan: planRelaxedScreen(lexicons.topic),
      domains: [...hints.domains],
      commitmentPages: [...hints.commitmentPages],
    },
    screen: { screenPlan: planMatcher(screenEntries(lexicons.topic)) },
    page: {
      vagueTerms: [...lexicons.vague],
      specificTerms: [...lexicons.specific],
      pagePlan: planMatcher(buildEntries(lexicons)),
    },
  };
}

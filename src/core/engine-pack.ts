/**
 * The engine's pack: everything the detection core needs, worked out once from the validated lexicons and
 * dataset (`buildEnginePack`) so that no page load validates data or plans a matcher. Three parts, for the
 * three moments they are needed:
 * - `firstLook`: every page (the content script's first stage): topic terms, the relaxed bound's plan and
 *   the tracked domains and pages;
 * - `screen`: pages the first look could not rule out: the exact screen's matcher plan;
 * - `page`: pages the screen lets through: the lexicons, the companies, the matcher plan, the hashed
 *   restated-commitment index and which quotes were read on which page. No other record (sources, questions,
 *   statuses): what a card or the popup shows of them comes from the background, which holds the dataset.
 * The extension gets the parts from build-time modules (build/pack-modules.ts); Node, the CLI and the
 * tests build them from the JSON sources (bundled-engine.ts). Plain JSON throughout.
 */
import type { Topic } from '../data/primitives';
import type { Company, Dataset } from '../data/schema';
import { isOwnWords } from '../data/schema';
import type { OwnQuote } from './analysis';
import type { SpecificTerm, TopicTerm, VagueTerm } from './lexicon/schema';
import { planMatcher, type MatcherPlan } from './matcher/compiled-matcher';
import { buildEntries, type Lexicons } from './page-matcher';
import { quoteReadHere } from './quote-check';
import { planRelaxedScreen, type RelaxedPlan } from './relevance/bound';
import { screenEntries } from './relevance/screen';
import { screenHintsFrom } from './relevance/tracked-pages';
import { planRestated, type RestatedPlan } from './restated';
import { comparableUrl } from './url-utils';

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
  companies: Company[];
  pagePlan: MatcherPlan;
  restated: RestatedPlan;
  /** Comparable URL → the own-words commitments read there. */
  ownQuotes: [string, OwnQuote[]][];
  /** Topics of the commitments the restated index holds. */
  commitmentTopics: [string, Topic[]][];
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
  const ownQuotes = new Map<string, OwnQuote[]>();
  for (const c of commitments) {
    if (!c.pageUrl) continue;
    const key = comparableUrl(c.pageUrl);
    ownQuotes.set(key, [...(ownQuotes.get(key) ?? []), { id: c.id, readHere: quoteReadHere(c, dataset!, c.pageUrl) }]);
  }
  const restated = planRestated(commitments.map((c) => ({ id: c.id, quote: c.quote })));
  const inIndex = new Set(restated.ids);
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
      companies: [...companies],
      pagePlan: planMatcher(buildEntries(lexicons, companies)),
      restated,
      ownQuotes: [...ownQuotes],
      commitmentTopics: commitments.filter((c) => inIndex.has(c.id)).map((c) => [c.id, [...c.topics]]),
    },
  };
}

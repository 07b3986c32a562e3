/**
 * The detection core as a value: `createEngine(pack)` returns the three steps of the relevance decision
 * (relevance/index.ts) and the analysis, each built from the pack on first use and kept by the engine,
 * never in module state. Two engines with two packs (the bundled dataset and a reader's import, a test's
 * fixture dataset) never see each other's data.
 *
 * The pack's parts can be given as functions: the content script passes JSON it parses only when a step
 * first needs it (most pages never need the page part).
 */
import { analyseInTwo, analyseInTwoSteps, analyseWith, type AnalysisParts, type FirstPhase } from './analysis';
import type { Steps } from './steps';
import type { PageAnalysis, PageInput } from './analysis-schema';
import type { EnginePack, FirstLookPack, PagePack, ScreenPack } from './engine-pack';
import type { VagueTerm } from './lexicon/schema';
import { createPageMatcher, type PageMatcher } from './page-matcher';
import { createFirstLook, type FirstLook } from './relevance/first-look';
import { createScreen, type Screen } from './relevance/screen';
import type { DatasetPart, DatasetPartRequest } from './dataset-part';
import { comparableUrl } from './url-utils';
import { notRelevant } from './relevance/decide';

type Part<T> = T | (() => T);
export interface EngineSource {
  firstLook: Part<FirstLookPack>;
  screen: Part<ScreenPack>;
  page: Part<PagePack>;
}

export interface Engine {
  /** Step 1's inputs: the tracked pages and the relaxed bound on `textContent` (content/prescreen.ts runs it on the DOM). */
  firstLook(): FirstLook;
  /** Step 2: could the full decision call this page relevant? False only when it certainly would not. */
  screen(page: { url: string; title: string; text: string }): boolean;
  /**
   * Step 3 and everything else: the page's analysis, with a reader's own vague terms. Companies and restated
   * commitments are found only when the engine was given `datasetPart` (Node, the background's dataset).
   */
  analyse(input: PageInput, customTerms?: readonly VagueTerm[]): PageAnalysis;
  /** The analysis up to the restated search, to be finished with its result from elsewhere (the content script). */
  analyseInTwo(input: PageInput, customTerms?: readonly VagueTerm[]): FirstPhase;
  /** The same in steps, for a caller that runs it a slice at a time (the content script). */
  analyseInTwoSteps(input: PageInput, customTerms?: readonly VagueTerm[]): Steps<FirstPhase>;
  /**
   * Steps 2 and 3 and the whole analysis, as the background runs them for a content script (the page hands
   * over its text and paints the answer): the screen first unless `skipScreen`, then the analysis with the
   * dataset's part. Only for an engine given `datasetPart`.
   */
  screenAndAnalyseSteps(input: PageInput, options?: { customTerms?: readonly VagueTerm[]; skipScreen?: boolean }): Steps<PageAnalysis>;
  /** The lexicon's vague terms (the page part's). */
  vagueTerms(): readonly VagueTerm[];
}

const once = <T>(part: Part<T>): (() => T) => {
  let value: T | undefined;
  let done = false;
  return () => {
    if (!done) [value, done] = [typeof part === 'function' ? (part as () => T)() : part, true];
    return value as T;
  };
};

export interface EngineOptions {
  /** The analysis's second phase over a dataset (dataset-part.ts), where the engine may run it itself. */
  datasetPart?: (request: DatasetPartRequest) => DatasetPart;
}

export function createEngine(source: EngineSource | EnginePack, options: EngineOptions = {}): Engine {
  const firstLookPack = once(source.firstLook);
  const screenPack = once(source.screen);
  const pagePack = once(source.page);

  const firstLook = once(() => createFirstLook(firstLookPack()));
  const screen = once((): Screen => createScreen(firstLookPack().topicTerms, screenPack().screenPlan));
  const page = once(() => {
    const pack = pagePack();
    const matcher: PageMatcher = createPageMatcher({ topic: firstLookPack().topicTerms, vague: pack.vagueTerms, specific: pack.specificTerms }, [], pack.pagePlan);
    const parts = (customTerms?: readonly VagueTerm[]): AnalysisParts => ({
      matcher: matcher.withCustomTerms(customTerms),
      // A commitment's own page: its quotes are checked whatever the page scores (tracked domains pass anyway).
      onOwnPage: (url) => firstLook().hints.commitmentPages.has(comparableUrl(url)),
      datasetPart: options.datasetPart,
    });
    return { pack, parts };
  });

  return {
    firstLook,
    screen: (input) => screen()(input, firstLook().hints),
    analyse: (input, customTerms) => analyseWith(page().parts(customTerms), input),
    analyseInTwo: (input, customTerms) => analyseInTwo(page().parts(customTerms), input),
    analyseInTwoSteps: (input, customTerms) => analyseInTwoSteps(page().parts(customTerms), input),
    *screenAndAnalyseSteps(input, { customTerms, skipScreen = false } = {}) {
      const datasetPart = options.datasetPart;
      if (!datasetPart) throw new Error('screenAndAnalyseSteps needs an engine with the dataset part');
      const text = { url: input.url, title: input.title ?? '', text: input.text };
      if (!skipScreen && !screen()(text, firstLook().hints)) return notRelevant({ url: text.url, title: text.title, textLength: text.text.length });
      const first = yield* analyseInTwoSteps(page().parts(customTerms), input);
      return first.finish(datasetPart(first.request));
    },
    vagueTerms: () => pagePack().vagueTerms,
  };
}

/**
 * A page's analysis, worked out here for its content script (`page/analyse`): the page hands over the text it
 * read and paints the answer. Why here: on the page, the engine starts cold on every load (its regexes
 * compiled, its code run for the first time), which was most of a relevant page's cost (bench:page); here it
 * is built once per worker life and stays warm, off the page's main thread. The page's own engine, injected
 * only when needed (content/page-engine.ts), is for when the background cannot answer (content/analyse.ts).
 *
 * Long pages are analysed a slice at a time, so one tab's megabytes do not hold up another tab's messages.
 */
import { FIRST_LOOK_PACK } from 'virtual:pledgewatch/first-look-pack';
import { PAGE_PACK, SCREEN_PACK } from 'virtual:pledgewatch/full-pack';
import type { PageAnalysis } from '../core/analysis-schema';
import type { RequestOf, toBackground } from '../messaging/protocol';
import { datasetIndexFor, datasetPartFor, type DatasetIndex } from '../core/dataset-part';
import { createEngine, type Engine } from '../core/engine';
import type { FirstLookPack, PagePack, ScreenPack } from '../core/engine-pack';
import type { VagueTerm } from '../core/lexicon/schema';
import { nextTask, runStepsSliced } from '../core/steps';
import type { Dataset } from '../data/schema';

/** What a content script sends (messaging/protocol.ts `page/analyse`). */
export type AnalyseRequest = Omit<RequestOf<typeof toBackground, 'page/analyse'>, 'type'>;

/** The engine over the build-time pack and the bundled dataset, built on the first request. */
export function createPageAnalysis(dataset: () => Dataset, customTerms: () => Promise<readonly VagueTerm[]>) {
  let engine: Engine | undefined;
  let index: DatasetIndex | undefined;
  const engineNow = () =>
    (engine ??= createEngine(
      {
        firstLook: () => JSON.parse(FIRST_LOOK_PACK) as FirstLookPack,
        screen: () => JSON.parse(SCREEN_PACK) as ScreenPack,
        page: () => JSON.parse(PAGE_PACK) as PagePack,
      },
      { datasetPart: (request) => datasetPartFor((index ??= datasetIndexFor(dataset())), request) },
    ));
  return async (request: AnalyseRequest): Promise<PageAnalysis> =>
    runStepsSliced(engineNow().screenAndAnalyseSteps(request.input, { customTerms: await customTerms(), skipScreen: request.skipScreen }), SLICE_MS, nextTask);
}

/** How long a slice runs before other messages get a turn (`nextTask`, not a timer: core/steps.ts says why). */
const SLICE_MS = 20;

/**
 * The content script's analysis. The background does it (`analyseInBackgroundOrHere`, page/analyse): its
 * engine stays warm between pages, where the page's would start cold on every load. This page's own engine
 * (core/engine.ts, made from the build-time pack, each part parsed when a step first needs it) is the
 * fallback when the background cannot answer: a cheap screen first, the full analysis only where it could
 * matter, the dataset's part asked of the background (page/dataset).
 */
import { PAGE_PACK, SCREEN_PACK } from 'virtual:pledgewatch/full-pack';
import type { PageAnalysis, PageInput } from '../core/analysis-schema';
import { createEngine } from '../core/engine';
import type { PagePack, ScreenPack } from '../core/engine-pack';
import type { VagueTerm } from '../core/lexicon/schema';
import { notRelevant } from '../core/relevance/decide';
import { NO_DATASET_PART, type DatasetPart, type DatasetPartRequest } from '../core/dataset-part';
import type { Settings } from '../storage/settings';
import { contentFirstLook, firstLookPack } from './first-look-pack';
import { prescreenPage, type PrescreenVerdict } from './prescreen';
import { runSliced } from './scheduler';

const engine = createEngine({
  firstLook: firstLookPack,
  screen: () => JSON.parse(SCREEN_PACK) as ScreenPack,
  page: () => JSON.parse(PAGE_PACK) as PagePack,
});

/** The bundled vague terms, from the same pack (so they are not validated again). */
export const contentVagueTerms = (): readonly VagueTerm[] => engine.vagueTerms();

/**
 * Before the page is read: its analysis if `textContent` already rules it out (prescreen.ts), else whether
 * the exact screen is worth running ('maybe') or not ('likely').
 */
export function prescreenForContent(doc: Document, url: string): PageAnalysis | Exclude<PrescreenVerdict, 'not-relevant'> {
  // The same part of the pack, and so the same relaxed bound, as the first stage's (first-look.ts).
  const { hints, relaxed } = contentFirstLook();
  const { verdict, textLength } = prescreenPage(doc, url, hints, relaxed);
  if (verdict !== 'not-relevant') return verdict;
  return notRelevant({ url, title: doc.title, textLength });
}

/**
 * `skipScreen` sends the text straight to the full analysis: for content added to a page already found
 * relevant (a paragraph appended to a press release needs its vague terms found, not its own topic score),
 * and for a page the prescreen found likely relevant.
 */
export async function analyseForContent(
  input: PageInput,
  settings: Pick<Settings, 'customTerms'>,
  options: { skipScreen?: boolean } = {},
  askDataset: AskDataset = noDataset,
): Promise<PageAnalysis> {
  const page = { url: input.url, title: input.title ?? '', text: input.text };
  if (!options.skipScreen && !engine.screen(page)) return notRelevant({ url: page.url, title: page.title, textLength: page.text.length });
  // In slices: matching and filtering a page of megabytes would otherwise hold the main thread for seconds.
  const first = await runSliced(engine.analyseInTwoSteps(input, settings.customTerms));
  try {
    return first.finish(await askDataset(first.request));
  } catch (error) {
    // Without the background's answer the page still gets its vague terms and topics, only no companies or quotes.
    console.warn('Pledgewatch: no answer from the dataset:', error);
    return first.analysis();
  }
}

/**
 * The page's analysis from the background (background/page-analysis.ts), whose engine stays warm between
 * pages: the page only reads its text and paints. Analysed here on the page meant compiling the matcher and
 * running the engine's code cold on every load, most of a relevant page's cost (bench:page). Where the
 * background cannot answer (restarting, updating, an error), this page's own engine does it as before.
 */
export async function analyseInBackgroundOrHere(
  input: PageInput,
  settings: Pick<Settings, 'customTerms'>,
  options: { skipScreen?: boolean } = {},
  ask: { analysis: AskAnalysis; dataset: AskDataset },
): Promise<PageAnalysis> {
  // A page of megabytes stays here, where the engine works in slices: its message to the background (the text
  // serialised, an answer of thousands of terms parsed) would each be one long task on the page's main thread.
  if (input.text.length > BACKGROUND_MAX_CHARS) return analyseForContent(input, settings, options, ask.dataset);
  try {
    return await ask.analysis({ input, skipScreen: options.skipScreen ?? false });
  } catch (error) {
    console.warn('Pledgewatch: the background did not analyse the page; analysing it here:', error);
    return analyseForContent(input, settings, options, ask.dataset);
  }
}

/**
 * The longest text the background analyses for a page (characters). bench:page --worst: a 3.6 MB page sent
 * whole made a 95–111 ms task on the page (serialising it, parsing its answer); analysed here in slices,
 * none over 50 ms.
 */
export const BACKGROUND_MAX_CHARS = 2_000_000;

/** Asks the background for the whole analysis of the text this page read. */
export type AskAnalysis = (request: { input: PageInput; skipScreen: boolean }) => Promise<PageAnalysis>;

/** Asks the background, which holds the dataset, for the analysis's second phase (core/dataset-part.ts). */
export type AskDataset = (request: DatasetPartRequest) => Promise<DatasetPart>;
const noDataset: AskDataset = async () => NO_DATASET_PART;

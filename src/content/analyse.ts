/**
 * The content script's analysis. The background does it (`analyseInBackgroundOrHere`, page/analyse): its
 * engine stays warm between pages, where the page's would start cold on every load. The page's own engine
 * (page-engine.ts, injected when first needed) is the fallback when the background cannot answer: a cheap
 * screen first, the full analysis only where it could matter, the dataset's part asked of the background
 * (page/dataset).
 */
import { TERM_INFO } from 'virtual:pledgewatch/term-info';
import type { PageAnalysis, PageInput } from '../core/analysis-schema';
import type { Engine } from '../core/engine';
import type { TermInfo } from '../core/lexicon/term-info';
import { notRelevant } from '../core/relevance/decide';
import { NO_DATASET_PART, type DatasetPart, type DatasetPartRequest } from '../core/dataset-part';
import type { Settings } from '../storage/settings';
import type { FirstLook as CoreFirstLook } from '../core/relevance/first-look';
import { prescreenPage, type PrescreenVerdict } from './prescreen';
import { runSliced } from './scheduler';

let termInfo: readonly TermInfo[] | undefined;
/** What cards and the term list say of each bundled vague term (build-time, so not validated again). */
export const contentTermInfo = (): readonly TermInfo[] => (termInfo ??= JSON.parse(TERM_INFO) as TermInfo[]);

/**
 * Before the page is read: its analysis if `textContent` already rules it out (prescreen.ts), else whether
 * the exact screen is worth running ('maybe') or not ('likely'). `look` is the first stage's own (handed over,
 * first-look-handover.ts), so the bound is the very one the first stage used.
 */
export function prescreenForContent(look: CoreFirstLook, doc: Document, url: string): PageAnalysis | Exclude<PrescreenVerdict, 'not-relevant'> {
  const { verdict, textLength } = prescreenPage(doc, url, look.hints, look.relaxed);
  if (verdict !== 'not-relevant') return verdict;
  return notRelevant({ url, title: doc.title, textLength });
}

/**
 * `skipScreen` sends the text straight to the full analysis: for content added to a page already found
 * relevant (a paragraph appended to a press release needs its vague terms found, not its own topic score),
 * and for a page the prescreen found likely relevant.
 */
export async function analyseForContent(
  engine: Engine,
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
  options: { skipScreen?: boolean; wholePage?: boolean } = {},
  ask: { analysis: AskAnalysis; dataset: AskDataset; engine: () => Promise<Engine> },
): Promise<PageAnalysis> {
  // A page of megabytes stays here, where the engine works in slices: its message to the background (the text
  // serialised, an answer of thousands of terms parsed) would each be one long task on the page's main thread.
  if (input.text.length > BACKGROUND_MAX_CHARS) return analyseForContent(await ask.engine(), input, settings, options, ask.dataset);
  try {
    return await ask.analysis({ input, skipScreen: options.skipScreen ?? false, record: options.wholePage ?? false });
  } catch (error) {
    console.warn('Pledgewatch: the background did not analyse the page; analysing it here:', error);
    return analyseForContent(await ask.engine(), input, settings, options, ask.dataset);
  }
}

/**
 * The longest text the background analyses for a page (characters). bench:page --worst: a 3.6 MB page sent
 * whole made a 95–111 ms task on the page (serialising it, parsing its answer); analysed here in slices,
 * none over 50 ms.
 */
export const BACKGROUND_MAX_CHARS = 2_000_000;

/**
 * Asks the background for the whole analysis of the text this page read. `record`: the background keeps the
 * answer as the tab's analysis (a whole page's pass; protocol.ts).
 */
export type AskAnalysis = (request: { input: PageInput; skipScreen: boolean; record: boolean }) => Promise<PageAnalysis>;

/** Asks the background, which holds the dataset, for the analysis's second phase (core/dataset-part.ts). */
export type AskDataset = (request: DatasetPartRequest) => Promise<DatasetPart>;
const noDataset: AskDataset = async () => NO_DATASET_PART;

/**
 * The content script's analysis: a cheap screen first, the full core only where it could matter.
 * Most pages are about none of our topics; core/screen-page.ts rules them out before the full matcher
 * is compiled or the dataset validated, and explains why that never changes the verdict.
 */
import { analysePage } from '../core/analyse-page';
import type { PageAnalysis, PageInput } from '../core/analysis-schema';
import { mightBeRelevant, notRelevant, screenHintsFrom, type ScreenHints } from '../core/screen-page';
import { bundledDatasetFiles, getBundledDataset } from '../data/dataset';
import type { Settings } from '../storage/settings';

let hints: ScreenHints | undefined;

/**
 * Content added to a page already found relevant is analysed in full whatever it holds on its own: a
 * paragraph appended to a press release needs its vague terms found, not its own topic score.
 */
export function analyseForContent(
  input: PageInput,
  settings: Pick<Settings, 'customTerms'>,
  options: { addedToRelevantPage?: boolean } = {},
): PageAnalysis {
  const page = { url: input.url, title: input.title ?? '', text: input.text };
  if (!options.addedToRelevantPage && !mightBeRelevant(page, (hints ??= screenHintsFrom(bundledDatasetFiles))))
    return notRelevant(page);
  return analysePage(input, { dataset: getBundledDataset(), customTerms: settings.customTerms });
}

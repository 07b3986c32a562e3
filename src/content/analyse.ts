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

export function analyseForContent(input: PageInput, settings: Pick<Settings, 'customTerms'>): PageAnalysis {
  const page = { url: input.url, title: input.title ?? '', text: input.text };
  if (!mightBeRelevant(page, (hints ??= screenHintsFrom(bundledDatasetFiles)))) return notRelevant(page);
  return analysePage(input, { dataset: getBundledDataset(), customTerms: settings.customTerms });
}

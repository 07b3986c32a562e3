/**
 * The content script's analysis: a cheap screen first, the full core only where it could matter.
 * Most pages are about none of our topics; core/screen-page.ts rules them out before the full matcher
 * is built or the dataset read, and explains why that never changes the verdict. Both stages start from
 * the build-time pack (core/core-pack.ts), so no page load re-validates bundled data or rebuilds a trie.
 */
import { analysePage } from '../core/analyse-page';
import type { PageAnalysis, PageInput } from '../core/analysis-schema';
import { loadPagePack, loadScreenPack } from '../core/core-pack';
import { loadFirstLookPack } from '../core/first-look-pack';
import { notRelevant } from '../core/relevance';
import { mightBeRelevant } from '../core/screen-page';
import type { Dataset } from '../data/schema';
import { getVagueTerms } from '../core/lexicon/index';
import type { VagueTerm } from '../core/lexicon/schema';
import type { Settings } from '../storage/settings';
import { prescreenPage, type PrescreenVerdict } from './prescreen';

/** The bundled dataset as the content script sees it (validated at build time, parsed on first use). */
export const contentDataset = (): Dataset => loadPagePack();

/** The bundled vague terms, from the same pack (so they are not validated again either). */
export function contentVagueTerms(): readonly VagueTerm[] {
  loadPagePack();
  return getVagueTerms();
}

/**
 * Before the page is read: its analysis if `textContent` already rules it out (prescreen.ts), else whether
 * the exact screen is worth running ('maybe') or not ('likely').
 */
export function prescreenForContent(doc: Document, url: string): PageAnalysis | Exclude<PrescreenVerdict, 'not-relevant'> {
  // The same part of the pack, and so the same relaxed screen, as the first stage's (first-look.ts).
  const { hints, screen } = loadFirstLookPack();
  const { verdict, textLength } = prescreenPage(doc, url, hints, screen);
  if (verdict !== 'not-relevant') return verdict;
  return notRelevant({ url, title: doc.title, textLength });
}

/**
 * `skipScreen` sends the text straight to the full analysis: for content added to a page already found
 * relevant (a paragraph appended to a press release needs its vague terms found, not its own topic score),
 * and for a page the prescreen found likely relevant.
 */
export function analyseForContent(
  input: PageInput,
  settings: Pick<Settings, 'customTerms'>,
  options: { skipScreen?: boolean } = {},
): PageAnalysis {
  const page = { url: input.url, title: input.title ?? '', text: input.text };
  if (!options.skipScreen && !mightBeRelevant(page, loadScreenPack())) return notRelevant({ url: page.url, title: page.title, textLength: page.text.length });
  return analysePage(input, { dataset: contentDataset(), customTerms: settings.customTerms });
}

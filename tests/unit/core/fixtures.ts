/** Loads the fixture pages and the synthetic test dataset the core tests share. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analysePage } from '../../../src/core/analyse-page';
import type { PageInput } from '../../../src/core/analysis-schema';
import { extractPage } from '../../../src/core/html-text';
import { COLLECTIONS, parseDataset, type DatasetFiles } from '../../../src/data/dataset';
import type { Dataset } from '../../../src/data/schema';
import { bundledLexicons } from '../../../src/core/bundled-engine';
import { getTopicTerms } from '../../../src/core/lexicon/index';
import type { VagueTerm } from '../../../src/core/lexicon/schema';
import type { CompiledMatcher } from '../../../src/core/matcher/compiled-matcher';
import { createPageMatcher, type LexiconValue, type PageMatcher } from '../../../src/core/page-matcher';
import { createScreen } from '../../../src/core/relevance/screen';
import type { ScreenHints } from '../../../src/core/relevance/tracked-pages';

export const PAGES_DIR = join(__dirname, '../../fixtures/pages');

let testDataset: Dataset | undefined;

/** The fictional dataset in tests/fixtures/pages/dataset (Northwind Vision, Contoso Labs, Fabrikam Telecom). */
export function getTestDataset(): Dataset {
  if (testDataset) return testDataset;
  const files: DatasetFiles = {};
  for (const c of COLLECTIONS) files[c] = JSON.parse(readFileSync(join(PAGES_DIR, 'dataset', `${c}.json`), 'utf8'));
  const result = parseDataset(files);
  if (!result.ok) throw new Error('test dataset invalid: ' + JSON.stringify(result.issues));
  return (testDataset = result.dataset);
}

/** A fixture as the core receives it: HTML through the DOM-free extractor, text as is. */
export function fixturePage(name: string, fallbackUrl = `https://unknown.example/${name}`): PageInput & { text: string; url: string } {
  const content = readFileSync(join(PAGES_DIR, name), 'utf8');
  if (!name.endsWith('.html')) return { url: fallbackUrl, title: '', text: content };
  const page = extractPage(content);
  return { url: page.url ?? fallbackUrl, title: page.title, text: page.text, meta: page.meta };
}

/** A page of `tests/fixtures/pages/classes/` (one per failure class of issue 14). */
export const classPage = (name: string) => fixturePage(`classes/${name}`);

/** The analysis of a class page against the test dataset (or another). */
export const analyseClass = (name: string, dataset: Dataset = getTestDataset()) => analysePage(classPage(name), { dataset });

/** The vague marks overlapping the first occurrence of `phrase` on a class page. */
export function marksOn(name: string, phrase: string, dataset?: Dataset): string[] {
  const { text } = classPage(name);
  const a = analyseClass(name, dataset);
  const at = text.toLowerCase().indexOf(phrase.toLowerCase());
  if (at < 0) throw new Error(`"${phrase}" is not on ${name}`);
  return a.vagueTerms.filter((v) => v.offset < at + phrase.length && v.offset + v.length > at).map((v) => v.text);
}

// The screen and the page matcher for the bundled lexicons, as the engine builds them (engine.ts), for
// tests that exercise one step alone.
const topicScreen = createScreen(getTopicTerms());
export const mightBeRelevant = (input: { url: string; title: string; text: string }, hints: ScreenHints) => topicScreen(input, hints);

const pageMatchers = new WeakMap<object, PageMatcher>();
export function getPageMatcher(set: { dataset?: Dataset; customTerms?: readonly VagueTerm[] }): CompiledMatcher<LexiconValue> {
  const key = set.dataset ?? pageMatchers;
  let matcher = pageMatchers.get(key);
  if (!matcher) pageMatchers.set(key, (matcher = createPageMatcher(bundledLexicons(), set.dataset?.companies ?? [])));
  return matcher.withCustomTerms(set.customTerms);
}

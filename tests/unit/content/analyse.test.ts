// The content script's analysis: screened for a whole page, unscreened for content added to a relevant page.
import { describe, expect, it } from 'vitest';
import { analyseForContent, analyseInBackgroundOrHere } from '../../../src/content/analyse';
import { analysePage } from '../../../src/core/analyse-page';
import { datasetIndexFor, datasetPartFor, NO_DATASET_PART } from '../../../src/core/dataset-part';
import { getBundledDataset } from '../../../src/data/dataset';
import { createPageEngine } from '../../../src/content/install-page-engine';
import { loadPageEngine, installedPageEngine, PAGE_ENGINE } from '../../../src/content/page-engine';
import type { Engine } from '../../../src/core/engine';

// The page's own engine, as the injected script builds it; `loaded` counts how often it had to be injected.
const engine = createPageEngine();
let loaded = 0;
const pageEngine = async (): Promise<Engine> => (loaded++, engine);

const settings = { customTerms: [] };
const paragraph = { url: 'https://example.org/live', title: '', text: 'The product is only for general purpose use where appropriate.' };

describe('analyseForContent', () => {
  it('rules out an unrelated page with the same verdict as the full analysis', async () => {
    const result = await analyseForContent(engine, paragraph, settings);
    expect(analysePage(paragraph, { dataset: getBundledDataset() }).relevant).toBe(false);
    expect(result.relevant).toBe(false);
    expect(result.vagueTerms).toEqual([]);
  });

  it('finds the vague terms of a paragraph added to a relevant page, though the paragraph alone is not relevant', async () => {
    const result = await analyseForContent(engine, paragraph, settings, { skipScreen: true });
    expect(result.vagueTerms.map((v) => v.termId)).toEqual(expect.arrayContaining(['general-purpose', 'where-appropriate']));
  });

  it('analyses a relevant page in full, the companies named as the background finds them', async () => {
    const dataset = getBundledDataset();
    const background = async (request: Parameters<typeof datasetPartFor>[1]) => datasetPartFor(datasetIndexFor(dataset), request);
    const text =
      'IBM no longer offers general purpose IBM facial recognition or analysis software. ' +
      'IBM firmly opposes and will not condone uses of any technology, including facial recognition technology offered by other vendors, for mass surveillance.';
    const result = await analyseForContent(engine, { url: 'https://example.org/statement', title: 'Facial recognition', text }, settings, {}, background);
    expect(result.relevant).toBe(true);
    expect(result.companies.map((c) => c.id)).toContain('ibm');
  });
});

describe('analyseInBackgroundOrHere: the background analyses, the page only when it cannot', () => {
  const dataset = getBundledDataset();
  const text =
    'IBM no longer offers general purpose IBM facial recognition or analysis software. ' +
    'IBM firmly opposes and will not condone uses of any technology, including facial recognition technology offered by other vendors, for mass surveillance.';
  const input = { url: 'https://example.org/statement', title: 'Facial recognition', text };
  const datasetPart = async (request: Parameters<typeof datasetPartFor>[1]) => datasetPartFor(datasetIndexFor(dataset), request);

  it('takes the background’s answer as it comes, with the skipScreen the page asked for, kept as the tab’s only for a whole page', async () => {
    const asked: unknown[] = [];
    const answer = analysePage(input, { dataset });
    const result = await analyseInBackgroundOrHere(input, settings, { skipScreen: true }, {
      analysis: async (request) => (asked.push(request), answer),
      dataset: async () => {
        throw new Error('not asked when the background analysed the page');
      },
      engine: async () => {
        throw new Error('not injected when the background analysed the page');
      },
    });
    expect(result).toBe(answer);
    expect(asked).toEqual([{ input, skipScreen: true, record: false }]);
    await analyseInBackgroundOrHere(input, settings, { wholePage: true }, { analysis: async (request) => (asked.push(request), answer), dataset: datasetPart, engine: pageEngine });
    expect(asked.at(-1)).toEqual({ input, skipScreen: false, record: true });
  });

  it('analyses the page here, with the page engine injected, when the background cannot answer', async () => {
    const before = loaded;
    const result = await analyseInBackgroundOrHere(input, settings, {}, {
      analysis: async () => {
        throw new Error('Could not establish connection. Receiving end does not exist.');
      },
      dataset: datasetPart,
      engine: pageEngine,
    });
    expect(loaded).toBe(before + 1);
    expect(result).toEqual(await analyseForContent(engine, input, settings, {}, datasetPart));
    expect(result.relevant).toBe(true);
    expect(result.companies.map((c) => c.id)).toContain('ibm');
  });
});

describe('a page of megabytes is analysed on the page, in slices', () => {
  it('never sends a text over BACKGROUND_MAX_CHARS to the background', async () => {
    const { BACKGROUND_MAX_CHARS } = await import('../../../src/content/analyse');
    const long = { url: 'https://example.org/long', title: '', text: 'Facial recognition where appropriate. '.repeat(Math.ceil((BACKGROUND_MAX_CHARS + 1) / 38)) };
    let asked = 0;
    const result = await analyseInBackgroundOrHere(long, settings, { skipScreen: true }, {
      analysis: async () => {
        asked++;
        throw new Error('not for a page this long');
      },
      dataset: async () => NO_DATASET_PART,
      engine: pageEngine,
    });
    expect(asked).toBe(0);
    expect(result.vagueTerms.length).toBeGreaterThan(0);
  });
});

describe('the page engine, injected when first needed', () => {
  it('asks the background to inject it once, then serves the installed engine', async () => {
    expect(installedPageEngine()).toBeUndefined();
    let injections = 0;
    const { installPageEngine } = await import('../../../src/content/install-page-engine');
    const inject = async () => {
      injections++;
      installPageEngine();
      return true;
    };
    const first = await loadPageEngine(inject);
    expect(await loadPageEngine(inject)).toBe(first);
    expect(injections).toBe(1);
    expect(first.screen({ url: 'https://example.org/', title: 'Facial recognition', text: 'Facial recognition and human rights. '.repeat(10) })).toBe(true);
  });

  it('says so when the injected script did not install it', async () => {
    const saved = installedPageEngine();
    delete (globalThis as Record<symbol, unknown>)[PAGE_ENGINE];
    await expect(loadPageEngine(async () => true)).rejects.toThrow(/not installed/);
    (globalThis as Record<symbol, unknown>)[PAGE_ENGINE] = saved;
  });
});

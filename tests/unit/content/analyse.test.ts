// The content script's analysis: screened for a whole page, unscreened for content added to a relevant page.
import { describe, expect, it } from 'vitest';
import { analyseForContent, analyseInBackgroundOrHere } from '../../../src/content/analyse';
import { analysePage } from '../../../src/core/analyse-page';
import { datasetIndexFor, datasetPartFor, NO_DATASET_PART } from '../../../src/core/dataset-part';
import { getBundledDataset } from '../../../src/data/dataset';

const settings = { customTerms: [] };
const paragraph = { url: 'https://example.org/live', title: '', text: 'The product is only for general purpose use where appropriate.' };

describe('analyseForContent', () => {
  it('rules out an unrelated page with the same verdict as the full analysis', async () => {
    const result = await analyseForContent(paragraph, settings);
    expect(analysePage(paragraph, { dataset: getBundledDataset() }).relevant).toBe(false);
    expect(result.relevant).toBe(false);
    expect(result.vagueTerms).toEqual([]);
  });

  it('finds the vague terms of a paragraph added to a relevant page, though the paragraph alone is not relevant', async () => {
    const result = await analyseForContent(paragraph, settings, { skipScreen: true });
    expect(result.vagueTerms.map((v) => v.termId)).toEqual(expect.arrayContaining(['general-purpose', 'where-appropriate']));
  });

  it('analyses a relevant page in full, the companies named as the background finds them', async () => {
    const dataset = getBundledDataset();
    const background = async (request: Parameters<typeof datasetPartFor>[1]) => datasetPartFor(datasetIndexFor(dataset), request);
    const text =
      'IBM no longer offers general purpose IBM facial recognition or analysis software. ' +
      'IBM firmly opposes and will not condone uses of any technology, including facial recognition technology offered by other vendors, for mass surveillance.';
    const result = await analyseForContent({ url: 'https://example.org/statement', title: 'Facial recognition', text }, settings, {}, background);
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

  it('takes the background’s answer as it comes, with the skipScreen the page asked for', async () => {
    const asked: unknown[] = [];
    const answer = analysePage(input, { dataset });
    const result = await analyseInBackgroundOrHere(input, settings, { skipScreen: true }, {
      analysis: async (request) => (asked.push(request), answer),
      dataset: async () => {
        throw new Error('not asked when the background analysed the page');
      },
    });
    expect(result).toBe(answer);
    expect(asked).toEqual([{ input, skipScreen: true }]);
  });

  it('analyses the page here, as before, when the background cannot answer', async () => {
    const result = await analyseInBackgroundOrHere(input, settings, {}, {
      analysis: async () => {
        throw new Error('Could not establish connection. Receiving end does not exist.');
      },
      dataset: datasetPart,
    });
    expect(result).toEqual(await analyseForContent(input, settings, {}, datasetPart));
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
    });
    expect(asked).toBe(0);
    expect(result.vagueTerms.length).toBeGreaterThan(0);
  });
});

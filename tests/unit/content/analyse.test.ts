// The content script's analysis: screened for a whole page, unscreened for content added to a relevant page.
import { describe, expect, it } from 'vitest';
import { analyseForContent } from '../../../src/content/analyse';
import { analysePage } from '../../../src/core/analyse-page';
import { datasetIndexFor, datasetPartFor } from '../../../src/core/dataset-part';
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

// Issue 14: a class of failure seen on real pages, reproduced by pages written for the tests
// (tests/fixtures/pages/classes, fictional companies), and what the analysis must do with it.
import { describe, expect, it } from 'vitest';
import { analysePage } from '../../../src/core/analyse-page';
import { PageAnalysis } from '../../../src/core/analysis-schema';
import { screenHintsFrom } from '../../../src/core/screen-hints';
import { mightBeRelevant } from '../../../src/core/screen-page';
import type { Dataset } from '../../../src/data/schema';
import { fixturePage, getTestDataset } from './fixtures';

const page = (name: string) => fixturePage(`classes/${name}`);
const analyse = (name: string, dataset: Dataset = getTestDataset()) => analysePage(page(name), { dataset });

/** The vague marks overlapping each occurrence of `phrase` on the page. */
function marksOn(name: string, phrase: string, dataset?: Dataset): string[] {
  const { text } = page(name);
  const a = analyse(name, dataset);
  const at = text.toLowerCase().indexOf(phrase.toLowerCase());
  if (at < 0) throw new Error(`"${phrase}" is not on ${name}`);
  return a.vagueTerms.filter((v) => v.offset < at + phrase.length && v.offset + v.length > at).map((v) => v.text);
}

describe('every company named', () => {
  it('names a publisher that is not in the dataset from its Organization markup, as not tracked', () => {
    const a = analyse('short-statement-tailspin.html');
    expect(a.publisher).toEqual({ name: 'Tailspin Analytics', domain: 'tailspin-analytics.example', tracked: false, companyId: null, leads: true, via: 'organization' });
    expect(a.companies).toEqual([]);
  });

  it('names a tracked publisher by its dataset record', () => {
    const a = analyse('hedges-fabrikam.html');
    expect(a.publisher).toMatchObject({ name: 'Fabrikam Telecom', tracked: true, companyId: 'fabrikam' });
  });
});

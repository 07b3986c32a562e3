// Issue 14: a class of failure seen on real pages, reproduced by pages written for the tests
// (tests/fixtures/pages/classes, fictional companies), and what the analysis must do with it.
import { describe, expect, it } from 'vitest';
import { analyseClass } from './fixtures';

const analyse = analyseClass;

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

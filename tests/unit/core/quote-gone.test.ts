// Issue 14: a class of failure seen on real pages, reproduced by pages written for the tests
// (tests/fixtures/pages/classes, fictional companies), and what the analysis must do with it.
import { describe, expect, it } from 'vitest';
import { analysePage } from '../../../src/core/analyse-page';
import { PageAnalysis } from '../../../src/core/analysis-schema';
import type { Dataset, OwnWordsCommitment } from '../../../src/data/schema';
import { quoteReadHere, readingOf } from '../../../src/core/quote-check';
import { getBundledDataset } from '../../../src/data/dataset';
import { analyseClass, fixturePage, getTestDataset } from './fixtures';

const analyse = analyseClass;

describe('the “quote no longer on this page” notice', () => {
  it('is not shown for a commitment whose quote was never read on that page (third-party wording)', () => {
    const base = getTestDataset();
    const dataset: Dataset = {
      ...base,
      commitments: [
        ...base.commitments,
        {
          ...(base.commitments.find((c) => c.id === 'fabrikam-hrdd') as OwnWordsCommitment),
          id: 'fabrikam-policy-as-described',
          quote: 'Fabrikam has a policy that signals a commitment to address end-use risks.',
          sourceId: 'rights-watch-letter',
          pageUrl: 'https://fabrikam.example/about/human-rights',
        },
      ],
    };
    const a = analyse('quote-third-party-fabrikam.html', dataset);
    expect(a.missingQuotes).toEqual([]);
    expect(a.uncheckedQuotes ?? []).toEqual([]);
  });

  it('is not shown on a page whose text was not read in full (cookie wall, cut off): “could not check” instead', () => {
    const a = analyse('quote-cookie-wall-northwind.html');
    expect(a.missingQuotes).toEqual([]);
    expect(a.uncheckedQuotes).toContain('northwind-2021-no-police-sales');
    expect(a.pageReading).toBe('wall');
    expect(() => PageAnalysis.parse(a)).not.toThrow();
  });

  it('is still shown where the quote was read on that page, the page was read in full and the quote is gone', () => {
    const a = analysePage(fixturePage('commitment-page-changed.html'), { dataset: getTestDataset() });
    expect(a.missingQuotes).toContain('northwind-2021-no-police-sales');
    expect(a.uncheckedQuotes).toEqual([]);
  });
});

describe('how much of a page was read', () => {
  const paragraph = 'The company published its policy on the use of face recognition by public agencies in March this year.';
  it.each([
    ['full', `${paragraph}\n${paragraph}\nContact · Privacy`],
    ['wall', `We use cookies to improve your experience.\nAccept all cookies\n${paragraph}`],
    ['wall', `Subscribe to continue reading.\n${paragraph}`],
    ['loading', 'Loading…'],
    ['loading', 'Please wait while the page loads and the statement appears on the screen for you.'],
    ['truncated', `${paragraph}\nThe company also said that it would review every contract with a public agency before the`],
  ])('%s: %j', (reading, text) => {
    expect(readingOf(text)).toBe(reading);
  });

  it('reads a long page with a consent banner in full: the text is there beside the banner', () => {
    expect(readingOf(`Accept all cookies\n${(paragraph + '\n').repeat(40)}`)).toBe('full');
  });
});

describe('which quotes were read on which page', () => {
  const dataset = getBundledDataset();
  const commitment = (id: string) => dataset.commitments.find((c) => c.id === id)!;
  it('a letter verified on its own page: yes, there; a third party\'s wording of a policy or a reprint: never', () => {
    const page = 'https://www.ibm.com/policy/facial-recognition-sunset-racial-justice-reforms/';
    expect(quoteReadHere(commitment('ibm-2020-sunset-general-purpose-facial-recognition'), dataset, page)).toBe(true);
    expect(quoteReadHere(commitment('ibm-2020-sunset-general-purpose-facial-recognition'), dataset, 'https://example.org/')).toBe(false);
    expect(quoteReadHere(commitment('ibm-2020-no-general-purpose-facial-recognition-offered'), dataset, page)).toBe(false);
    // What B-Tech reports of Ericsson is never checked against Ericsson's own human-rights page.
    const ericssonPage = 'https://www.ericsson.com/en/about-us/sustainability-and-corporate-responsibility/responsible-business/human-rights';
    expect(commitment('ericsson-human-rights-policy').kind).toBe('reported-practice');
    expect(quoteReadHere(commitment('ericsson-human-rights-policy'), dataset, ericssonPage)).toBe(false);
  });
});

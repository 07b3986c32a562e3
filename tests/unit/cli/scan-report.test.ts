// The readable scan report names an untracked publisher and says when a quote could not be checked.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatReport } from '../../../src/cli/scan-report';
import { scanLoaded } from '../../../src/cli/scan-result';
import { getTestDataset } from '../core/fixtures';
import { mini } from '../../fixtures/popup/mini-dataset';

const CLASSES = join(__dirname, '../../fixtures/pages/classes');
const scan = (name: string) => {
  const input = join(CLASSES, name);
  return scanLoaded({ input, content: readFileSync(input, 'utf8'), isHtml: true, location: 'file://' + input }, getTestDataset());
};

describe('scan report', () => {
  it('names the publisher from the page as not tracked yet, and attributes nothing to a tracked company', () => {
    const outcome = scan('short-statement-tailspin.html');
    expect(outcome.record.publisher).toEqual({ name: 'Tailspin Analytics', domain: 'tailspin-analytics.example', tracked: false, companyId: null });
    expect(outcome.record.companies).toEqual([]);
    expect(formatReport(outcome)).toContain('Publisher: Tailspin Analytics (tailspin-analytics.example), not tracked yet');
  });

  it('says it could not check a quote on a page behind a cookie wall, instead of calling it gone', () => {
    const outcome = scan('quote-cookie-wall-northwind.html');
    expect(outcome.record.missingQuotes).toEqual([]);
    const report = formatReport(outcome);
    expect(report).toContain('? Could not check whether these quotes are still on this page (a cookie, consent or subscription wall hides the text): northwind-2021-no-police-sales');
    expect(report).not.toContain('Quote no longer on this page');
  });

  it('gives each commitment’s status as a dated claim, and marks what others report as not the company’s words', () => {
    const text =
      'Examplecorp and Othercorp on facial recognition: facial recognition in stores, facial recognition at borders, and face surveillance. Facial recognition technology is used by police. Biometric surveillance.';
    const outcome = scanLoaded({ input: 'page.txt', content: text, isHtml: false, location: 'https://example.com/news/1' }, mini);
    expect(outcome.lookup.commitments.map((c) => c.id)).toEqual(expect.arrayContaining(['examplecorp-2020-sunset', 'othercorp-2021-pause']));
    const report = formatReport(outcome);
    expect(report).toContain('2020-06-08  Pledge [in force as of 2020-06-08 (Examplecorp)]  Sunset');
    expect(report).toContain("Reported practice [status not checked (statement undated)]  Pause (not the company's words: reported by Auditors LLP)");
  });
});

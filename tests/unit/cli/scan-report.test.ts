import { describe, expect, it } from 'vitest';
import { formatReport } from '../../../src/cli/scan-report';
import { scanLoaded } from '../../../src/cli/scan-result';
import { mini } from '../../fixtures/popup/mini-dataset';

describe('the readable scan report', () => {
  it('gives each commitment’s status as a dated claim, and marks what others report as not the company’s words', () => {
    const text =
      'Examplecorp and Othercorp on facial recognition: facial recognition in stores, facial recognition at borders, and face surveillance. Facial recognition technology is used by police. Biometric surveillance.';
    const outcome = scanLoaded({ input: 'page.txt', content: text, isHtml: false, location: 'https://example.com/news/1' }, mini);
    expect(outcome.lookup.commitments.map((c) => c.id)).toEqual(expect.arrayContaining(['examplecorp-2020-sunset', 'othercorp-2021-pause']));
    const report = formatReport(outcome);
    expect(report).toContain('2020-06-08  [in force as of 2020-06-08 (Examplecorp)]  Sunset');
    expect(report).toContain("[status not checked (statement undated)]  Pause (not the company's words: reported by Auditors LLP)");
  });
});

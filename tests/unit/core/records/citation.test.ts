import { describe, expect, it } from 'vitest';
import { buildCitation, citationJson, citationText } from '../../../../src/core/records/citation';
import { findRecord } from '../../../../src/core/records/records';
import { mini } from '../../../fixtures/popup/mini-dataset';

const item = (id: string) => findRecord(mini, id)!;

describe('citations', () => {
  it('cites a commitment with its verbatim words, own page, date, record id and dataset version', () => {
    const c = buildCitation(mini, item('examplecorp-2020-sunset'));
    expect(c).toMatchObject({
      recordId: 'examplecorp-2020-sunset',
      recordType: 'commitment',
      author: 'Examplecorp',
      quote: 'We stopped general purpose camera software.',
      quoteVerbatim: true,
      date: '2020-06-08',
      sourceUrl: 'https://example.com/sunset',
      dataset: { name: 'Pledgewatch', version: '9.8.7', date: '2026-01-15' },
    });
    expect(citationText(c)).toBe(
      'Examplecorp, “We stopped general purpose camera software.” (Letter on cameras, Examplecorp, 2020-06-08). https://example.com/sunset. Pledgewatch dataset 9.8.7 (2026-01-15), record examplecorp-2020-sunset.',
    );
  });

  it('cites a reported practice as its reporter’s words about the company, from an undated page with the day it was read', () => {
    const c = buildCitation(mini, item('othercorp-2021-pause'));
    expect(c).toMatchObject({ author: 'Auditors LLP', title: 'On Othercorp', quote: 'Othercorp pauses police sales.', date: null, sourceReadOn: '2026-01-10' });
    const text = citationText(c);
    expect(text).toMatch(/^Auditors LLP, On Othercorp: “Othercorp pauses police sales.”/);
    expect(text).toContain('(Rights report, Auditors, undated page; read on 2026-01-10)');
    expect(text).toContain('https://example.org/report');
  });

  it('says the date is not stated when neither the record nor its source has one', () => {
    const c = { ...buildCitation(mini, item('othercorp-2021-pause')), sourceReadOn: null };
    expect(citationText(c)).toContain('(Rights report, Auditors, date not stated)');
  });

  it('cites a question by its asker and number, with no invented address', () => {
    const c = buildCitation(mini, item('watchgroup-2020-q1'));
    expect(c).toMatchObject({ author: 'Watchgroup', title: 'Question 1', date: '2020-06-25', sourceUrl: null });
    expect(citationText(c)).toContain('source address not recorded');
  });

  it('cites an assessment by its title and assessor', () => {
    const c = buildCitation(mini, item('examplecorp-2019-hria'));
    expect(c).toMatchObject({ author: 'Auditors LLP', title: 'Camera rights review', quote: null, date: '2019-10' });
    expect(citationText(c)).toMatch(/^Auditors LLP, Camera rights review \(Rights report, Auditors, 2019-10\)/);
  });

  it('gives JSON that parses back to the same citation', () => {
    const c = buildCitation(mini, item('examplecorp-2020-sunset'));
    expect(JSON.parse(citationJson(c))).toEqual(c);
  });
});

import { describe, expect, it } from 'vitest';
import { bundledDatasetFiles, parseDataset, type DatasetFiles } from '../../../src/data/dataset';

/** A deep copy of the bundled files, so each test mutates its own. */
const files = (): Record<string, any> => structuredClone(bundledDatasetFiles) as Record<string, any>;
const issuesOf = (input: DatasetFiles) => {
  const result = parseDataset(input);
  expect(result.ok).toBe(false);
  return result.ok ? [] : result.issues;
};

describe('parseDataset', () => {
  it('names file, record and field for an impossible date', () => {
    const input = files();
    input.questions[2].askedDate = '2020-02-30';
    expect(issuesOf(input)).toEqual([
      { file: 'questions.json', recordId: 'edri-2020-ibm-q3', field: 'askedDate', message: 'is not a real calendar date (found "2020-02-30")' },
    ]);
  });

  it('refuses a javascript:, data: or file: address in a URL field (issue 13)', () => {
    for (const url of ['javascript:alert(1)', 'data:text/html,<b>x</b>', 'file:///etc/passwd']) {
      const input = files();
      input.sources[0].url = url;
      input.organisations[0].url = url;
      expect(issuesOf(input)).toEqual([
        expect.objectContaining({ file: 'sources.json', field: 'url', message: expect.stringMatching(/full web address/) }),
        expect.objectContaining({ file: 'organisations.json', field: 'url', message: expect.stringMatching(/full web address/) }),
      ]);
    }
  });

  it('reports a misspelt field instead of dropping it', () => {
    const input = files();
    input.questions[0].replyDeadlne = '2020-07-10';
    expect(issuesOf(input)).toEqual([
      expect.objectContaining({ file: 'questions.json', recordId: 'edri-2020-ibm-q1', field: 'replyDeadlne' }),
    ]);
  });

  it('reports a missing required field and a bad enum value with nested paths', () => {
    const input = files();
    delete input.commitments[0].summary;
    input.commitments[1].statusHistory = [{ status: 'gone', date: '2020', sourceId: 'ibm-2018-trust-principles', note: 'x' }];
    const issues = issuesOf(input);
    const id0 = input.commitments[0].id;
    const id1 = input.commitments[1].id;
    expect(issues).toContainEqual({ file: 'commitments.json', recordId: id0, field: 'summary', message: 'is required but missing' });
    expect(issues).toContainEqual(expect.objectContaining({ recordId: id1, field: 'statusHistory[0].status', message: expect.stringContaining('"withdrawn"') }));
  });

  it('labels a record without an id by its position', () => {
    const input = files();
    delete input.companies[3].id;
    expect(issuesOf(input)).toContainEqual({ file: 'companies.json', recordId: 'record #4', field: 'id', message: 'is required but missing' });
  });

  it('reports a missing file and a file that is not a list', () => {
    const input = files();
    delete input.sources;
    input.assessments = { id: 'x' };
    const issues = issuesOf(input);
    expect(issues).toContainEqual({ file: 'sources.json', recordId: '(file)', field: '(whole file)', message: 'is missing' });
    expect(issues).toContainEqual(expect.objectContaining({ file: 'assessments.json', recordId: '(file)' }));
  });

  it('treats a missing candidates file as no candidates, and applies schema defaults', () => {
    const input = files();
    delete input.candidates;
    delete input.commitments[0].relatedIds;
    const result = parseDataset(input);
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.dataset.candidates).toEqual([]);
      expect(result.dataset.commitments[0]!.relatedIds).toEqual([]);
    }
  });
});

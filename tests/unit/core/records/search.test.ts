import { describe, expect, it } from 'vitest';
import { searchDataset } from '../../../../src/core/records/search';
import { mini } from '../../../fixtures/popup/mini-dataset';

const ids = (q: Parameters<typeof searchDataset>[1]) => searchDataset(mini, q).map((r) => r.record.id);

describe('searchDataset', () => {
  it('finds records by words in quotes and question text, all words required, any case', () => {
    expect(ids({ text: 'GENERAL purpose' })).toEqual(['examplecorp-2020-sunset', 'watchgroup-2020-q1']);
    expect(ids({ text: 'general police' })).toEqual([]);
  });
  it('finds by company name and alias, and by asker or assessor', () => {
    expect(ids({ text: 'othercorp' })).toEqual(['othercorp-2021-pause', 'watchgroup-2021-q1']);
    expect(ids({ text: 'example corporation' })).toHaveLength(5);
    expect(ids({ text: 'auditors' })).toEqual(['examplecorp-2019-hria']);
  });
  it('filters by topic and company without words', () => {
    expect(ids({ text: '', topic: 'human-rights' })).toEqual(['examplecorp-2019-hria']);
    expect(ids({ text: '', companyId: 'othercorp', topic: 'facial-recognition' })).toEqual(['othercorp-2021-pause', 'watchgroup-2021-q1']);
  });
  it('returns nothing for an empty query', () => {
    expect(ids({ text: '   ' })).toEqual([]);
  });
});

describe('result order', () => {
  it('sorts ids with numbers naturally (q2 before q10)', async () => {
    const { Dataset } = await import('../../../../src/data/schema');
    const { miniInput } = await import('../../../fixtures/popup/mini-dataset');
    const input = structuredClone(miniInput);
    input.questions.push({ ...input.questions[2]!, id: 'watchgroup-2021-q10', number: 10 });
    const found = searchDataset(Dataset.parse(input), { text: 'pause end' }).map((r) => r.record.id);
    expect(found).toEqual(['watchgroup-2021-q1', 'watchgroup-2021-q10']);
    input.questions.push({ ...input.questions[2]!, id: 'watchgroup-2021-q2', number: 2 });
    expect(searchDataset(Dataset.parse(input), { text: 'pause end' }).map((r) => r.record.id)).toEqual([
      'watchgroup-2021-q1',
      'watchgroup-2021-q2',
      'watchgroup-2021-q10',
    ]);
  });
});

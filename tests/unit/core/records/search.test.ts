import { describe, expect, it } from 'vitest';
import { getBundledDataset } from '../../../../src/data/dataset';
import { scaleDataset } from '../../../../src/data/scale-dataset';
import { Dataset } from '../../../../src/data/schema';
import { allRecords, prepareSearch, recordCompanyId, searchDataset } from '../../../../src/core/records/search';
import { mini, miniInput } from '../../../fixtures/popup/mini-dataset';

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

describe('the search index', () => {
  // The search as it was before the index (names and sources looked up per record per keystroke): the
  // index must find exactly the same records in the same order.
  const fold = (s: string) => s.toLowerCase().normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
  function searchBefore(dataset: Dataset, query: Parameters<typeof searchDataset>[1]): string[] {
    const words = fold(query.text).split(/\s+/).filter(Boolean);
    if (words.length === 0 && !query.topic && !query.companyId) return [];
    const nameOf = (id: string | null) => (id === null ? 'not stated' : (dataset.companies.find((c) => c.id === id)?.name ?? dataset.organisations.find((o) => o.id === id)?.name ?? id));
    const order = { commitment: 0, question: 1, assessment: 2 };
    return allRecords(dataset)
      .filter((item) => !query.topic || item.record.topics.includes(query.topic))
      .filter((item) => !query.companyId || recordCompanyId(item) === query.companyId)
      .filter((item) => {
        const r = item.record;
        const company = dataset.companies.find((c) => c.id === recordCompanyId(item));
        const parts = [r.id, company?.name ?? '', ...(company?.aliases ?? []), dataset.sources.find((s) => s.id === r.sourceId)?.title ?? '', ...r.topics];
        if (item.kind === 'commitment') parts.push(item.record.quote, item.record.summary, item.record.kind);
        if (item.kind === 'question') parts.push(item.record.text, nameOf(item.record.askedById));
        if (item.kind === 'assessment') parts.push(item.record.title, item.record.scope, item.record.quote ?? '', nameOf(item.record.assessorId));
        const text = fold(parts.join(' \n '));
        return words.every((w) => text.includes(w));
      })
      .sort((a, b) => order[a.kind] - order[b.kind] || a.record.id.localeCompare(b.record.id, 'en', { numeric: true }))
      .map((item) => item.record.id);
  }

  // Typed one letter at a time, with deletions, retyping, accents and filters in between: the index
  // re-checks only the last results when a query narrows the last one, and must notice when it does not.
  const typing = ['f', 'fa', 'fac', 'faci', 'facial', 'facial ', 'facial r', 'facial rec', 'facial', 'fa', 'face', 'e', 'ec', 'rec', 'police', 'edri', 'Telefónica', 'telefonica', 'not stated', 'ibm moratorium', 'moratorium ibm', 'general purpose', 'zzzz', 'z'];
  const filters: Omit<Parameters<typeof searchDataset>[1], 'text'>[] = [{}, { topic: 'human-rights' }, { companyId: 'ibm' }, { topic: 'facial-recognition', companyId: 'microsoft' }];

  it.each([
    ['the bundled dataset', 1],
    ['a synthetic dataset ×3', 3],
  ])('finds in %s exactly what the search before it found, keystroke by keystroke', (_, scale) => {
    const dataset = scaleDataset(getBundledDataset(), scale);
    for (const filter of filters) {
      for (const text of typing) expect(idsIn(dataset, { text, ...filter }), `${JSON.stringify({ text, ...filter })}`).toEqual(searchBefore(dataset, { text, ...filter }));
    }
    // Filters alone, and a filter changed under the same words.
    expect(idsIn(dataset, { text: '', topic: 'ai-ethics' })).toEqual(searchBefore(dataset, { text: '', topic: 'ai-ethics' }));
    expect(idsIn(dataset, { text: 'facial', topic: 'ai-ethics' })).toEqual(searchBefore(dataset, { text: 'facial', topic: 'ai-ethics' }));
    expect(idsIn(dataset, { text: 'facial', topic: 'human-rights' })).toEqual(searchBefore(dataset, { text: 'facial', topic: 'human-rights' }));
    expect(searchBefore(dataset, { text: 'facial' }).length).toBeGreaterThan(10 * scale);
  });

  it('builds the index once per dataset object: a new dataset is searched afresh', () => {
    const input = structuredClone(miniInput);
    const first = Dataset.parse(input);
    prepareSearch(first);
    expect(idsIn(first, { text: 'sunset' })).toEqual(['examplecorp-2020-sunset']);
    input.commitments[1]!.id = 'examplecorp-2020-dusk';
    expect(idsIn(Dataset.parse(input), { text: 'dusk' })).toEqual(['examplecorp-2020-dusk']);
  });
});

const idsIn = (dataset: Dataset, q: Parameters<typeof searchDataset>[1]) => searchDataset(dataset, q).map((r) => r.record.id);

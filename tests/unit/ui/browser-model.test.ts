import { describe, expect, it } from 'vitest';
import { Dataset } from '../../../src/data/schema';
import { companiesWithRecords, comparison, linkedRecordId, NO_FILTER } from '../../../src/ui/dataset/browser-model';
import { mini, miniInput } from '../../fixtures/popup/mini-dataset';

describe('companiesWithRecords', () => {
  it('lists every company with its records, alphabetically', () => {
    const all = companiesWithRecords(mini, NO_FILTER);
    expect(all.map((c) => c.company.id)).toEqual(['examplecorp', 'othercorp']);
    expect(all[0]!.commitments.map((c) => c.id)).toEqual(['examplecorp-2018-principles', 'examplecorp-2020-sunset']);
    expect(all[0]!.questions.map((q) => q.id)).toEqual(['watchgroup-2020-q2', 'watchgroup-2020-q1']);
  });
  it('filters by words, topic, company and record type, dropping companies left empty', () => {
    expect(companiesWithRecords(mini, { ...NO_FILTER, type: 'assessment' }).map((c) => c.company.id)).toEqual(['examplecorp']);
    const paused = companiesWithRecords(mini, { ...NO_FILTER, text: 'pause', type: 'commitment' });
    expect(paused.map((c) => [c.company.id, c.commitments.length, c.questions.length])).toEqual([['othercorp', 1, 0]]);
    expect(companiesWithRecords(mini, { ...NO_FILTER, text: 'nothing-like-this' })).toEqual([]);
  });
});

describe('linkedRecordId', () => {
  it.each([
    ['', '#watchgroup-2020-q1', 'watchgroup-2020-q1'],
    ['?id=examplecorp-2020-sunset', '', 'examplecorp-2020-sunset'],
    ['?id=examplecorp-2020-sunset', '#other', 'examplecorp-2020-sunset'],
    ['', '#<script>', null],
    ['', '', null],
  ])('%s %s → %s', (search, hash, expected) => expect(linkedRecordId(search, hash)).toBe(expected));
});

describe('comparison', () => {
  const spec = { title: 't', companyIds: ['examplecorp', 'missingco', 'othercorp'], topic: 'facial-recognition' as const, year: '2020' };
  it('gives each present company its commitments on the topic from that year, with the questions about them', () => {
    const cols = comparison(mini, spec);
    expect(cols.map((c) => c.company.id)).toEqual(['examplecorp', 'othercorp']);
    expect(cols[0]!.commitments.map((c) => c.commitment.id)).toEqual(['examplecorp-2020-sunset']);
    expect(cols[0]!.commitments[0]!.questions.map((q) => q.id)).toEqual(['watchgroup-2020-q1']);
    // Othercorp's pause is undated: it is not claimed for 2020.
    expect(cols[1]!.commitments).toEqual([]);
  });
  it('finds a dated commitment of another company once it is in the year', () => {
    const input = structuredClone(miniInput);
    input.commitments[2]!.date = '2020-06-10';
    expect(comparison(Dataset.parse(input), spec)[1]!.commitments).toHaveLength(1);
  });
});

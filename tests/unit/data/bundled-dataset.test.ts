import { describe, expect, it } from 'vitest';
import { getBundledDataset, parseDataset, bundledDatasetFiles } from '../../../src/data/dataset';
import { checkIntegrity } from '../../../src/data/integrity';
import { productLexiconIds } from './data-test-helpers';

const dataset = getBundledDataset();
const BTECH = 'un-btech-2022-downstream-hrdd';
const sourceOf = (id: string) => dataset.sources.find((s) => s.id === id);

describe('the bundled dataset', () => {
  it('validates and has no integrity problems against the product lexicon', () => {
    expect(parseDataset(bundledDatasetFiles).ok).toBe(true);
    expect(checkIntegrity(dataset, { lexiconIds: productLexiconIds() })).toEqual([]);
  });

  it('is versioned', () => {
    expect(dataset.meta.version).toMatch(/^\d+\.\d+\.\d+$/);
    expect(dataset.meta.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(getBundledDataset()).toBe(dataset); // validated once, then cached
  });

  it('holds the 13 EDRi questions to IBM, numbered 1..13, asked 2020-06-25 with the 2020-07-10 deadline', () => {
    const edri = dataset.questions.filter((q) => q.askedById === 'edri' && q.addresseeId === 'ibm');
    expect(edri.map((q) => q.number).sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13]);
    for (const q of edri) {
      expect(q.id).toBe(`edri-2020-ibm-q${q.number}`);
      expect([q.askedDate, q.replyDeadline]).toEqual(['2020-06-25', '2020-07-10']);
      expect(q.text.trim().endsWith('?')).toBe(true);
      expect(sourceOf(q.sourceId)?.seed).toBe('edri-letter-to-ibm-2020-06-25.txt');
      // IBM's one-page reply of 8 July answered none of them individually.
      expect(q.answer).toMatchObject({ status: 'generic-reply', replyDate: '2020-07-08', replySourceId: 'edri-2020-ibm-reply-report' });
    }
    const byNumber = new Map(edri.map((q) => [q.number, q]));
    expect(byNumber.get(8)!.text).toContain('"general purpose"');
    expect(byNumber.get(8)!.vagueTermIds).toContain('general-purpose');
    expect(byNumber.get(9)!.vagueTermIds).toContain('general-purpose');
    expect(byNumber.get(5)!.text).toContain('"mass surveillance, racial profiling');
  });

  it('breaks IBM’s 2018 Principles for Trust and Transparency into separate commitments', () => {
    const principles = dataset.commitments.filter((c) => c.sourceId === 'ibm-2018-trust-principles');
    expect(principles.length).toBeGreaterThanOrEqual(25);
    expect(principles.every((c) => c.companyId === 'ibm' && c.date === '2018-05-30')).toBe(true);
    // Separate: no record's quote repeats or contains another's.
    for (const a of principles) for (const b of principles) if (a !== b) expect(a.quote.includes(b.quote)).toBe(false);
    const quoteOf = (id: string) => principles.find((c) => c.id === id)?.quote ?? '';
    expect(quoteOf('ibm-2018-no-backdoors')).toContain('IBM does not put ‘backdoors’');
    expect(quoteOf('ibm-2018-challenge-unlawful-requests')).toContain('appropriate steps');
    expect(quoteOf('ibm-2018-ai-bias-testing')).toContain('continually test our systems');
    expect(new Set(principles.map((c) => c.kind))).toEqual(new Set(['principle', 'policy', 'practice']));
  });

  it('records IBM’s June 2020 facial-recognition position with “general purpose” marked vague', () => {
    const sunset = dataset.commitments.find((c) => c.id === 'ibm-2020-sunset-general-purpose-facial-recognition')!;
    expect(sunset).toMatchObject({ date: '2020-06-08', kind: 'pledge', topics: ['facial-recognition'] });
    expect(sunset.vagueTermIds).toContain('general-purpose');
    expect(sourceOf(sunset.sourceId)?.url).toBe('https://www.ibm.com/policy/facial-recognition-sunset-racial-justice-reforms/');
  });

  it('holds every assessment the B-Tech commentary names, each with the seed as a source', () => {
    const expected: Array<[string, string, string]> = [
      ['ibm', 'saliency-analysis', ''],
      ['meta', 'saliency-analysis', ''],
      ['telefonica', 'saliency-analysis', ''],
      ['microsoft', 'saliency-analysis', ''],
      ['verizon', 'hrdd-approach', ''],
      ['ericsson', 'product-assessment', '5G'],
      ['google', 'product-assessment', 'Celebrity Recognition'],
      ['meta', 'product-assessment', 'End-to-End Encryption'],
      ['microsoft', 'product-assessment', 'public sector'],
    ];
    for (const [companyId, kind, titlePart] of expected) {
      const found = dataset.assessments.find((a) => a.companyId === companyId && a.kind === kind && a.title.includes(titlePart));
      expect(found, `${companyId} ${kind} ${titlePart}`).toBeDefined();
      const sources = [found!.sourceId, ...found!.otherSourceIds];
      expect(sources).toContain(BTECH);
      expect(sourceOf(BTECH)?.seed).toBe('un-btech-downstream-hrdd-2022-09.txt');
    }
    const hpe = dataset.assessments.filter((a) => a.companyId === 'hpe' && a.kind === 'transaction-screening');
    expect(hpe.map((a) => [a.date, a.count])).toEqual([['2020', 24], ['2021', 41]]);
  });

  it('marks Twitter’s Trust and Safety Council withdrawn with the dated change and its source', () => {
    const council = dataset.commitments.find((c) => c.id === 'twitter-trust-and-safety-council')!;
    expect(council.status).toBe('withdrawn');
    expect(council.statusHistory.at(-1)).toMatchObject({ status: 'withdrawn', date: '2022-12' });
    expect(sourceOf(council.statusHistory.at(-1)!.sourceId)?.verification).toBe('secondary');
  });

  it('records Amazon’s moratorium extension as a status change with the Reuters source', () => {
    const moratorium = dataset.commitments.find((c) => c.id === 'amazon-2020-rekognition-police-moratorium')!;
    expect(moratorium.date).toBe('2020-06-10');
    expect(moratorium.statusHistory).toEqual([
      expect.objectContaining({ date: '2021-05-18', sourceId: 'reuters-2021-amazon-moratorium-extension' }),
    ]);
  });

  it('gives every fact from a seed a seed source, and every other source a verification level', () => {
    for (const s of dataset.sources) {
      if (s.verification === 'seed') expect(s.seed).toMatch(/\.txt$/);
      else expect(s.seed).toBeNull();
    }
  });

  it('lists ordinary-word company names only as ambiguous names', () => {
    const company = (id: string) => dataset.companies.find((c) => c.id === id)!;
    expect(company('meta').ambiguousNames).toContain('Meta');
    expect(company('apple').ambiguousNames).toContain('Apple');
    expect(company('bt').ambiguousNames).toContain('BT');
    expect(company('ibm').ambiguousNames).toEqual([]);
    expect(company('ibm').domains).toEqual(expect.arrayContaining(['ibm.com', 'newsroom.ibm.com']));
    expect(company('gni').type).toBe('initiative');
  });
});

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
    expect(edri.map((q) => q.number ?? 0).sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13]);
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

  it('keeps of IBM’s 2018 Principles for Trust and Transparency only the sentences that commit IBM, each its own record', () => {
    const principles = dataset.commitments.filter((c) => c.sourceId === 'ibm-2018-trust-principles');
    expect(principles).toHaveLength(22);
    expect(principles.every((c) => c.companyId === 'ibm' && c.date === '2018-05-30')).toBe(true);
    // Separate: no record's quote repeats or contains another's.
    for (const a of principles) for (const b of principles) if (a !== b) expect(a.quote.includes(b.quote)).toBe(false);
    const quoteOf = (id: string) => principles.find((c) => c.id === id)?.quote ?? '';
    expect(quoteOf('ibm-2018-no-backdoors')).toContain('IBM does not put ‘backdoors’');
    expect(quoteOf('ibm-2018-challenge-unlawful-requests')).toContain('appropriate steps');
    expect(quoteOf('ibm-2018-ai-bias-testing')).toContain('continually test our systems');
    // History claims and policy positions are not commitments.
    for (const gone of ['ibm-2018-responsible-stewardship', 'ibm-2018-gdpr-compliance-framework', 'ibm-2018-no-automation-tax', 'ibm-2018-iot-security-by-design']) {
      expect(dataset.commitments.find((c) => c.id === gone), gone).toBeUndefined();
    }
    // Nothing after the page itself was checked.
    expect(principles.every((c) => c.status === 'unknown' && c.asOf === '2018-05-30')).toBe(true);
  });

  it('holds the UN B-Tech commentary’s words about companies as reported practices, never as their own words or checked on their pages', () => {
    const reported = dataset.commitments.filter((c) => c.kind === 'reported-practice');
    expect(reported.map((c) => c.companyId).sort()).toEqual(
      expect.arrayContaining(['apple', 'bt', 'cisco', 'cloudflare', 'ericsson', 'gni', 'google', 'hpe', 'meta', 'microsoft', 'salesforce', 'telenor', 'twitter', 'vodafone']),
    );
    for (const c of reported) {
      expect(c).toMatchObject({ reportedById: 'un-btech', sourceId: BTECH });
      expect(c).not.toHaveProperty('pageUrl');
    }
    // The shared B-Tech sentence is on no company's own-words record.
    const own = dataset.commitments.filter((c) => c.kind !== 'reported-practice');
    expect(own.some((c) => c.quote.includes('similar public commitments have been made'))).toBe(false);
  });

  it('checks a commitment on a page only where its source was read on that page', () => {
    for (const c of dataset.commitments) {
      if (c.kind === 'reported-practice' || c.pageUrl === null) continue;
      const source = sourceOf(c.sourceId)!;
      expect([c.id, source.url]).toEqual([c.id, c.pageUrl]);
      expect(['verified', 'seed']).toContain(source.verification);
    }
  });

  it('records Microsoft’s six facial-recognition principles in its own words, from its page', () => {
    const six = dataset.commitments.filter((c) => c.sourceId === 'microsoft-2018-six-principles');
    expect(six.map((c) => c.quote)).toContainEqual('We will prohibit in our terms of service the use of facial recognition technology to engage in unlawful discrimination.');
    expect(six).toHaveLength(7);
    expect(sourceOf('microsoft-2018-six-principles')?.url).toBe('https://blogs.microsoft.com/on-the-issues/2018/12/17/six-principles-to-guide-microsofts-facial-recognition-work/');
  });

  it('records IBM’s June 2020 facial-recognition position with “general purpose” marked vague', () => {
    const sunset = dataset.commitments.find((c) => c.id === 'ibm-2020-sunset-general-purpose-facial-recognition')!;
    expect(sunset).toMatchObject({ date: '2020-06-08', kind: 'pledge', topics: ['facial-recognition'], pageUrl: 'https://www.ibm.com/policy/facial-recognition-sunset-racial-justice-reforms/' });
    // IBM's reply to EDRi of 2020-07-08 "reiterated the general commitment": the latest evidence read.
    expect(sunset).toMatchObject({ status: 'in-force', asOf: '2020-07-08', evidenceSourceId: 'edri-2020-ibm-reply-report' });
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
    expect(council.statusHistory.at(-1)).toMatchObject({ status: 'withdrawn', date: '2022-12-12', sourceId: 'cnn-2022-twitter-disbands-trust-and-safety-council' });
    expect(council).toMatchObject({ kind: 'reported-practice', asOf: '2022-12-12', evidenceSourceId: council.statusHistory.at(-1)!.sourceId });
    expect(sourceOf(council.statusHistory.at(-1)!.sourceId)).toMatchObject({ verification: 'secondary', date: '2022-12-12', url: expect.stringMatching(/^https:\/\/www\.cnn\.com\//) });
    expect(sourceOf(council.statusHistory[0]!.sourceId)).toMatchObject({ verification: 'verified', date: '2016-02-09' });
  });

  it('records Amazon’s moratorium extension as a status change with the Reuters source, and its status as of that date', () => {
    const moratorium = dataset.commitments.find((c) => c.id === 'amazon-2020-rekognition-police-moratorium')!;
    expect(moratorium.date).toBe('2020-06-10');
    expect(moratorium).toMatchObject({ status: 'in-force', asOf: '2021-05-18', evidenceSourceId: 'reuters-2021-amazon-moratorium-extension' });
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

import { describe, expect, it } from 'vitest';
import { analysePage } from '../../../src/core/analyse-page';
import { lookupForPage } from '../../../src/core/records/page-records';
import type { Dataset } from '../../../src/data/schema';
import { createRestatedSearch, planRestated } from '../../../src/core/restated';
import { fixturePage, getTestDataset } from './fixtures';

/** The restated search over a dataset's own-words quotes, as the engine builds it (engine-pack.ts). */
const findRestated = (text: string, dataset: Dataset) =>
  createRestatedSearch(planRestated(dataset.commitments.filter((c) => c.kind !== 'reported-practice').map((c) => ({ id: c.id, quote: c.quote })))).find(text);

describe('restated commitments', () => {
  const dataset = getTestDataset();

  it('finds quotes despite typographic quotes, a non-breaking hyphen, line breaks and case', () => {
    const page = fixturePage('quote-typographic.html');
    const a = analysePage(page, { dataset });
    const police = a.restatedCommitments.find((r) => r.commitmentId === 'northwind-2021-no-police-sales')!;
    expect(police.similarity).toBe(1);
    expect(page.text.slice(police.offset, police.offset + police.length)).toMatch(/^Northwind Vision will not sell general‑purpose\s+face recognition .* in place$/s);
    // "We’ll" became "We will": a small edit, still found, below 1.
    const audit = a.restatedCommitments.find((r) => r.commitmentId === 'northwind-2021-audit')!;
    expect(audit.similarity).toBeGreaterThanOrEqual(0.75);
    expect(audit.similarity).toBeLessThan(1);
  });

  it('tolerates a dropped or changed word but not a different sentence', () => {
    const edited = 'Contoso will design, build and deploy its AI responsibly, and where appropriate it will consult outside experts.';
    expect(findRestated(edited, dataset)[0]).toMatchObject({ commitmentId: 'contoso-ai-responsibly' });
    const different = 'Contoso will design new offices, and where appropriate it will build a café for staff and visitors.';
    expect(findRestated(different, dataset)).toEqual([]);
    expect(findRestated('Nothing to see here.', dataset)).toEqual([]);
  });

  it('reports a commitment whose own page no longer carries its quote', () => {
    const a = analysePage(fixturePage('commitment-page-changed.html'), { dataset });
    expect(a.missingQuotes).toContain('northwind-2021-no-police-sales');
    const intact = analysePage(fixturePage('press-fr-northwind.html'), { dataset });
    expect(intact.missingQuotes).toEqual([]);
    // The same text elsewhere is not "missing" anything.
    const elsewhere = analysePage({ ...fixturePage('commitment-page-changed.html'), url: 'https://elsewhere.example/x' }, { dataset });
    expect(elsewhere.missingQuotes).toEqual([]);
  });
});

describe('lookupForPage', () => {
  const dataset = getTestDataset();

  it('returns the companies’ commitments on the page’s topics, restated ones first', () => {
    const r = lookupForPage(dataset, { companyIds: ['northwind'], topics: ['ai-ethics'], restatedCommitmentIds: ['northwind-2021-no-police-sales'] });
    expect(r.commitments.map((c) => c.id)).toEqual(['northwind-2021-no-police-sales', 'northwind-2021-audit']);
    const none = lookupForPage(dataset, { companyIds: ['northwind'], topics: ['human-rights'] });
    expect(none.commitments).toEqual([]);
  });

  it('returns open questions only (not answered ones), those about shown commitments first', () => {
    const r = lookupForPage(dataset, { companyIds: ['northwind'], topics: ['facial-recognition'] });
    expect(r.questions.map((q) => q.id)).toEqual(['rw-2021-northwind-q1', 'rw-2021-northwind-q3']);
  });

  it('returns the companies’ assessments, on-topic first, and nothing for unknown companies', () => {
    const r = lookupForPage(dataset, { companyIds: ['fabrikam', 'northwind'], topics: ['ai-ethics'] });
    expect(r.assessments.map((a) => a.id)).toEqual(['northwind-2022-audit', 'fabrikam-2023-hria']);
    expect(lookupForPage(dataset, { companyIds: ['nobody'], topics: ['ai-ethics'] })).toEqual({ commitments: [], questions: [], assessments: [] });
  });
});

describe('restated search on a repetitive page (issue 13, row 13)', () => {
  it('aligning shingle matches is linear: a quote repeated 2,000 times costs steps in proportion', async () => {
    const { alignAnchors } = await import('../../../src/core/restated');
    const quoteLength = 20;
    const matchesFor = (repeats: number) => {
      const list: [number, number][] = [];
      for (let r = 0; r < repeats; r++) for (let q = 0; q + 2 < quoteLength; q++) list.push([r * quoteLength + q, q]);
      return list;
    };
    const small = alignAnchors(matchesFor(200), quoteLength);
    const large = alignAnchors(matchesFor(2_000), quoteLength);
    expect(large.groups).toHaveLength(2_000);
    expect(large.groups.every((g) => g.count === quoteLength - 2)).toBe(true);
    // Ten times the page, about ten times the work (quadratic would be a hundred times).
    expect(large.steps / small.steps).toBeLessThan(11);
    expect(large.steps).toBeLessThan(matchesFor(2_000).length * (quoteLength + 8));
  });

  it('finds every restatement on a page that repeats one', () => {
    const dataset = getTestDataset();
    const quote = dataset.commitments.find((c) => c.id === 'contoso-ai-responsibly')!.quote;
    const text = Array.from({ length: 300 }, () => `${quote} `).join('');
    const found = findRestated(text, dataset).filter((r) => r.commitmentId === 'contoso-ai-responsibly');
    expect(found).toHaveLength(300);
  });
});

describe('the page scan of the restated index', () => {
  it('hashes the same trigrams, at the same places, as the quotes’ tokenizer does (ASCII, accents, astral letters, marks)', async () => {
    const { scanTrigrams, trigramHash, wordHash, wordTokens } = await import('../../../src/core/restated');
    const texts = [
      'IBM no longer offers general purpose IBM facial recognition or analysis software.',
      'Télécom — “Ünïcode” naïve café; İstanbul ΣΊΣΥΦΟΣ 𝐀𝐁𝐂 x̃y 42nd 3.14 emoji🙂here',
      '  a  b  ',
      '',
    ];
    for (const text of texts) {
      const tokens = wordTokens(text);
      const hash = (i: number) => wordHash(text.slice(tokens[i]!.start, tokens[i]!.end));
      const expected = tokens.slice(2).map((_, i) => [trigramHash(hash(i), hash(i + 1), hash(i + 2)), tokens[i]!.start]);
      const seen: number[][] = [];
      scanTrigrams(text, (hash, start) => seen.push([hash, start]));
      expect(seen, text).toEqual(expected);
    }
  });
});

describe('the anchor index of a large plan', () => {
  it('finds each of many quotes and nothing else, whatever slots their anchors hash to', async () => {
    const { createRestatedSearch, planRestated } = await import('../../../src/core/restated');
    const word = (n: number) => 'term' + n.toString(36);
    // 3,000 quotes of three distinct words, so each has one anchor: thousands of anchors share home slots of
    // the table, as any large dataset's do, and a quote whose anchor the table loses is not found.
    const quotes = Array.from({ length: 3_000 }, (_, q) => ({ id: `q${q}`, quote: Array.from({ length: 3 }, (_, i) => word(q * 3 + i)).join(' ') + '.' }));
    const search = createRestatedSearch(planRestated(quotes));
    const on = quotes.filter((_, q) => q % 7 === 0);
    const page = on.map((q) => `Filler words here. ${q.quote} More filler.`).join('\n');
    const found = search.find(page).filter((r) => r.similarity === 1).map((r) => r.commitmentId);
    expect(new Set(found)).toEqual(new Set(on.map((q) => q.id)));
  });
});

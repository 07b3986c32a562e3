// The screen may rule a page out only where the full analysis finds it not relevant; and it must rule
// unrelated pages out, or it saves nothing.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analysePage } from '../../../src/core/analyse-page';
import { extractPage } from '../../../src/core/html-text';
import { notRelevant } from '../../../src/core/relevance/decide';
import { onTrackedPage, screenHintsFrom } from '../../../src/core/relevance/tracked-pages';
import { mightBeRelevant } from './fixtures';
import { PageAnalysis } from '../../../src/core/analysis-schema';
import { bundledDatasetFiles, getBundledDataset } from '../../../src/data/dataset';
import { fixturePage, getTestDataset, PAGES_DIR } from './fixtures';

const ROOT = join(__dirname, '../../..');
const bundled = { dataset: getBundledDataset(), hints: screenHintsFrom(bundledDatasetFiles) };
const fictional = { dataset: getTestDataset(), hints: screenHintsFrom(getTestDataset()) };

const corePages = readdirSync(PAGES_DIR).filter((n) => /\.(html|txt)$/.test(n) && !n.includes('.bin.'));
const sitePages = ['press-release.html', 'unrelated.html', 'dynamic.html', 'hostile.html', 'popup/ibm-press-release.html', 'popup/unrelated.html', 'popup/untracked-vendor.html'].map((p) =>
  join(ROOT, 'tests/fixtures/site', p),
);
sitePages.push(join(ROOT, 'assets/demo/press-release.html'));

function sitePage(path: string) {
  const page = extractPage(readFileSync(path, 'utf8'));
  return { url: page.url ?? 'http://127.0.0.1/' + path.split('/').pop(), title: page.title, text: page.text };
}

describe('mightBeRelevant', () => {
  it.each(corePages)('agrees with the full analysis on %s (both datasets)', (name) => {
    const page = fixturePage(name);
    const input = { url: page.url, title: page.title ?? '', text: page.text };
    for (const { dataset, hints } of [bundled, fictional]) {
      const full = analysePage(page, { dataset });
      if (full.relevant) expect(mightBeRelevant(input, hints)).toBe(true);
    }
  });

  it.each(sitePages.map((p) => [p.slice(ROOT.length + 1), p]))('agrees with the full analysis on %s', (_name, path) => {
    const input = sitePage(path);
    const full = analysePage(input, { dataset: bundled.dataset });
    if (full.relevant) expect(mightBeRelevant(input, bundled.hints)).toBe(true);
  });

  it('passes the relevant pages the agreement tests rely on', () => {
    for (const path of [sitePages[0]!, sitePages.at(-1)!]) {
      const input = sitePage(path);
      expect(analysePage(input, { dataset: bundled.dataset }).relevant, path).toBe(true);
      expect(mightBeRelevant(input, bundled.hints), path).toBe(true);
    }
  });

  it('rules out unrelated corporate news, a one-mention article and a recipe', () => {
    for (const name of ['earnings-northwind.html', 'product-launch-contoso.html', 'news-one-mention.html', 'recipe-apple.html']) {
      const page = fixturePage(name);
      expect(analysePage(page, { dataset: bundled.dataset }).relevant, name).toBe(false);
      expect(mightBeRelevant({ url: page.url, title: page.title ?? '', text: page.text }, bundled.hints), name).toBe(false);
    }
  });

  it('passes any page on a tracked company domain and any commitment page, whatever its text', () => {
    const text = 'Quarterly results and a new laptop.';
    expect(mightBeRelevant({ url: 'https://newsroom.ibm.com/2024-01-01-results', title: '', text }, bundled.hints)).toBe(true);
    expect(mightBeRelevant({ url: 'https://www.ibm.com/policy/facial-recognition-sunset-racial-justice-reforms/', title: '', text }, bundled.hints)).toBe(true);
    expect(mightBeRelevant({ url: 'https://example.org/', title: '', text }, bundled.hints)).toBe(false);
  });

  it('reads hints from raw dataset JSON without trusting its shape', () => {
    expect(screenHintsFrom({ companies: [{ domains: ['a.example', 3] }, null, 'x'], commitments: 'bad' })).toEqual({
      domains: ['a.example'],
      commitmentPages: new Set(),
    });
  });

  it('takes as commitment pages only the pages own-words quotes were read on, never a reprint’s or a reporter’s', () => {
    const hints = screenHintsFrom({
      companies: [],
      commitments: [
        { kind: 'pledge', pageUrl: 'https://a.example/pledge', sourceId: 's1' },
        { kind: 'pledge', pageUrl: null, sourceId: 's2' },
        { kind: 'reported-practice', pageUrl: 'https://b.example/report', sourceId: 's3' },
      ],
    });
    expect(hints.commitmentPages.size).toBe(1);
    // A page on a tracked domain is not listed again: the domain already passes it.
    const onDomain = screenHintsFrom({ companies: [{ domains: ['a.example'] }], commitments: [{ kind: 'pledge', pageUrl: 'https://www.a.example/pledge' }] });
    expect(onDomain.commitmentPages.size).toBe(0);
    expect(onTrackedPage('https://www.a.example/pledge', onDomain)).toBe(true);
    expect(onTrackedPage('https://a.example/pledge', hints)).toBe(true);
    expect(onTrackedPage('https://b.example/report', hints)).toBe(false);
    // A reprint of Microsoft's words, recorded as a secondary source, is not a page its quote is checked on.
    expect(mightBeRelevant({ url: 'https://dustinward.cloud/?p=24612', title: '', text: 'Quarterly results and a new laptop.' }, bundled.hints)).toBe(false);
  });

  it('gives a schema-valid empty analysis for a ruled-out page', () => {
    const a = notRelevant({ url: 'https://example.org/', title: 'T', textLength: 3 });
    expect(PageAnalysis.parse(a)).toEqual(a);
    expect(a).toMatchObject({ relevant: false, textLength: 3, vagueTerms: [] });
  });
});

// The content script analyses from the build-time pack: no lexicon or dataset validation, no trie built,
// and the very same analysis as the core computes from the sources. Its own file: module state is fresh.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';

vi.mock('../../../src/core/matcher/compiled-matcher', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../../src/core/matcher/compiled-matcher')>();
  return { ...original, planMatcher: vi.fn(original.planMatcher) };
});
vi.mock('../../../src/core/matcher/trie-regex', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../../src/core/matcher/trie-regex')>();
  return { ...original, compileTrieSources: vi.fn(original.compileTrieSources) };
});

const { planMatcher } = await import('../../../src/core/matcher/compiled-matcher');
const { compileTrieSources } = await import('../../../src/core/matcher/trie-regex');
const { analyseForContent } = await import('../../../src/content/analyse');
const { createPageEngine } = await import('../../../src/content/install-page-engine');
// One engine for the file, as one page's injected engine serves every analysis on that page.
const engine = createPageEngine();
const { analysePage } = await import('../../../src/core/analyse-page');
const { extractPage } = await import('../../../src/core/html-text');
const { fixturePage, PAGES_DIR } = await import('../core/fixtures');

const ROOT = join(__dirname, '../../..');
const settings = { customTerms: [] };
const inputs = [
  ...readdirSync(PAGES_DIR)
    .filter((n) => /\.(html|txt)$/.test(n) && !n.includes('.bin.'))
    .map((n) => fixturePage(n))
    .map((p) => ({ url: p.url, title: p.title ?? '', text: p.text })),
  ...['assets/demo/press-release.html', 'tests/fixtures/site/press-release.html', 'tests/fixtures/site/popup/ibm-press-release.html'].map((path) => {
    const page = extractPage(readFileSync(join(ROOT, path), 'utf8'));
    return { url: page.url ?? 'https://www.ibm.com/' + path.split('/').pop(), title: page.title, text: page.text };
  }),
];

describe('analyseForContent from the pack', () => {
  it('builds no trie and finds relevant pages, on every fixture page', async () => {
    const results = await Promise.all(inputs.map((input) => analyseForContent(engine, input, settings)));
    expect(planMatcher).not.toHaveBeenCalled();
    expect(compileTrieSources).not.toHaveBeenCalled();
    expect(results.some((r) => r.relevant && r.vagueTerms.length > 0)).toBe(true);
  });

  it('gives the same analysis as the core on the validated sources, companies and restated commitments answered as the background does', async () => {
    // Compiled from scratch in this process, from the sources: the pack was made at build time.
    const { getBundledDataset } = await import('../../../src/data/dataset');
    const { datasetIndexFor, datasetPartFor } = await import('../../../src/core/dataset-part');
    const dataset = getBundledDataset();
    const background = async (request: Parameters<typeof datasetPartFor>[1]) => structuredClone(datasetPartFor(datasetIndexFor(dataset), request));
    const fromPack = await Promise.all(inputs.map((input) => analyseForContent(engine, input, settings, {}, background)));
    let relevant = 0;
    for (const [i, input] of inputs.entries()) {
      const full = analysePage(input, { dataset });
      if (full.relevant) {
        relevant++;
        expect(fromPack[i]).toEqual(full);
      } else expect(fromPack[i]!.relevant).toBe(false);
    }
    expect(relevant).toBeGreaterThanOrEqual(5);
    // The second phase ran: some fixture page restates a tracked commitment.
    expect(fromPack.some((r) => r.restatedCommitments.length > 0)).toBe(true);
    expect(compileTrieSources).toHaveBeenCalled();
  });

  it('with a reader\'s own terms compiles at run time and finds them', async () => {
    const custom = [{ id: 'at-scale', phrase: 'at scale', variants: [], category: 'unverifiable-claim' as const, explanation: 'x', alternative: 'y', questionIds: [], example: 'z' }];
    const result = await analyseForContent(engine, { url: 'https://example.org/', title: '', text: 'We deploy facial recognition at scale.' }, { customTerms: custom }, { skipScreen: true });
    expect(result.vagueTerms.map((v) => v.termId)).toContain('at-scale');
  });
});

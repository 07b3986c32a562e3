import { describe, expect, it, vi } from 'vitest';

// Counts compilations: importing the core must compile nothing (the content script imports it on every
// page), the first analysis compiles its two (the lexicons' terms; the dataset's company names, dataset-part.ts),
// later analyses with the same dataset and terms reuse them, a reader's own terms add one.
vi.mock('../../../src/core/matcher/compiled-matcher', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../../src/core/matcher/compiled-matcher')>();
  return { ...original, compileMatcher: vi.fn(original.compileMatcher) };
});

const { compileMatcher } = await import('../../../src/core/matcher/compiled-matcher');
const { analysePage } = await import('../../../src/core/analyse-page');
const { getTestDataset } = await import('./fixtures');

describe('lazy matcher build', () => {
  it('compiles nothing at import, on first use the two matchers, again only for a different term set', () => {
    expect(compileMatcher).not.toHaveBeenCalled();
    const dataset = getTestDataset();
    analysePage({ url: 'https://example.org/', text: 'Facial recognition, responsibly.' }, { dataset });
    expect(compileMatcher).toHaveBeenCalledTimes(2);
    analysePage({ url: 'https://example.org/2', text: 'Another page about human rights.' }, { dataset });
    expect(compileMatcher).toHaveBeenCalledTimes(2);
    const custom = [{ id: 'at-scale', phrase: 'at scale', variants: [], category: 'unverifiable-claim' as const, explanation: 'x', alternative: 'y', questionIds: [], example: 'z' }];
    analysePage({ url: 'https://example.org/3', text: 'At scale.' }, { dataset, customTerms: custom });
    analysePage({ url: 'https://example.org/4', text: 'At scale.' }, { dataset, customTerms: [...custom] });
    expect(compileMatcher).toHaveBeenCalledTimes(3);
  });
});

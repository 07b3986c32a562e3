// A page the first look finds likely relevant goes straight to the analysis, without the exact screen, so
// without the screen's part of the pack: the analysis must still take every lexicon from the pack and
// validate none at run time. Its own file: module state must be fresh, with no screen run before.
import { describe, expect, it, vi } from 'vitest';

vi.mock('../../../src/core/lexicon/index', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../../src/core/lexicon/index')>();
  return { ...original, getTopicTerms: vi.fn(original.getTopicTerms), getVagueTerms: vi.fn(original.getVagueTerms), getSpecificTerms: vi.fn(original.getSpecificTerms) };
});

const lexicons = await import('../../../src/core/lexicon/index');
const { analyseForContent } = await import('../../../src/content/analyse');
const { createPageEngine } = await import('../../../src/content/install-page-engine');

describe('analyseForContent on a likely page, first thing on the page', () => {
  it('reads the topic terms from the pack, not from their JSON', async () => {
    const result = await analyseForContent(
      createPageEngine(),
      { url: 'https://example.org/news', title: 'Facial recognition', text: 'Our facial recognition technology, human rights due diligence and biometric surveillance, where appropriate. '.repeat(4) },
      { customTerms: [] },
      { skipScreen: true },
    );
    expect(result.topics.map((t) => t.id)).toContain('facial-recognition');
    expect(result.vagueTerms.length).toBeGreaterThan(0);
    // The lexicon module (zod over the JSON) was never asked: the pack's own copies served.
    expect(lexicons.getTopicTerms).not.toHaveBeenCalled();
    expect(lexicons.getVagueTerms).not.toHaveBeenCalled();
    expect(lexicons.getSpecificTerms).not.toHaveBeenCalled();
  });
});

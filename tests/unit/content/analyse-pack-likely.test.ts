// A page the first look finds likely relevant goes straight to the analysis, without the exact screen, so
// without the screen's part of the pack: the analysis must still take every lexicon from the pack and
// validate none at run time. Its own file: module state must be fresh, with no screen run before.
import { describe, expect, it } from 'vitest';
import { analyseForContent } from '../../../src/content/analyse';
import { loadFirstLookPack } from '../../../src/core/first-look-pack';
import { getTopicTerms } from '../../../src/core/lexicon/index';

describe('analyseForContent on a likely page, first thing on the page', () => {
  it('reads the topic terms from the pack, not from their JSON', () => {
    const result = analyseForContent(
      { url: 'https://example.org/news', title: 'Facial recognition', text: 'Our facial recognition technology, human rights due diligence and biometric surveillance, where appropriate. '.repeat(4) },
      { customTerms: [] },
      { skipScreen: true },
    );
    expect(result.topics.map((t) => t.id)).toContain('facial-recognition');
    // The same array object: a zod parse of topic-terms.json would have made a new one.
    expect(getTopicTerms()).toBe(loadFirstLookPack().pack.topicTerms);
  });
});

import { describe, expect, it } from 'vitest';
import { canonicalUrl, flagKey, parseRelatedIds } from '../../../src/flags/model/flag-schema';

describe('flagKey (one flag per URL + quote)', () => {
  it('ignores the fragment and whitespace differences, nothing else', () => {
    const base = flagKey({ url: 'https://a.example/p?x=1', quote: 'general purpose' });
    expect(flagKey({ url: 'https://a.example/p?x=1#top', quote: '  general\n purpose ' })).toBe(base);
    expect(flagKey({ url: 'https://a.example/p?x=2', quote: 'general purpose' })).not.toBe(base);
    expect(flagKey({ url: 'https://a.example/p?x=1', quote: 'General purpose' })).not.toBe(base);
  });

  it('keeps the query, which can name a different document', () => {
    expect(canonicalUrl('https://a.example/doc?id=7#s2')).toBe('https://a.example/doc?id=7');
  });
});

describe('parseRelatedIds', () => {
  it('splits on commas and spaces, lowercases, drops repeats and reports invalid ids', () => {
    expect(parseRelatedIds('ibm-2020, EDRI-q8 ibm-2020;  not_a/slug')).toEqual({ ids: ['ibm-2020', 'edri-q8'], invalid: ['not_a/slug'] });
  });
});

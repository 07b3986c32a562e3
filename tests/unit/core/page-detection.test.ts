import { describe, expect, it } from 'vitest';
import { analysePage } from '../../../src/core/analyse-page';
import { PageAnalysis } from '../../../src/core/analysis-schema';
import { detectPageKind } from '../../../src/core/page-kind';
import { RELEVANCE_THRESHOLD } from '../../../src/core/relevance/decide';
import { getBundledDataset } from '../../../src/data/dataset';
import { fixturePage, getTestDataset } from './fixtures';

const analyseFixture = (name: string, dataset = getTestDataset()) => analysePage(fixturePage(name), { dataset });

describe('topic relevance on fixture pages', () => {
  it.each([
    ['press-fr-northwind.html', 'facial-recognition'],
    ['news-fr-article.html', 'facial-recognition'],
    ['press-ai-contoso.html', 'ai-ethics'],
    ['blog-ai-contoso.html', 'ai-ethics'],
    ['press-hr-fabrikam.html', 'human-rights'],
    ['policy-hr-fabrikam.html', 'human-rights'],
    ['quote-typographic.html', 'facial-recognition'],
  ])('%s is relevant, topic %s first', (name, topic) => {
    const a = analyseFixture(name);
    expect(a.relevant).toBe(true);
    expect(a.topics[0]?.id).toBe(topic);
    expect(a.topics[0]!.score).toBeGreaterThanOrEqual(RELEVANCE_THRESHOLD);
    for (const e of a.topics[0]!.evidence) expect(fixturePage(name).text.slice(e.offset, e.offset + e.term.length)).toBe(e.term);
  });

  it.each(['earnings-northwind.html', 'product-launch-contoso.html', 'news-one-mention.html', 'recipe-apple.html', 'seo-meta-description.html', 'ambiguous-words.txt'])(
    '%s is not relevant',
    (name) => {
      const a = analyseFixture(name);
      expect(a.relevant).toBe(false);
      expect(a.topics).toEqual([]);
    },
  );

  it('needs more than one mention: a single strong term never makes a page relevant', () => {
    const text = 'Quarterly results. ' + 'Revenue grew in all regions. '.repeat(40) + 'A facial recognition pilot was dropped.';
    expect(analysePage({ url: 'https://example.org/x', text }).relevant).toBe(false);
    expect(analysePage({ url: 'https://example.org/x', text: text + ' Facial recognition and biometric surveillance, again.' }).relevant).toBe(true);
  });

  it('ignores hidden, script, template and noscript text', () => {
    const a = analyseFixture('press-fr-northwind.html');
    expect(a.topics.map((t) => t.id)).not.toContain('human-rights');
    expect(fixturePage('press-fr-northwind.html').text).not.toMatch(/dataLayer|Draft:|Enable JavaScript/);
  });
});

describe('page kind', () => {
  it.each([
    ['press-fr-northwind.html', 'press-release'],
    ['press-ai-contoso.html', 'press-release'],
    ['press-hr-fabrikam.html', 'press-release'],
    ['earnings-northwind.html', 'press-release'],
    ['product-launch-contoso.html', 'press-release'],
    ['policy-hr-fabrikam.html', 'policy'],
    ['blog-ai-contoso.html', 'blog-post'],
    ['news-fr-article.html', 'news-article'],
    ['news-one-mention.html', 'news-article'],
    ['recipe-apple.html', 'other'],
    ['seo-meta-description.html', 'other'],
  ])('%s is a %s', (name, kind) => {
    expect(analyseFixture(name).kind).toBe(kind);
  });

  const kindOf = (url: string, text = '', extra: Partial<Parameters<typeof detectPageKind>[0]> = {}, companyPublisher = false) =>
    detectPageKind({ url, title: '', text, meta: { jsonLdTypes: [] }, ...extra }, { companyPublisher });

  it('reads press-release datelines and release markers', () => {
    expect(kindOf('https://x.example/a', 'ARMONK, N.Y., June 8, 2020 /PRNewswire/ -- IBM today…')).toBe('press-release');
    expect(kindOf('https://x.example/a', 'SAN JOSE, Calif., Jan. 5, 2021 -- (BUSINESS WIRE) -- The company…')).toBe('press-release');
    expect(kindOf('https://x.example/a', 'FOR IMMEDIATE RELEASE\nSomething happened.')).toBe('press-release');
    expect(kindOf('https://x.example/a', 'We met in June 8, 2020 and talked.')).toBe('other');
  });

  it('reads URL paths, JSON-LD and Open Graph types, and the publisher', () => {
    expect(kindOf('https://x.example/policies/human-rights')).toBe('policy');
    expect(kindOf('https://x.example/blog/2021/post')).toBe('blog-post');
    expect(kindOf('https://x.example/newsroom/item')).toBe('press-release');
    // A blog on its own subdomain (blog.company, blogs.company) has no /blog/ in its path.
    expect(kindOf('https://blog.x.example/2021/06/')).toBe('blog-post');
    expect(kindOf('https://blogs.x.example/people/business-and-human-rights')).toBe('blog-post');
    expect(kindOf('https://blogger-tools.x.example/a')).toBe('other');
    // A policy named in its last path segment ("human-rights-policy", "modern-slavery-statement", "ai-principles").
    expect(kindOf('https://x.example/about/human-rights-policy')).toBe('policy');
    expect(kindOf('https://x.example/modern-slavery-statement')).toBe('policy');
    expect(kindOf('https://x.example/en/ai-principles/')).toBe('policy');
    expect(kindOf('https://x.example/statement-of-work-template')).toBe('other');
    // Corporate-responsibility sections ("/csr/", "/our-responsibilities/", "/corporate-responsibility/").
    expect(kindOf('https://x.example/csr/supplier-code')).toBe('policy');
    expect(kindOf('https://x.example/our-responsibilities/modern-slavery')).toBe('policy');
    expect(kindOf('https://x.example/corporate-responsibility/ethics')).toBe('policy');
    expect(kindOf('https://x.example/a', '', { meta: { jsonLdTypes: ['BlogPosting'] } })).toBe('blog-post');
    expect(kindOf('https://x.example/a', '', { meta: { jsonLdTypes: ['NewsArticle'] } })).toBe('news-article');
    expect(kindOf('https://x.example/a', '', { meta: { jsonLdTypes: ['NewsArticle'] } }, true)).toBe('press-release');
    expect(kindOf('https://x.example/a', '', { meta: { ogType: 'article', jsonLdTypes: [] } })).toBe('other');
    expect(kindOf('https://x.example/about', '', { title: 'Our Human Rights Policy' })).toBe('other');
    expect(kindOf('https://x.example/about/trust', '', { title: 'Our Human Rights Policy' })).toBe('policy');
  });
});

describe('company detection', () => {
  it('finds the publisher from its domain, including newsroom subdomains, ranked first', () => {
    const a = analyseFixture('earnings-northwind.html');
    expect(a.companies[0]).toMatchObject({ id: 'northwind', name: 'Northwind Vision' });
    expect(a.companies[0]!.evidence[0]).toMatchObject({ via: 'domain', term: 'news.northwind-vision.example' });
  });

  it('finds companies from names and aliases with evidence offsets', () => {
    const page = fixturePage('news-fr-article.html');
    const a = analysePage(page, { dataset: getTestDataset() });
    const northwind = a.companies.find((c) => c.id === 'northwind')!;
    expect(northwind.evidence.every((e) => page.text.slice(e.offset, e.offset + e.term.length) === e.term)).toBe(true);
    expect(northwind.evidence.map((e) => e.via)).toContain('name');
  });

  it('ranks the company the page is about above companies it mentions in passing', () => {
    const text = 'IBM human rights due diligence. IBM said IBM would publish. Microsoft was also mentioned in human rights news.';
    const a = analysePage({ url: 'https://example.org/', text }, { dataset: getBundledDataset() });
    expect(a.companies.map((c) => c.id).slice(0, 2)).toEqual(['ibm', 'microsoft']);
  });

  it('does not mistake ordinary words for ambiguous company names', () => {
    const dataset = getBundledDataset();
    for (const name of ['seo-meta-description.html', 'recipe-apple.html', 'ambiguous-words.txt'])
      expect(analyseFixture(name, dataset).companies.map((c) => c.id), name).toEqual([]);
    // Exact case but no other evidence: an off-topic page naming "Apple" is not about the company.
    expect(analysePage({ url: 'https://example.org/', text: 'Apple pie. Apple tart. Meta data.' }, { dataset }).companies).toEqual([]);
    expect(analysePage({ url: 'https://example.org/', text: 'we looked at bt and meta and apple human rights due diligence human rights' }, { dataset }).companies).toEqual([]);
  });

  const ambiguous = getBundledDataset().companies.flatMap((c) => c.ambiguousNames.map((name) => [name, c.id] as const));

  it.each(ambiguous)('ambiguous name "%s" (%s): not inside words, not in other case, not off topic, not hyphenated', (name, id) => {
    const dataset = getBundledDataset();
    const onTopic = ' Human rights due diligence and human rights impact assessments matter.';
    const ids = (text: string) => analysePage({ url: 'https://example.org/', text }, { dataset }).companies.map((c) => c.id);
    expect(ids(`The x${name}y and ${name}s-like ${name.toLowerCase()} things.${onTopic}`)).not.toContain(id);
    expect(ids(`${name} ${name} ${name}. A story about gardens and weather.`)).not.toContain(id);
    expect(ids(`${name}-analysis and ${name}-based tools.${onTopic}`)).not.toContain(id);
    expect(ids(`${name} published its policy.${onTopic}`)).toContain(id);
  });

  it('counts ambiguous names written exactly when the page is on topic, and always on the company domain', () => {
    const dataset = getBundledDataset();
    const a = analyseFixture('ambiguous-positive.txt', dataset);
    expect(a.companies.map((c) => c.id)).toEqual(expect.arrayContaining(['bt', 'apple', 'meta', 'amazon', 'google', 'vodafone']));
    const onDomain = analysePage({ url: 'https://www.apple.com/newsroom/x', text: 'Apple today announced a new phone.' }, { dataset });
    expect(onDomain.companies[0]?.id).toBe('apple');
  });
});

describe('analysis contract', () => {
  it.each(['press-fr-northwind.html', 'policy-hr-fabrikam.html', 'recipe-apple.html', 'quote-typographic.html'])('%s: output satisfies PageAnalysis and offsets point into the text', (name) => {
    const page = fixturePage(name);
    const a = analysePage(page, { dataset: getTestDataset() });
    expect(() => PageAnalysis.parse(a)).not.toThrow();
    expect(a.textLength).toBe(page.text.length);
    for (const m of [...a.vagueTerms, ...a.specificTerms]) expect(page.text.slice(m.offset, m.offset + m.length)).toBe(m.text);
  });

  it('works without a dataset (no companies, no commitments) and with user terms', () => {
    const custom = [{ id: 'at-scale', phrase: 'at scale', variants: [], category: 'unverifiable-claim' as const, explanation: 'x', alternative: 'y', questionIds: [], example: 'z' }];
    const a = analysePage({ url: 'https://example.org/', text: 'We deploy trust at scale, responsibly.' }, { customTerms: custom });
    expect(a.vagueTerms.map((v) => v.termId)).toEqual(['at-scale', 'responsibly']);
    expect(a.companies).toEqual([]);
    expect(analysePage({ url: 'https://example.org/', text: 'We deploy trust at scale.' }).vagueTerms).toEqual([]);
  });

  it('finds the vague terms of a relevant press release with their categories', () => {
    const a = analyseFixture('press-fr-northwind.html');
    const found = a.vagueTerms.map((v) => `${v.termId}:${v.category}`);
    expect(found).toEqual(expect.arrayContaining(['general-purpose:scope-limiter', 'appropriate-steps:undefined-standard', 'where-necessary:hedge', 'we-strive:aspiration']));
    expect(a.specificTerms.map((s) => s.termId)).toEqual(expect.arrayContaining(['will-not', 'independent-audit', 'publish', 'by-year']));
  });
});

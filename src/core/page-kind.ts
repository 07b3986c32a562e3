/**
 * What sort of page this is, from weighted clues: JSON-LD and Open Graph types, URL path segments,
 * press-release datelines ("ARMONK, N.Y., June 8, 2020 /PRNewswire/", "FOR IMMEDIATE RELEASE"), and
 * whether the publisher is a tracked company (a company's own "news" is a press release, not journalism).
 */
import type { PageInput, PageKind } from './analysis-schema';
import { hostOf, pathOf } from './url-utils';

type Scores = Record<Exclude<PageKind, 'other'>, number>;

const JSONLD: Record<string, keyof Scores> = {
  pressrelease: 'press-release',
  newsarticle: 'news-article',
  reportagenewsarticle: 'news-article',
  analysisnewsarticle: 'news-article',
  opinionnewsarticle: 'news-article',
  blogposting: 'blog-post',
  blog: 'blog-post',
  socialmediaposting: 'blog-post',
};

const PATH_RULES: [RegExp, keyof Scores, number][] = [
  [/\/(?:press|press-releases?|pressroom|news-releases?|media-releases?|releases?|newsroom|media-center|mediacenter)(?:\/|$)/, 'press-release', 3],
  [/\/(?:blogs?|posts?|on-the-issues|stories|insights)(?:\/|$)/, 'blog-post', 3],
  [/\/(?:polic(?:y|ies)|principles?|human-rights|trust|ethics|(?:our-|corporate-|social-|corporate-social-)?responsib\w*|csr|commitments?|statements?|code-of-conduct|sustainability|esg\w*|legal|governance)(?:\/|$)/, 'policy', 3],
  [/\/[a-z0-9-]+-(?:polic(?:y|ies)|principles|statement|commitments?|charter)(?:\/|$)/, 'policy', 3],
  [/\/(?:news|articles?|\d{4}\/\d{2}\/)(?:\/|$)|\/(?:technology|world|business|politics)\//, 'news-article', 2],
];

const DATELINE_WIRE = /^[A-Z][A-Z.' -]{1,40}(?:,\s*[A-Z][A-Za-z.' -]{1,30})?,?\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2},?\s+\d{4}\s*(?:\/\s*(?:PRNewswire|PR Newswire|Business Wire|GLOBE NEWSWIRE|Accesswire|EQS)[^/]*\/|[-–—]+\s*\(?(?:BUSINESS WIRE|GLOBE NEWSWIRE|PRNewswire)\)?)/m;
const DATELINE_PLAIN = /^[A-Z][A-Z.' -]{2,40},\s*(?:[A-Z][A-Za-z.]{1,15},?\s*)?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2},?\s+\d{4}\s*[-–—]/m;
const IMMEDIATE = /\bFOR IMMEDIATE RELEASE\b|\bMedia contacts?:|\bPress contacts?:|\bAbout [A-Z][\w&.-]+(?: [A-Z][\w&.-]+){0,3}\s*\n/;
const POLICY_TITLE = /\b(?:policy|policies|principles|statement|commitments?|code of conduct|our approach|position on)\b/i;
const NEWS_BYLINE = /^\s*By [A-Z][a-z]+(?: [A-Z][a-z.]+){1,3}\s*$/m;

export interface KindContext {
  /** The page is on a tracked company's domain. */
  companyPublisher: boolean;
}

export function detectPageKind(input: Pick<PageInput, 'url' | 'title' | 'text' | 'meta'>, ctx: KindContext): PageKind {
  const scores: Scores = { 'press-release': 0, policy: 0, 'blog-post': 0, 'news-article': 0 };
  for (const type of input.meta?.jsonLdTypes ?? []) {
    const kind = JSONLD[type.toLowerCase()];
    if (kind) scores[kind] += 4;
  }
  const ogType = input.meta?.ogType?.toLowerCase();
  if (ogType === 'article') scores['news-article'] += 1;
  const path = pathOf(input.meta?.canonicalUrl || input.url);
  for (const [re, kind, weight] of PATH_RULES) if (re.test(path)) scores[kind] += weight;
  // A blog on its own subdomain ("blog.company.com", "blogs.company.com") has no /blog/ in its path.
  if (/^(?:www\.)?blogs?\./.test(hostOf(input.meta?.canonicalUrl || input.url))) scores['blog-post'] += 3;
  // Datelines sit at the top of a release: look only at its first few thousand characters.
  const head = input.text.slice(0, 3000);
  if (DATELINE_WIRE.test(head)) scores['press-release'] += 6;
  else if (DATELINE_PLAIN.test(head)) scores['press-release'] += 3;
  if (IMMEDIATE.test(head)) scores['press-release'] += 4;
  if (POLICY_TITLE.test(input.title ?? '')) scores.policy += 2;
  if (NEWS_BYLINE.test(head)) scores['news-article'] += 2;
  if (ctx.companyPublisher) {
    // A company does not publish journalism about itself: its "news" is a release.
    scores['press-release'] += scores['news-article'];
    scores['news-article'] = 0;
  }
  let best: PageKind = 'other';
  let bestScore = 2; // below this the clues are too weak to say anything
  for (const [kind, score] of Object.entries(scores) as [keyof Scores, number][])
    if (score > bestScore) [best, bestScore] = [kind, score];
  return best;
}

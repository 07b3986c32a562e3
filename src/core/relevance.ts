/**
 * What "relevant" means, in numbers, and the analysis of a page ruled out before any analysis: kept apart
 * from topics.ts so the content script's first look (content/first-look.ts) can use them without
 * importing the matcher, the lexicons or zod.
 */
import type { PageAnalysis } from './analysis-schema';

/**
 * Chosen from the fixture pages in tests/fixtures/pages (tests/unit/core/topics.test.ts asserts both sides):
 * the relevant pages there (press releases, policy, blog, news on a topic) score 9 or more on their topic;
 * unrelated corporate news, one-mention news and ambiguous-word pages score 6 or less. 8 sits between.
 */
export const RELEVANCE_THRESHOLD = 8;

/** A page that restates a tracked commitment is about that commitment's topics: each topic gains this much. */
export const RESTATED_WEIGHT = 4;

/**
 * The topic score below which a page cannot be relevant: restated commitments are only looked for at half
 * the threshold (or on a tracked company's or commitment's page), and add at most RESTATED_WEIGHT.
 */
export const SCREEN_FLOOR = Math.min(RELEVANCE_THRESHOLD / 2, RELEVANCE_THRESHOLD - RESTATED_WEIGHT);

/** The analysis of a page ruled out before its analysis: nothing found, nothing to show. */
export function notRelevant(input: { url: string; title: string; textLength: number }): PageAnalysis {
  return {
    url: input.url,
    title: input.title,
    relevant: false,
    kind: 'other',
    topics: [],
    companies: [],
    vagueTerms: [],
    specificTerms: [],
    specificity: null,
    restatedCommitments: [],
    missingQuotes: [],
    textLength: input.textLength,
  };
}

/**
 * What "relevant" means: the one decision that weighs a topic's evidence the way a reader does, its weights
 * as data (weights.json), and the analysis of a page ruled out before any analysis. Kept apart from
 * evidence.ts (which gathers the evidence) so the content script's first look (content/first-look.ts) can use
 * the bounds here without importing the matcher, the lexicons or zod.
 *
 * A topic's evidence: its terms in the body (with diminishing repeats) and title, which is what the screens
 * bound (the "screen score", evidence.ts `scoreTopics`); then, on top, the same terms where a reader looks
 * first (title again, URL path, headings, opening paragraphs), their density (so a short statement is not
 * out-voted by its length), a tracked company as publisher, a company's own statement (page kind), and a
 * restated tracked commitment, which is alone enough.
 *
 * The first stages rule a page out only when its screen score is below SCREEN_FLOOR and it is not a tracked
 * company's or commitment's page (relevance/screen.ts, content/prescreen.ts). So the decision never calls a page
 * relevant without that: whatever else the page shows, the screens' bound stays a true upper bound.
 */
import type { PageAnalysis, PageKind } from '../analysis-schema';
import weights from './weights.json';

export const RELEVANCE_WEIGHTS: Readonly<typeof weights> = weights;

/** The evidence score a topic needs (with more than one mention) to make a page relevant. */
export const RELEVANCE_THRESHOLD = weights.threshold;

/** A page that restates a tracked commitment is about that commitment's topics: each topic gains this much. */
export const RESTATED_WEIGHT = weights.restatedWeight;

/**
 * The screen score below which a page cannot be relevant unless it is a tracked company's or commitment's
 * page. Restated commitments are only looked for from half the threshold (or on such a page).
 */
export const SCREEN_FLOOR = Math.min(RELEVANCE_THRESHOLD / 2, RELEVANCE_THRESHOLD - RESTATED_WEIGHT);

/**
 * Whether the (costlier) search for restated commitments runs on a page: on a tracked company's domain, where
 * a tracked company is named unambiguously, or where some topic already scores half the threshold (a
 * commitment's own page is searched for its own quotes whatever this says). SCREEN_FLOOR above follows
 * from it: a restated commitment adds RESTATED_WEIGHT only where this said yes.
 */
export function restatedSearchWorthIt(page: { trackedPublisher: boolean; namesTrackedCompany: boolean; bestScreenScore: number }): boolean {
  return page.trackedPublisher || page.namesTrackedCompany || page.bestScreenScore >= RELEVANCE_THRESHOLD / 2;
}

/** One topic's evidence on a page (evidence.ts gathers it). */
export interface TopicEvidence {
  /** Body terms (weight · (1 + ln count) each) plus each distinct title term: what the screens bound. */
  screenScore: number;
  /** Distinct topic-term weight in the title, the URL path, heading lines and the opening paragraphs. */
  title: number;
  url: number;
  headings: number;
  opening: number;
  /** Weight of strong topic terms per 1000 characters of text. */
  density: number;
  /** Mentions in the text, title and URL (a restated commitment counts as one). */
  mentions: number;
  /**
   * Of those, mentions of the topic's own vocabulary (terms of at least `strongTermWeight`, counting the title
   * and the URL once each): the field's everyday words ("AI", "generative AI", "LLMs") do not count.
   */
  strongMentions: number;
  /** A tracked commitment on this topic is restated on the page. */
  restated: boolean;
}

/** What the page says about itself, the same for every topic. */
export interface PageEvidence {
  /** On a tracked company's domain or a commitment's own page: the screens always pass it on. */
  trackedPage: boolean;
  /** The publisher is a tracked company (its domain). */
  trackedPublisher: boolean;
  kind: PageKind;
  /**
   * How many distinct words of ethics and law (`framingWords`) the page's opening uses (evidence.ts
   * `framingOf`); a company's own statement in those words needs fewer mentions of its topic's vocabulary.
   */
  framing?: number;
}

const COMPANY_KINDS: ReadonlySet<PageKind> = new Set(['press-release', 'policy', 'blog-post']);

export function weighTopic(topic: TopicEvidence, page: PageEvidence): { score: number; relevant: boolean } {
  const w = weights;
  const score =
    topic.screenScore +
    w.title * topic.title +
    w.url * topic.url +
    w.headings * topic.headings +
    w.opening * topic.opening +
    w.densityPerKchar * Math.min(topic.density, w.densityCap) +
    (page.trackedPublisher ? w.trackedPublisher : 0) +
    (COMPANY_KINDS.has(page.kind) ? w.companyStatement : 0) +
    (topic.restated ? w.restatedWeight : 0);
  // The screens' bound (see above): without it nothing else counts.
  const screenable = page.trackedPage || topic.screenScore >= SCREEN_FLOOR;
  // A page is about a topic when it speaks the topic's own vocabulary more than once: a generative-AI product
  // guide full of "AI" and "LLMs" that names "responsible AI" once, as a feature, is not about AI ethics.
  // A company's own statement about its topic's ethics or legality may name the topic once and then speak of
  // law, rights and ethics (a vendor's blog post on its own product); a feature bullet on a product page does not.
  const ownStatement = (page.trackedPublisher || COMPANY_KINDS.has(page.kind)) && (page.framing ?? 0) >= w.framingMinDistinct;
  const strongNeeded = ownStatement ? w.ownStatementStrongMentions : w.minStrongMentions;
  const relevant =
    screenable && (topic.restated || (score >= w.threshold && topic.mentions >= w.minMentions && topic.strongMentions >= strongNeeded));
  return { score: Math.round(score * 100) / 100, relevant };
}

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
    uncheckedQuotes: [],
    pageReading: null,
    publisher: null,
    textLength: input.textLength,
  };
}

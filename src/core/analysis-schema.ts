/**
 * The contract between the detection core and everything that shows its results:
 * the content script sends a `PageAnalysis` to the background, the popup renders it,
 * `pledgewatch scan` prints it. Offsets are UTF-16 indices into the extracted page text.
 */
import { z } from 'zod';
import { RecordId, Topic } from '../data/primitives';
import { VagueCategory } from './lexicon/schema';

export const PageKind = z.enum(['press-release', 'policy', 'blog-post', 'news-article', 'other']);
export type PageKind = z.infer<typeof PageKind>;

/** What a caller hands the core: text already extracted (by the DOM walker or the CLI's HTML reader). */
export const PageInput = z.object({
  url: z.string(),
  title: z.string().default(''),
  text: z.string(),
  meta: z
    .object({
      ogType: z.string().optional(),
      ogSiteName: z.string().optional(),
      /** The name of the schema.org `Organization` (or an article's `publisher`) in the page's JSON-LD. */
      organizationName: z.string().optional(),
      canonicalUrl: z.string().optional(),
      description: z.string().optional(),
      /** `@type` values found in JSON-LD blocks (`NewsArticle`, `PressRelease`…). */
      jsonLdTypes: z.array(z.string()).default([]),
    })
    .default({ jsonLdTypes: [] }),
});
export type PageInput = z.input<typeof PageInput>;

export const Evidence = z.object({ term: z.string(), offset: z.number().int().nonnegative() });
export type Evidence = z.infer<typeof Evidence>;

export const TopicHit = z.object({
  id: Topic,
  score: z.number().nonnegative(),
  evidence: z.array(Evidence),
});
export type TopicHit = z.infer<typeof TopicHit>;

export const CompanyHit = z.object({
  id: RecordId,
  name: z.string(),
  score: z.number().nonnegative(),
  /** `domain` when the page is on one of the company's domains. */
  evidence: z.array(Evidence.extend({ via: z.enum(['domain', 'name', 'alias']) })),
});
export type CompanyHit = z.infer<typeof CompanyHit>;

export const TermMatch = z.object({
  termId: RecordId,
  /** The text as it stands on the page. */
  text: z.string(),
  offset: z.number().int().nonnegative(),
  length: z.number().int().positive(),
});

export const VagueMatch = TermMatch.extend({ category: VagueCategory });
export type VagueMatch = z.infer<typeof VagueMatch>;
export type SpecificMatch = z.infer<typeof TermMatch>;

export const RestatedCommitment = z.object({
  commitmentId: RecordId,
  offset: z.number().int().nonnegative(),
  length: z.number().int().positive(),
  /** 1 for an exact (normalised) quote; lower for a close paraphrase. */
  similarity: z.number().min(0).max(1),
});
export type RestatedCommitment = z.infer<typeof RestatedCommitment>;

/** How much of a page's main text was read (quote-check.ts `readingOf`). */
export const PageReading = z.enum(['full', 'wall', 'truncated', 'loading']);
export type PageReading = z.infer<typeof PageReading>;

/** The page's publisher: a tracked company, or a company named from the page itself (publisher.ts). */
export const Publisher = z.object({
  name: z.string().min(1),
  domain: z.string(),
  tracked: z.boolean(),
  companyId: RecordId.nullable(),
  /** The page is the publisher's own statement: it comes first among the companies shown. */
  leads: z.boolean(),
  via: z.enum(['dataset', 'organization', 'og:site_name', 'domain']),
});
export type Publisher = z.infer<typeof Publisher>;

export const PageAnalysis = z.object({
  url: z.string(),
  title: z.string(),
  relevant: z.boolean(),
  kind: PageKind,
  topics: z.array(TopicHit),
  companies: z.array(CompanyHit),
  vagueTerms: z.array(VagueMatch),
  specificTerms: z.array(TermMatch),
  /** Share of specific among vague+specific matches, 0..1; null when neither occurs. */
  specificity: z.number().min(0).max(1).nullable(),
  restatedCommitments: z.array(RestatedCommitment),
  /**
   * Commitments whose quote was read on this very page (their source says so), whose text was read in full
   * now, and whose words, or a close paraphrase, are gone (quote-check.ts).
   */
  missingQuotes: z.array(RecordId),
  /** Commitments read on this page that could not be checked: the page's text was not read in full. */
  uncheckedQuotes: z.array(RecordId).optional(),
  /** Why the page's text was not read in full; null when it was. */
  pageReading: PageReading.nullable().optional(),
  /** Who published the page, when it can be told (a tracked company's domain, or the page's own markup). */
  publisher: Publisher.nullable().optional(),
  textLength: z.number().int().nonnegative(),
  /**
   * Matches found beyond the listed ones (match-limits.ts): a page with more than a few thousand lists the
   * first and counts the rest. Absent when nothing was left out.
   */
  beyondLimits: z
    .object({
      vagueTerms: z.number().int().nonnegative(),
      specificTerms: z.number().int().nonnegative(),
      restatedCommitments: z.number().int().nonnegative(),
      /** The vague terms beyond the limit by category, so a reader's disabled categories are not counted as left out. */
      vagueByCategory: z.partialRecord(VagueCategory, z.number().int().nonnegative()).optional(),
    })
    .optional(),
});
export type PageAnalysis = z.infer<typeof PageAnalysis>;

/**
 * The bundled dataset's schemas: the one place its shape is written down.
 * Every type is `z.infer`red from these; nothing is typed twice.
 *
 * Pure TypeScript: no DOM, no `browser`, so Node scripts, tests and the extension share it.
 */
import { z } from 'zod';
import { compareIsoDates, IsoDate, RecordId, Topic } from './primitives';

/**
 * A web address: http or https only. A dataset URL becomes a link in the popup and the dataset browser;
 * `javascript:`, `data:` or `file:` there would be a link a reader clicks on trust.
 */
export const HttpUrl = z.url({ protocol: /^https?$/, error: 'must be an http(s) address' });

export { compareIsoDates, IsoDate, RecordId, Topic };

/**
 * How well a fact was checked. `seed`: stated in a bundled seed document; `verified`: read on the
 * publisher's own page; `secondary`: confirmed through reprints or another site's citation.
 * Unverified facts are never recorded.
 */
export const Verification = z.enum(['seed', 'verified', 'secondary']);

export const Source = z.object({
  id: RecordId,
  title: z.string().min(1),
  publisher: z.string().min(1),
  /** Publication date when the source states it; null when unknown (never guessed). */
  date: IsoDate.nullable(),
  /** Address when known and checked; null otherwise. */
  url: HttpUrl.nullable(),
  /** File name under the seeds folder when the fact comes from a seed document. */
  seed: z.string().min(1).nullable(),
  verification: Verification,
  note: z.string().optional(),
});
export type Source = z.infer<typeof Source>;

export const Company = z.object({
  id: RecordId,
  name: z.string().min(1),
  /** `initiative` for multi-stakeholder bodies such as the Global Network Initiative. */
  type: z.enum(['company', 'initiative']).default('company'),
  /** Other names the text may use ("International Business Machines", "Facebook"). */
  aliases: z.array(z.string().min(1)).default([]),
  /**
   * Names that are ordinary words or letters elsewhere ("Meta", "Apple", "BT"): only counted as the
   * company when written exactly so (case-sensitive) and backed by other evidence.
   */
  ambiguousNames: z.array(z.string().min(1)).default([]),
  /** Web domains incl. newsroom and blog domains, without scheme: `ibm.com`, `newsroom.ibm.com`. */
  domains: z.array(z.string().regex(/^[a-z0-9.-]+\.[a-z]{2,}$/, 'must be a bare lowercase domain')).default([]),
  sourceIds: z.array(RecordId).default([]),
});
export type Company = z.infer<typeof Company>;

/** NGOs, UN bodies and consultancies: askers of questions and assessors. */
export const Organisation = z.object({
  id: RecordId,
  name: z.string().min(1),
  aliases: z.array(z.string().min(1)).default([]),
  kind: z.enum(['ngo', 'un', 'consultancy', 'law-firm', 'multi-stakeholder', 'news']),
  url: HttpUrl.nullable(),
  sourceIds: z.array(RecordId).default([]),
});
export type Organisation = z.infer<typeof Organisation>;

export const CommitmentStatus = z.enum(['in-force', 'withdrawn', 'expired', 'superseded', 'unknown']);
export type CommitmentStatus = z.infer<typeof CommitmentStatus>;

export const StatusChange = z.object({
  status: CommitmentStatus,
  date: IsoDate.nullable(),
  sourceId: RecordId,
  note: z.string().min(1),
});

export const Commitment = z.object({
  id: RecordId,
  companyId: RecordId,
  kind: z.enum(['pledge', 'policy', 'principle', 'practice']),
  /** The company's words exactly as the source prints them; checked against seed documents. */
  quote: z.string().min(1),
  /** False only when the source paraphrases (then `quote` is that paraphrase, shown as such). */
  quoteVerbatim: z.boolean().default(true),
  summary: z.string().min(1),
  date: IsoDate.nullable(),
  topics: z.array(Topic).min(1),
  status: CommitmentStatus,
  /** Each change of status with its date and source, oldest first. */
  statusHistory: z.array(StatusChange).default([]),
  /** Ids of vague-lexicon entries the quote contains (`general-purpose`). */
  vagueTermIds: z.array(RecordId).default([]),
  /** Where the quote comes from; `url` of the commitment's own page when that differs from the source's. */
  sourceId: RecordId,
  pageUrl: HttpUrl.nullable().default(null),
  /** Related dataset records (another source repeating it, a commitment it extends). */
  relatedIds: z.array(RecordId).default([]),
});
export type Commitment = z.infer<typeof Commitment>;

export const AnswerStatus = z.enum(['unanswered', 'generic-reply', 'partly-answered', 'answered']);
export type AnswerStatus = z.infer<typeof AnswerStatus>;

export const NgoQuestion = z.object({
  id: RecordId,
  askedById: RecordId,
  addresseeId: RecordId,
  askedDate: IsoDate,
  replyDeadline: IsoDate.nullable(),
  /** The question's number in the letter. */
  number: z.number().int().positive(),
  text: z.string().min(1),
  topics: z.array(Topic).min(1),
  relatedCommitmentIds: z.array(RecordId).default([]),
  vagueTermIds: z.array(RecordId).default([]),
  answer: z.object({
    status: AnswerStatus,
    replyDate: IsoDate.nullable(),
    replySourceId: RecordId.nullable(),
    note: z.string().optional(),
  }),
  sourceId: RecordId,
});
export type NgoQuestion = z.infer<typeof NgoQuestion>;

export const Assessment = z.object({
  id: RecordId,
  companyId: RecordId,
  title: z.string().min(1),
  /** Organisation that carried it out (BSR, Shift…); null when the company did it or it is not stated. */
  assessorId: RecordId.nullable(),
  kind: z.enum(['saliency-analysis', 'product-assessment', 'transaction-screening', 'hrdd-approach', 'other']),
  date: IsoDate.nullable(),
  scope: z.string().min(1),
  topics: z.array(Topic).min(1),
  publication: z.enum(['full', 'summary', 'not-published', 'unknown']),
  /** For counted series (HPE's sales screenings): how many in `date`'s period. */
  count: z.number().int().nonnegative().optional(),
  sourceId: RecordId,
  /** Other sources that confirm details (publisher, date, the assessment's own page). */
  otherSourceIds: z.array(RecordId).default([]),
  /** Verbatim words from the source about it, when quoted. */
  quote: z.string().optional(),
});
export type Assessment = z.infer<typeof Assessment>;

/** Why a reader flagged a page; shared by the flags database and the dataset's review candidates. */
export const FlagCategory = z.enum([
  'new-commitment',
  'contradicts-commitment',
  'answers-question',
  'new-assessment',
  'vague-claim',
  'other',
]);
export type FlagCategory = z.infer<typeof FlagCategory>;

/**
 * A reader's flag brought into the dataset by `npm run ingest`, waiting for a maintainer's review.
 * Never shown to users as fact; a maintainer turns it into a commitment, question or assessment.
 */
export const ReviewCandidate = z.object({
  id: RecordId,
  flagId: z.string().min(1),
  category: FlagCategory,
  url: HttpUrl,
  title: z.string(),
  companyId: RecordId.nullable(),
  quote: z.string(),
  note: z.string(),
  relatedIds: z.array(RecordId).default([]),
  flaggedAt: z.string().datetime({ offset: true }),
  textHash: z.string().regex(/^[0-9a-f]{64}$/).nullable(),
  status: z.literal('pending-review'),
});
export type ReviewCandidate = z.infer<typeof ReviewCandidate>;

export const DatasetMeta = z.object({
  version: z.string().regex(/^\d+\.\d+\.\d+$/, 'must be a semantic version such as 1.0.0'),
  date: IsoDate,
  description: z.string(),
});

export const Dataset = z.object({
  meta: DatasetMeta,
  sources: z.array(Source),
  organisations: z.array(Organisation),
  companies: z.array(Company),
  commitments: z.array(Commitment),
  questions: z.array(NgoQuestion),
  assessments: z.array(Assessment),
  candidates: z.array(ReviewCandidate).default([]),
});
export type Dataset = z.infer<typeof Dataset>;
/** What the JSON files hold before defaults are applied. */
export type DatasetInput = z.input<typeof Dataset>;

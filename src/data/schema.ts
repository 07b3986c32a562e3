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
  /**
   * For a page that bears no date: the day it was read, i.e. the day a session recorded it in the
   * dataset (shown as "undated page; read on 2026-12-01"). Never a publication date. `check:data`
   * requires `date` or `readOn` on every source.
   */
  readOn: IsoDate.nullable().default(null),
  /** The address a reader can open: the page it was read on, or a reprint of it. `check:data` refuses null. */
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
/** NGOs, UN bodies and consultancies: askers of questions, assessors, reporters of company practice. */
export const Organisation = z.object({
  id: RecordId,
  name: z.string().min(1),
  aliases: z.array(z.string().min(1)).default([]),
  /** What kind of body it is, only when one of its sources says so; null otherwise. */
  kind: z.enum(['ngo', 'un', 'consultancy', 'law-firm', 'multi-stakeholder', 'news']).nullable(),
  /** Its own address, only as a source gives it (never derived from a domain). */
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

/**
 * A status is a dated claim, not a standing label: `status` as of `asOf` (the date of the evidence),
 * on the strength of `evidenceSourceId`. `unknown` where nothing after the original statement was
 * checked; then `asOf` is the statement's own date ("status not checked since 2020-06-08").
 */
const statusClaim = {
  status: CommitmentStatus,
  /** Date of the evidence for `status`; required unless the status is `unknown`. */
  asOf: IsoDate.nullable().default(null),
  /** The source that shows `status` at `asOf`; required unless the status is `unknown`. */
  evidenceSourceId: RecordId.nullable().default(null),
  /** Each change of status with its date and source, oldest first. */
  statusHistory: z.array(StatusChange).default([]),
};

const recordBase = {
  id: RecordId,
  companyId: RecordId,
  summary: z.string().min(1),
  date: IsoDate.nullable(),
  topics: z.array(Topic).min(1),
  ...statusClaim,
  /** Ids of vague-lexicon entries whose phrase is in `quote` (`general-purpose`). */
  vagueTermIds: z.array(RecordId).default([]),
  sourceId: RecordId,
  /** Related dataset records (another source repeating it, a commitment it extends). */
  relatedIds: z.array(RecordId).default([]),
};

export const CommitmentKind = z.enum(['pledge', 'policy', 'principle', 'practice']);

/** A commitment: the company's own words, from its own page or statement, copied exactly. */
export const OwnWordsCommitment = z.object({
  ...recordBase,
  kind: CommitmentKind,
  /** The company's words exactly as the source prints them (one or two sentences). */
  quote: z.string().min(1),
  /**
   * The company's page where the quote was read, checked by the extension ("quote no longer on this
   * page"). Only the address of the record's own source, and only when that source was read there.
   */
  pageUrl: HttpUrl.nullable().default(null),
});
export type OwnWordsCommitment = z.infer<typeof OwnWordsCommitment>;

/**
 * What a third party (a UN body, an NGO, a news report) says a company does: the reporter's words,
 * never the company's, so never checked against the company's pages (it has no `pageUrl`).
 */
export const ReportedPractice = z.object({
  ...recordBase,
  kind: z.literal('reported-practice'),
  /** The organisation whose words `quote` is. */
  reportedById: RecordId,
  /** The reporter's words about the company, exactly as its source prints them. */
  quote: z.string().min(1),
});
export type ReportedPractice = z.infer<typeof ReportedPractice>;

/** `commitments.json` holds both, told apart by `kind`. */
export const Commitment = z.discriminatedUnion('kind', [OwnWordsCommitment, ReportedPractice]);
export type Commitment = z.infer<typeof Commitment>;

/** The same, refusing unknown fields (the bundled files are parsed with it). */
export const StrictCommitment = z.discriminatedUnion('kind', [OwnWordsCommitment.strict(), ReportedPractice.strict()]);

export const isOwnWords = (c: Commitment): c is OwnWordsCommitment => c.kind !== 'reported-practice';

/** `declined`: the company replied that it would not answer (a reply, but no answer). */
export const AnswerStatus = z.enum(['unanswered', 'generic-reply', 'declined', 'partly-answered', 'answered']);
export type AnswerStatus = z.infer<typeof AnswerStatus>;

export const NgoQuestion = z.object({
  id: RecordId,
  askedById: RecordId,
  addresseeId: RecordId,
  askedDate: IsoDate,
  replyDeadline: IsoDate.nullable(),
  /** The question's number in the letter; null when the letter does not number it (never counted by us). */
  number: z.number().int().positive().nullable(),
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
  /** `hria`: a human-rights impact assessment of a country, business or activity (not of one product); `audit`: an outside audit or review. */
  kind: z.enum(['saliency-analysis', 'product-assessment', 'hria', 'audit', 'transaction-screening', 'hrdd-approach', 'other']),
  date: IsoDate.nullable(),
  scope: z.string().min(1),
  topics: z.array(Topic).min(1),
  /** `full-or-summary` where the source says only that it was made public "in full or in summary form". */
  publication: z.enum(['full', 'summary', 'full-or-summary', 'not-published', 'unknown']),
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
  // Corrections of Pledgewatch's own judgement ("Wrong?"): read by `npm run eval` as counter-examples,
  // never turned into dataset candidates.
  'wrong-highlight',
  'not-vague-here',
  'wrong-company',
  'not-relevant',
]);
export type FlagCategory = z.infer<typeof FlagCategory>;

export const CorrectionCategory = FlagCategory.extract(['wrong-highlight', 'not-vague-here', 'wrong-company', 'not-relevant']);
export type CorrectionCategory = z.infer<typeof CorrectionCategory>;
export const isCorrection = (category: FlagCategory): category is CorrectionCategory =>
  (CorrectionCategory.options as readonly string[]).includes(category);

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

const SemVer = z.string().regex(/^\d+\.\d+\.\d+$/, 'must be a semantic version such as 1.0.0');

/** What one version of the dataset changed, for readers who cited an earlier one. */
export const DatasetChange = z.object({
  version: SemVer,
  date: IsoDate,
  changes: z.array(z.string().min(1)).min(1),
});
export type DatasetChange = z.infer<typeof DatasetChange>;

export const DatasetMeta = z.object({
  version: SemVer,
  date: IsoDate,
  description: z.string(),
  /** Newest first; the first entry is `version`. */
  changelog: z.array(DatasetChange.strict()).default([]),
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

/**
 * Words shown for the dataset's enum values, defined once: popup, page card, options, dataset browser
 * and `pledgewatch scan` all read them from here (vague-term categories: src/core/vocabulary.ts).
 * No DOM here: the CLI imports it.
 */
import type { AnswerStatus, Assessment, Commitment, CommitmentStatus, Topic } from '../../data/schema';

export const TOPIC_LABELS: Record<Topic, string> = {
  'facial-recognition': 'Facial recognition',
  'ai-ethics': 'AI ethics',
  'human-rights': 'Human rights',
};

export const STATUS_LABELS: Record<CommitmentStatus, string> = {
  'in-force': 'In force',
  withdrawn: 'Withdrawn',
  expired: 'Expired',
  superseded: 'Superseded',
  unknown: 'Status unknown',
};

/** What kind of record a commitment is; a reported practice is a third party's words about the company. */
export const KIND_LABELS: Record<Commitment['kind'], string> = {
  pledge: 'Pledge',
  policy: 'Policy',
  principle: 'Principle',
  practice: 'Stated practice',
  'reported-practice': 'Reported practice',
};

export const ASSESSMENT_KIND_LABELS: Record<Assessment['kind'], string> = {
  'saliency-analysis': 'Salient-issues analysis',
  'product-assessment': 'Product assessment',
  hria: 'Human-rights impact assessment',
  audit: 'Outside audit',
  'transaction-screening': 'Transaction screening',
  'hrdd-approach': 'Due-diligence approach',
  other: 'Other assessment',
};

/** The three kinds of record, in the singular and plural. */
export const RECORD_TYPE_LABELS = {
  commitment: { one: 'commitment', many: 'commitments' },
  question: { one: 'NGO question', many: 'NGO questions' },
  assessment: { one: 'assessment', many: 'assessments' },
} as const;

/** A status in running text: "in force", "withdrawn", "status unknown". */
export const statusWords = (status: CommitmentStatus): string => STATUS_LABELS[status].toLowerCase();

export const ANSWER_LABELS: Record<AnswerStatus, string> = {
  unanswered: 'Unanswered',
  'generic-reply': 'Generic reply only',
  declined: 'Declined to answer',
  'partly-answered': 'Partly answered',
  answered: 'Answered',
};

export const PUBLICATION_LABELS = {
  full: 'Published in full',
  summary: 'Summary published',
  'full-or-summary': 'Published in full or in summary',
  'not-published': 'Not published',
  unknown: 'Publication unknown',
} as const;

/**
 * "188,680": a count with thousands separators, English style. Not `toLocaleString`: its first call on a page
 * sets up ICU's number formatting, which took 60–70 ms of a relevant page in Chromium (bench:page --profile),
 * more than the whole analysis.
 */
export function formatCount(n: number): string {
  const digits = String(Math.trunc(Math.abs(n)));
  let grouped = '';
  for (let end = digits.length; end > 0; end -= 3) grouped = digits.slice(Math.max(0, end - 3), end) + (grouped ? ',' + grouped : '');
  return (n < 0 ? '-' : '') + grouped;
}

/** "1 assessment", "2 assessments", "6,000 vague terms": the count grouped by thousands, never "1 assessments". */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${formatCount(n)} ${n === 1 ? one : many}`;
}

/** Link to a record in the dataset browser (an extension page beside the popup and options). */
export function browserLink(id?: string): string {
  return id ? `dataset.html#${encodeURIComponent(id)}` : 'dataset.html';
}

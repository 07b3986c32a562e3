/** Words shown for the dataset's enum values, in one place for the popup and the dataset browser. */
import type { AnswerStatus, CommitmentStatus, Topic } from '../../data/schema';

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

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** Link to a record in the dataset browser (an extension page beside the popup and options). */
export function browserLink(id?: string): string {
  return id ? `dataset.html#${encodeURIComponent(id)}` : 'dataset.html';
}

/** Words for the flag categories, shared by the popup panel and the options list. */
import type { FlagCategory } from '../../data/schema';

export const CATEGORY_LABELS: Record<FlagCategory, string> = {
  'new-commitment': 'New commitment',
  'contradicts-commitment': 'Contradicts a tracked commitment',
  'answers-question': 'Answers an NGO question',
  'new-assessment': 'New human-rights assessment',
  'vague-claim': 'Vague or misleading claim',
  other: 'Other',
  'wrong-highlight': 'Wrong highlight',
  'not-vague-here': 'Not vague here',
  'wrong-company': 'Wrong company',
  'not-relevant': 'Page not relevant',
};

export const errorText = (e: unknown): string => (e instanceof Error ? e.message : String(e));

export const formatTime = (ms: number | string): string => new Date(ms).toLocaleString();

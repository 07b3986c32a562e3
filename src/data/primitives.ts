/**
 * The few schemas every part shares (ids, dates, topics), apart from the dataset's record schemas in
 * schema.ts: the content script validates messages and settings built from these on every page, and
 * importing them from here spares it constructing every dataset schema it never uses.
 *
 * Pure TypeScript: no DOM, no `browser`.
 */
import { z } from 'zod';

/** Stable lowercase slug: `ibm`, `edri-2020-ibm-q8`. */
export const RecordId = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a lowercase slug such as "ibm" or "edri-2020-ibm-q8"');
export type RecordId = z.infer<typeof RecordId>;

function isRealDate(value: string): boolean {
  const [y, m, d] = value.split('-').map(Number);
  if (m === undefined) return true;
  if (m < 1 || m > 12) return false;
  if (d === undefined) return true;
  const probe = new Date(Date.UTC(y!, m - 1, d));
  return probe.getUTCFullYear() === y && probe.getUTCMonth() === m - 1 && probe.getUTCDate() === d;
}

/**
 * An ISO 8601 calendar date at the precision the source gives: `2020`, `2020-06` or `2020-06-25`.
 * A source that says only "March 2021" is recorded as `2021-03`, never padded with a guessed day.
 */
export const IsoDate = z
  .string()
  .regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/, 'must be an ISO date: YYYY, YYYY-MM or YYYY-MM-DD')
  .refine(isRealDate, 'is not a real calendar date');
export type IsoDate = z.infer<typeof IsoDate>;

/** Compares ISO dates of any precision by their earliest possible day. */
export function compareIsoDates(a: IsoDate, b: IsoDate): number {
  const pad = (s: string) => (s + '-01-01').slice(0, 10);
  return pad(a) < pad(b) ? -1 : pad(a) > pad(b) ? 1 : 0;
}

export const Topic = z.enum(['facial-recognition', 'ai-ethics', 'human-rights']);
export type Topic = z.infer<typeof Topic>;

/**
 * A commitment's status as the dated claim it is, and who is speaking in a reported practice, in the
 * words the popup, the page card, the dataset browser and the CLI all use. No DOM: the CLI and the
 * background import it too.
 */
import type { Commitment, Dataset } from '../../data/schema';
import { KIND_LABELS, statusWords } from './labels';
import { nameOf, sourceOf } from './records';

/**
 * "in force as of 2021-05-18 (Reuters)", or "status not checked since 2020-06-08" where nothing after
 * the original statement was read; "status not checked (statement undated)" when even that has no date.
 */
export function statusClaimText(dataset: Dataset, c: Commitment): string {
  if (c.status === 'unknown') return c.asOf ? `status not checked since ${c.asOf}` : 'status not checked (statement undated)';
  const evidence = sourceOf(dataset, c.evidenceSourceId)?.publisher ?? c.evidenceSourceId;
  return `${statusWords(c.status)} as of ${c.asOf ?? 'an unstated date'}${evidence ? ` (${evidence})` : ''}`;
}

/** "reported by UN Human Rights B-Tech Project, 2022" for a third party's words; null for the company's own. */
export function reportedByText(dataset: Dataset, c: Commitment): string | null {
  if (c.kind !== 'reported-practice') return null;
  const year = sourceOf(dataset, c.sourceId)?.date?.slice(0, 4);
  return `reported by ${nameOf(dataset, c.reportedById)}${year ? `, ${year}` : ''}`;
}

/** Words for the record's kind: "Pledge", "Policy", … or "Reported practice" (src/core/records/labels.ts). */
export function kindLabel(c: Commitment): string {
  return KIND_LABELS[c.kind];
}

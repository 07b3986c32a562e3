import type { Commitment, Dataset } from '../../data/schema';
import { STATUS_LABELS } from '../../core/records/labels';
import { sourceOf } from '../../core/records/records';

/** Each recorded change of a commitment's status, oldest first, in a disclosure so the card stays short. */
export function StatusHistory({ dataset, commitment }: { dataset: Dataset; commitment: Commitment }) {
  if (commitment.statusHistory.length === 0) return null;
  return (
    <details class="pw-history">
      <summary>Status history ({commitment.statusHistory.length})</summary>
      <ol>
        {commitment.statusHistory.map((h, i) => (
          <li key={i}>
            <strong>{STATUS_LABELS[h.status]}</strong> — {h.date ?? 'date not stated'}: {h.note}{' '}
            <span class="pw-muted">({sourceOf(dataset, h.sourceId)?.title ?? h.sourceId})</span>
          </li>
        ))}
      </ol>
    </details>
  );
}

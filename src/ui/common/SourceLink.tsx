import type { Dataset } from '../../data/schema';
import { recordUrl, sourceDateText, sourceOf, type AnyRecord } from '../../core/records/records';

/**
 * The record's source by title and publisher, linked when its address is known (says so when it is not),
 * and when it is from: its date, or for an undated page the day it was read.
 */
export function SourceLink({ dataset, item }: { dataset: Dataset; item: AnyRecord }) {
  const source = sourceOf(dataset, item.record.sourceId);
  const url = recordUrl(dataset, item);
  const label = source ? `${source.title} — ${source.publisher}` : item.record.sourceId;
  return (
    <p class="pw-source">
      Source:{' '}
      {url ? (
        <a href={url} target="_blank" rel="noopener noreferrer">
          {label}
        </a>
      ) : (
        <span>
          {label} <span class="pw-muted">(address not recorded)</span>
        </span>
      )}
      {source ? (
        <span class="pw-muted" data-pw-source-date>
          {' '}
          ({sourceDateText(source)})
        </span>
      ) : null}
    </p>
  );
}

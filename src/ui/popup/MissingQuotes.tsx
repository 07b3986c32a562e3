import type { Dataset } from '../../data/schema';
import { browserLink } from '../../core/records/labels';

/**
 * Commitments the dataset records on this very page whose words the page no longer contains: a
 * quiet edit or a withdrawn pledge is exactly what a reader checking claims needs to see first.
 */
export function MissingQuotes({ dataset, ids }: { dataset: Dataset; ids: string[] }) {
  if (ids.length === 0) return null;
  return (
    <section class="pw-state pw-state--error" role="note" aria-labelledby="pw-missing-h" data-pw-missing>
      <h2 id="pw-missing-h" class="pw-state__title">
        Words no longer on this page
      </h2>
      <p>The dataset records these commitments on this page, but their words are not in it now:</p>
      <ul>
        {ids.map((id) => {
          const c = dataset.commitments.find((x) => x.id === id);
          return (
            <li key={id}>
              <a href={browserLink(id)} target="_blank">
                {c ? `“${c.quote}”` : id}
              </a>
              {c?.date ? ` (${c.date})` : ''}
            </li>
          );
        })}
      </ul>
    </section>
  );
}

/** Commitments read on this page that could not be checked now, because the page's text was not read in full. */
export function UncheckedQuotes({ ids }: { ids: string[] }) {
  if (ids.length === 0) return null;
  return (
    <section class="pw-state" role="note" data-pw-unchecked>
      <p>
        Could not check whether {ids.length === 1 ? 'a tracked commitment is' : `${ids.length} tracked commitments are`} still on this page: its text was not
        read in full (a cookie or subscription wall, a page still loading, or text cut off).
      </p>
    </section>
  );
}

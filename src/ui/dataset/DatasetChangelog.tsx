import type { Dataset } from '../../data/schema';

/**
 * What each version of the dataset changed, newest first: a reader who cited record ids from an
 * earlier version can see what was corrected, moved or removed since.
 */
export function DatasetChangelog({ dataset }: { dataset: Dataset }) {
  const versions = dataset.meta.changelog;
  if (versions.length === 0) return <p class="pw-empty">No changes are recorded for this version.</p>;
  return (
    <ol class="pw-changelog" data-pw-changelog>
      {versions.map((v) => (
        <li key={v.version} data-pw-changelog-version={v.version}>
          <h3>
            Version {v.version} <span class="pw-muted">({v.date})</span>
          </h3>
          <ul>
            {v.changes.map((change, i) => (
              <li key={i}>{change}</li>
            ))}
          </ul>
        </li>
      ))}
    </ol>
  );
}

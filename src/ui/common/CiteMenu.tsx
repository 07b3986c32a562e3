import { useState } from 'preact/hooks';
import type { Dataset } from '../../data/schema';
import { buildCitation, citationJson, citationText } from '../../core/records/citation';
import { copyText } from './copy-text';
import { browserLink } from '../../core/records/labels';
import type { AnyRecord } from '../../core/records/records';

/**
 * One "Cite" menu per record: the record id, the citation as text or JSON and the permalink stay out
 * of the reader's way until asked for. `label` names the record for screen readers.
 */
export function CiteMenu({ dataset, item, label, permalink = true }: { dataset: Dataset; item: AnyRecord; label?: string; permalink?: boolean }) {
  const [status, setStatus] = useState('');
  const id = item.record.id;
  const copy = async (format: 'text' | 'JSON') => {
    const citation = buildCitation(dataset, item);
    const ok = await copyText(format === 'text' ? citationText(citation) : citationJson(citation));
    setStatus(ok ? `Citation copied as ${format}` : 'Copying was blocked by the browser');
  };
  return (
    <details class="pw-cite-menu" data-pw-cite={id}>
      <summary aria-label={`Cite ${label ?? id}`}>Cite</summary>
      <div class="pw-cite" role="group" aria-label={`Copy ${id} as citation`}>
        <button type="button" class="pw-button pw-button--small" onClick={() => copy('text')} data-pw-copy="text">
          Copy citation
        </button>
        <button type="button" class="pw-button pw-button--small pw-button--secondary" onClick={() => copy('JSON')} data-pw-copy="json">
          Copy as JSON
        </button>
        {permalink ? (
          <a class="pw-permalink" href={browserLink(id)} target="_blank" aria-label={`Open ${id} in the dataset browser`}>
            Open in dataset browser
          </a>
        ) : null}
        <span class="pw-meta pw-cite__id">
          Record id: <code>{id}</code>
        </span>
        <span class="pw-cite__status" role="status" aria-live="polite">
          {status}
        </span>
      </div>
    </details>
  );
}

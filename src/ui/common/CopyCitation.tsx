import { useState } from 'preact/hooks';
import type { Dataset } from '../../data/schema';
import { buildCitation, citationJson, citationText } from './citation';
import { copyText } from './copy-text';
import type { AnyRecord } from './records';

/** Two buttons, "Copy citation" (text) and "JSON", with a spoken confirmation. */
export function CopyCitation({ dataset, item }: { dataset: Dataset; item: AnyRecord }) {
  const [status, setStatus] = useState('');
  const copy = async (format: 'text' | 'JSON') => {
    const citation = buildCitation(dataset, item);
    const ok = await copyText(format === 'text' ? citationText(citation) : citationJson(citation));
    setStatus(ok ? `Citation copied as ${format}` : 'Copying was blocked by the browser');
  };
  return (
    <div class="pw-cite" role="group" aria-label={`Copy ${item.record.id} as citation`}>
      <button type="button" class="pw-button pw-button--small" onClick={() => copy('text')} data-pw-copy="text">
        Copy citation
      </button>
      <button type="button" class="pw-button pw-button--small" onClick={() => copy('JSON')} data-pw-copy="json">
        JSON
      </button>
      <span class="pw-cite__status" role="status" aria-live="polite">
        {status}
      </span>
    </div>
  );
}

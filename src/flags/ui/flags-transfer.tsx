/**
 * Export (JSON, the contract; CSV for spreadsheets) and import. An import reports every rejected
 * record by its position in the file and why, and imports the rest.
 */
import { plural } from '../../core/records/labels';
import { useState } from 'preact/hooks';
import { flagsToCsv } from '../model/flags-csv';
import { exportJsonText } from '../model/flags-export';
import { kickOutbox } from './outbox-kick';
import { describeImport, parseFlagsFile, type ImportReport } from '../model/flags-import';
import { flagsDb } from '../store/flags-db';
import { importFlags } from '../store/flags-import-store';
import { listFlags } from '../store/flags-store';
import { datedName, downloadText } from './download';
import { errorText } from './flag-labels';

export function FlagsTransfer() {
  const [report, setReport] = useState<ImportReport | null>(null);
  const [status, setStatus] = useState<{ text: string; error: boolean }>({ text: '', error: false });

  const exportAs = async (kind: 'json' | 'csv') => {
    try {
      const { flags } = await listFlags(await flagsDb());
      if (kind === 'json') downloadText(datedName('pledgewatch-flags', 'json'), 'application/json', exportJsonText(flags, new Date()));
      else downloadText(datedName('pledgewatch-flags', 'csv'), 'text/csv;charset=utf-8', flagsToCsv(flags));
      setStatus({ text: `Exported ${plural(flags.length, 'flag')} as ${kind.toUpperCase()}.`, error: false });
    } catch (e) {
      setStatus({ text: `Export failed: ${errorText(e)}`, error: true });
    }
  };

  const importFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    if (!file) return;
    setReport(null);
    try {
      const parsed = parseFlagsFile(await file.text());
      if (!parsed.ok) return setStatus({ text: `${file.name} was not imported: ${parsed.error}`, error: true });
      const result = await importFlags(await flagsDb(), parsed);
      // Newer text for a flag the project had is queued again: send it now rather than at the next alarm.
      if (result.updated > 0) void kickOutbox();
      setReport(result);
      setStatus({ text: `Imported ${file.name}: ${describeImport(result)}.`, error: result.problems.length > 0 });
    } catch (e) {
      setStatus({ text: `${file.name} was not imported: ${errorText(e)}`, error: true });
    } finally {
      input.value = '';
    }
  };

  return (
    <div class="pw-term-form" data-pw-flags-transfer>
      <h3>Export and import</h3>
      <div class="pw-inline-form">
        <button type="button" class="pw-button pw-button--secondary" onClick={() => void exportAs('json')} data-pw-export="json">
          Export JSON
        </button>
        <button type="button" class="pw-button pw-button--secondary" onClick={() => void exportAs('csv')} data-pw-export="csv">
          Export CSV
        </button>
        <label class="pw-field">
          Import a JSON export
          <input type="file" accept=".json,application/json" data-pw-import onChange={(e) => void importFile(e.currentTarget)} />
        </label>
      </div>
      <p class={status.error ? 'pw-error' : 'pw-saved'} role="status" aria-live="polite" data-pw-transfer-status>
        {status.text}
      </p>
      {report && (report.problems.length > 0 || report.kept.length > 0) ? (
        <ul class="pw-list" data-pw-import-report>
          {report.problems.map((p) => (
            <li key={`p${p.position}`} class="pw-error" data-pw-import-problem={p.position}>
              Record {p.position}
              {p.id ? ` (${p.id})` : ''} rejected: {p.reason}
            </li>
          ))}
          {report.kept.map((k) => (
            <li key={`k${k.position}`} class="pw-muted">
              Record {k.position} not applied: {k.reason}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

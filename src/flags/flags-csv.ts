/**
 * Flags as CSV for spreadsheets (RFC 4180): CRLF between records, and any field holding a comma,
 * a quote mark, CR or LF wrapped in quotes with inner quotes doubled. Quotes stay verbatim, so a
 * passage with line breaks is one field, not several rows.
 *
 * Text that came from a page or a reader (title, quote, note, company) and starts with `=`, `+`, `-`,
 * `@`, a tab or CR would run as a formula when the file is opened in a spreadsheet: a hostile page
 * controls its own title. Such cells get a leading apostrophe, the usual spreadsheet escape. The JSON
 * export, the format for import and ingest, keeps every character as it was.
 */
import type { Flag } from './flag-schema';
import { exportSubmission } from './flags-export';

const COLUMNS = [
  'id',
  'url',
  'title',
  'companyId',
  'companyName',
  'category',
  'quote',
  'note',
  'relatedIds',
  'createdAt',
  'updatedAt',
  'textHash',
  'state',
  'reviewStatus',
  'failureReason',
] as const;

export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** Neutralises a cell a spreadsheet would evaluate as a formula. */
export function spreadsheetSafe(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

export function csvRow(values: readonly string[]): string {
  return values.map(csvField).join(',');
}

function row(flag: Flag): string[] {
  const s = exportSubmission(flag.submission);
  return [
    flag.id,
    flag.url,
    spreadsheetSafe(flag.title),
    flag.companyId ?? '',
    spreadsheetSafe(flag.companyName),
    flag.category,
    spreadsheetSafe(flag.quote),
    spreadsheetSafe(flag.note),
    flag.relatedIds.join(' '),
    flag.createdAt,
    flag.updatedAt,
    flag.textHash ?? '',
    s.state,
    s.reviewStatus ?? '',
    s.reason ?? '',
  ];
}

/** Header plus one record per flag, each ended by CRLF as RFC 4180 prescribes. */
export function flagsToCsv(flags: readonly Flag[]): string {
  return [csvRow(COLUMNS), ...flags.map((f) => csvRow(row(f)))].map((line) => line + '\r\n').join('');
}

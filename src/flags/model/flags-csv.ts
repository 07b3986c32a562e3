/**
 * Flags as CSV for spreadsheets (RFC 4180): CRLF between records, and any field holding a comma,
 * a quote mark, CR or LF wrapped in quotes with inner quotes doubled. Quotes stay verbatim, so a
 * passage with line breaks is one field, not several rows.
 *
 * A cell that starts with `=`, `+`, `-`, `@`, a tab or CR would run as a formula when the file is opened
 * in a spreadsheet: a hostile page controls its own title, and a hostile endpoint its `reviewStatus`
 * and the failure reasons quoting its replies. EVERY cell goes through `spreadsheetSafe` (a leading
 * apostrophe, the usual spreadsheet escape), not a list of columns someone must keep up to date. The
 * JSON export, the format for import and ingest, keeps every character as it was.
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
  return values.map((v) => csvField(spreadsheetSafe(v))).join(',');
}

function row(flag: Flag): string[] {
  const s = exportSubmission(flag.submission);
  return [
    flag.id,
    flag.url,
    flag.title,
    flag.companyId ?? '',
    flag.companyName,
    flag.category,
    flag.quote,
    flag.note,
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

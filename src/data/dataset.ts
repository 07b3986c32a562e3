/**
 * The bundled dataset: one JSON file per collection in `./dataset/`, validated with the schemas of
 * `schema.ts`. `parseDataset` is shared by the extension (bundled copy) and `npm run check:data`
 * (any folder), so both report the same problems in the same words.
 *
 * Pure: no DOM, no `browser`. Validation is deferred to the first `getBundledDataset()` call because
 * the content script imports this module on every page and most pages never need the records.
 */
import type { z } from 'zod';
import {
  Assessment,
  Company,
  DatasetMeta,
  NgoQuestion,
  Organisation,
  StrictCommitment,
  ReviewCandidate,
  Source,
  type Dataset,
} from './schema';
import type { DataIssue } from './integrity';
import { scaleDataset } from './scale-dataset';
import meta from './dataset/meta.json';
import sources from './dataset/sources.json';
import organisations from './dataset/organisations.json';
import companies from './dataset/companies.json';
import commitments from './dataset/commitments.json';
import questions from './dataset/questions.json';
import assessments from './dataset/assessments.json';
import candidates from './dataset/candidates.json';

/** Collection names, in the order files are read and reported. Each is stored as `<name>.json`. */
export const COLLECTIONS = [
  'meta',
  'sources',
  'organisations',
  'companies',
  'commitments',
  'questions',
  'assessments',
  'candidates',
] as const;
export type Collection = (typeof COLLECTIONS)[number];
export type DatasetFiles = Partial<Record<Collection, unknown>>;

export const collectionFile = (collection: Collection): string => `${collection}.json`;

// `.strict()` so a misspelt field ("replyDeadlne") is reported instead of silently dropped.
const RECORD_SCHEMAS = {
  sources: Source.strict(),
  organisations: Organisation.strict(),
  companies: Company.strict(),
  commitments: StrictCommitment,
  questions: NgoQuestion.strict(),
  assessments: Assessment.strict(),
  candidates: ReviewCandidate.strict(),
} satisfies Record<Exclude<Collection, 'meta'>, z.ZodType>;

/** Field path as a reader writes it: `statusHistory[0].date`. */
function fieldPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key)), '');
}

function valueAt(record: unknown, path: readonly PropertyKey[]): unknown {
  return path.reduce<unknown>((v, key) => (v !== null && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[key] : undefined), record);
}

/** Turns one zod issue into the field it concerns and a plain-words message with the offending value. */
function describeZodIssue(issue: z.core.$ZodIssue, record: unknown): { field: string; message: string } {
  const value = valueAt(record, issue.path);
  const field = fieldPath(issue.path) || '(record)';
  const found = value === undefined ? '' : ` (found ${JSON.stringify(value)?.slice(0, 80)})`;
  switch (issue.code) {
    case 'unrecognized_keys':
      return { field: issue.keys.map((k) => fieldPath([...issue.path, k])).join(', '), message: 'is not a known field; check its spelling' };
    case 'invalid_type':
      if (value === undefined) return { field, message: 'is required but missing' };
      return { field, message: `must be ${issue.expected === 'int' ? 'a whole number' : `a ${issue.expected}`}${found}` };
    case 'invalid_value':
      return { field, message: `must be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}${found}` };
    case 'invalid_format':
      if (issue.format === 'url') return { field, message: `must be a full web address such as https://example.org/${found}` };
      if (issue.format === 'datetime') return { field, message: `must be an ISO date-time such as 2026-01-31T12:00:00Z${found}` };
      return { field, message: `${issue.message}${found}` };
    case 'too_small':
      return { field, message: issue.origin === 'array' ? `must list at least ${String(issue.minimum)} item(s)` : `must not be empty${found}` };
    default:
      return { field, message: `${issue.message}${found}` };
  }
}

export type ParseResult = { ok: true; dataset: Dataset } | { ok: false; issues: DataIssue[] };

const THIRD_PARTY_PAGE_URL =
  "must not be set on a reported practice: it holds a third party's words, so the company's page is never checked for them";

function isReportedWithPageUrl(record: unknown): record is Record<string, unknown> {
  return record !== null && typeof record === 'object' && (record as Record<string, unknown>).kind === 'reported-practice' && 'pageUrl' in record;
}

/** Names a record in messages by its id, or by its position when it has no usable id. */
function recordLabel(record: unknown, index: number): string {
  const id = (record as { id?: unknown } | null)?.id;
  return typeof id === 'string' && id.length > 0 ? id : `record #${index + 1}`;
}

function parseRecords(collection: Exclude<Collection, 'meta'>, value: unknown, issues: DataIssue[]): unknown[] {
  const file = collectionFile(collection);
  if (!Array.isArray(value)) {
    issues.push({ file, recordId: '(file)', field: '(whole file)', message: 'must be a JSON list [ … ] of records' });
    return [];
  }
  const schema = RECORD_SCHEMAS[collection];
  const parsed: unknown[] = [];
  value.forEach((record, index) => {
    if (collection === 'commitments' && isReportedWithPageUrl(record)) {
      issues.push({ file, recordId: recordLabel(record, index), field: 'pageUrl', message: THIRD_PARTY_PAGE_URL });
      const { pageUrl: _dropped, ...rest } = record;
      record = rest;
    }
    const result = schema.safeParse(record);
    if (result.success) parsed.push(result.data);
    else for (const issue of result.error.issues) issues.push({ file, recordId: recordLabel(record, index), ...describeZodIssue(issue, record) });
  });
  return parsed;
}

/**
 * Validates every collection's records against the schemas. Reports every problem it finds (not just
 * the first), each naming the file, the record and the field; cross-record checks are `checkIntegrity`'s.
 */
export function parseDataset(files: DatasetFiles): ParseResult {
  const issues: DataIssue[] = [];
  for (const collection of COLLECTIONS) {
    if (files[collection] === undefined && collection !== 'candidates') {
      issues.push({ file: collectionFile(collection), recordId: '(file)', field: '(whole file)', message: 'is missing' });
    }
  }
  let parsedMeta: Dataset['meta'] | undefined;
  if (files.meta !== undefined) {
    const result = DatasetMeta.strict().safeParse(files.meta);
    if (result.success) parsedMeta = result.data;
    else for (const issue of result.error.issues) issues.push({ file: 'meta.json', recordId: 'meta', ...describeZodIssue(issue, files.meta) });
  }
  const records = {} as Record<Exclude<Collection, 'meta'>, unknown[]>;
  for (const collection of COLLECTIONS) {
    if (collection === 'meta') continue;
    const value = files[collection] ?? (collection === 'candidates' ? [] : undefined);
    records[collection] = value === undefined ? [] : parseRecords(collection, value, issues);
  }
  if (issues.length > 0 || !parsedMeta) return { ok: false, issues };
  // The records were each parsed by their schema above, so this assembles, it does not re-validate.
  return { ok: true, dataset: { meta: parsedMeta, ...records } as Dataset };
}

/** The JSON files shipped with the extension, unvalidated. */
export const bundledDatasetFiles: Readonly<Record<Collection, unknown>> = {
  meta,
  sources,
  organisations,
  companies,
  commitments,
  questions,
  assessments,
  candidates,
};

let bundled: Dataset | undefined;
let scaled: { scale: number; dataset: Dataset } | undefined;

/**
 * The scale asked for by `PLEDGEWATCH_DATASET_SCALE` (a whole number; 1 when unset), in Node only: it
 * lets `npm run build`, the build-time pack and the CLI run on a synthetic dataset N times today's
 * without a flag threaded through every script. In the browser there is no `process` and it is 1.
 */
export function requestedDatasetScale(): number {
  if (typeof process === 'undefined' || !process.env) return 1;
  const raw = process.env.PLEDGEWATCH_DATASET_SCALE?.trim();
  if (!raw) return 1;
  const scale = Number(raw);
  // A typo must not silently measure the real dataset as if it were the scaled one.
  if (!Number.isInteger(scale) || scale < 1) throw new Error(`PLEDGEWATCH_DATASET_SCALE must be a whole number of at least 1, not "${raw}"`);
  return scale;
}

/**
 * The bundled dataset, validated on first use and cached. Throws if the shipped files are invalid,
 * which `npm run check:data` (part of `npm test`) prevents from ever reaching a build. In Node with
 * `PLEDGEWATCH_DATASET_SCALE=N` (N > 1), the seeded synthetic dataset N times its size (scale-dataset.ts).
 */
export function getBundledDataset(): Dataset {
  const scale = requestedDatasetScale();
  if (scale > 1) {
    if (scaled?.scale !== scale) scaled = { scale, dataset: scaleDataset(validatedBundledDataset(), scale) };
    return scaled.dataset;
  }
  return validatedBundledDataset();
}

function validatedBundledDataset(): Dataset {
  if (bundled) return bundled;
  const result = parseDataset(bundledDatasetFiles);
  if (!result.ok) {
    const lines = result.issues.map((i) => `${i.file}: ${i.recordId}: ${i.field}: ${i.message}`);
    throw new Error(`The bundled Pledgewatch dataset is invalid:\n${lines.join('\n')}`);
  }
  bundled = result.dataset;
  return bundled;
}

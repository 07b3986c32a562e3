/**
 * Reading a flags export file and deciding, record by record, what an import does. Every record is
 * validated on its own: a bad one is reported by position and reason and the good ones still import.
 * Merging is by flag id, and a local edit newer than the file's copy always wins.
 */
import { z } from 'zod';
import { flagKey, type Flag, type Submission } from './flag-schema';
import { queuedNow } from './outbox';
import { ExportedFlagRecord, FlagsExportEnvelope, type ExportedSubmission } from './flags-export';

/** `position` is 1-based, as a person counts records in the file. */
export type RecordProblem = { position: number; id: string | null; reason: string };
export type ParsedFile =
  | { ok: true; exportedAt: string; records: { position: number; flag: ExportedFlagRecord }[]; problems: RecordProblem[] }
  | { ok: false; error: string };

function idOf(raw: unknown): string | null {
  return typeof raw === 'object' && raw !== null && typeof (raw as { id?: unknown }).id === 'string'
    ? (raw as { id: string }).id
    : null;
}

/** Clocks differ a little between machines; more than this ahead of ours is not a real edit time. */
export const FUTURE_TOLERANCE_MS = 10 * 60_000;

/**
 * Why a record's times cannot be trusted, or null. A time in the future would win every later merge
 * ("newer wins") for ever, so the record is refused with the reason rather than clamped: clamping would
 * invent an edit time.
 */
function timeProblem(flag: { createdAt: string; updatedAt: string }, now: Date): string | null {
  const limit = now.getTime() + FUTURE_TOLERANCE_MS;
  for (const field of ['updatedAt', 'createdAt'] as const)
    if (Date.parse(flag[field]) > limit)
      return `${field} ${flag[field]} is in the future (this computer's clock says ${now.toISOString()}): refused, as it would win every later merge`;
  return null;
}

export function parseFlagsFile(text: string, now: Date = new Date()): ParsedFile {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    return { ok: false, error: `not valid JSON: ${e instanceof Error ? e.message : String(e)}` };
  }
  const envelope = FlagsExportEnvelope.safeParse(json);
  if (!envelope.success) return { ok: false, error: z.prettifyError(envelope.error) };

  const records: { position: number; flag: ExportedFlagRecord }[] = [];
  const problems: RecordProblem[] = [];
  const seenIds = new Map<string, number>();
  const seenKeys = new Map<string, number>();
  envelope.data.flags.forEach((raw, index) => {
    const position = index + 1;
    const parsed = ExportedFlagRecord.safeParse(raw);
    if (!parsed.success) {
      problems.push({ position, id: idOf(raw), reason: z.prettifyError(parsed.error).replace(/\n+/g, '; ') });
      return;
    }
    const flag = parsed.data;
    const badTime = timeProblem(flag, now);
    if (badTime) {
      problems.push({ position, id: flag.id, reason: badTime });
      return;
    }
    const key = flagKey(flag);
    const sameId = seenIds.get(flag.id);
    const sameKey = seenKeys.get(key);
    if (sameId !== undefined) problems.push({ position, id: flag.id, reason: `same id as record ${sameId}` });
    else if (sameKey !== undefined) problems.push({ position, id: flag.id, reason: `same URL and quote as record ${sameKey}` });
    else {
      seenIds.set(flag.id, position);
      seenKeys.set(key, position);
      records.push({ position, flag });
    }
  });
  return { ok: true, exportedAt: envelope.data.exportedAt, records, problems };
}

export type MergeDecision =
  | { action: 'add'; flag: Flag }
  | { action: 'update'; flag: Flag }
  | { action: 'keep'; id: string; reason: string }
  | { action: 'reject'; reason: string };

const time = (iso: string) => Date.parse(iso);

/** A file's "sent" is a fact about the project's copy; anything unsent stays local until the user submits it. */
function importedSubmission(s: ExportedSubmission | undefined): Submission {
  if (s?.state === 'sent' && s.sentAt) return { state: 'sent', sentAt: s.sentAt, remoteId: null, reviewStatus: s.reviewStatus ?? null };
  return { state: 'local' };
}

/**
 * The local submission state once newer text replaced the local copy: as an edit in the UI does, a flag
 * the project has (sent) or is about to get (queued, failed) is queued again so it gets the new text;
 * a local one stays local.
 */
function afterNewerText(local: Submission, now: Date): Submission {
  return local.state === 'local' ? local : queuedNow(now, local);
}

/**
 * What to do with one valid record, given the local flag with the same id and the local flag with
 * the same URL+quote (which may be the same flag, or none).
 */
export function decideMerge(incoming: ExportedFlagRecord, byId: Flag | undefined, byKey: Flag | undefined, now: Date = new Date()): MergeDecision {
  const { submission, ...content } = incoming;
  const key = flagKey(incoming);
  if (byKey && byKey.id !== incoming.id) {
    // The duplicate rule holds across devices too: the local flag keeps its id and takes the newer content.
    if (byId) return { action: 'reject', reason: `its URL and quote belong to local flag ${byKey.id} while its id belongs to another` };
    if (time(byKey.updatedAt) >= time(incoming.updatedAt))
      return { action: 'keep', id: byKey.id, reason: `local flag ${byKey.id} for the same URL and quote is as new or newer` };
    return { action: 'update', flag: { ...content, id: byKey.id, createdAt: byKey.createdAt, key, submission: afterNewerText(byKey.submission, now) } };
  }
  if (!byId) return { action: 'add', flag: { ...content, key, submission: importedSubmission(submission) } };
  if (time(byId.updatedAt) >= time(incoming.updatedAt))
    return { action: 'keep', id: byId.id, reason: 'the local copy is as new or newer' };
  return { action: 'update', flag: { ...content, key, submission: afterNewerText(byId.submission, now) } };
}

export type ImportReport = {
  added: number;
  updated: number;
  kept: { position: number; id: string; reason: string }[];
  problems: RecordProblem[];
};

export function describeImport(r: ImportReport): string {
  const parts = [`${r.added} added`, `${r.updated} updated`, `${r.kept.length} kept (local copy newer)`];
  if (r.problems.length) parts.push(`${r.problems.length} rejected`);
  return parts.join(', ');
}

/**
 * The flags export file. Its zod schema IS the contract: the options page writes it, the options page
 * and `npm run ingest` read it, and anything else that wants to read Pledgewatch flags can rely on it.
 * A breaking change gets a new `version`; readers refuse versions they do not know.
 */
import { z } from 'zod';
import { FlagContent, ReviewStatus, Timestamp, type Flag, type Submission } from './flag-schema';

export const EXPORT_FORMAT = 'pledgewatch-flags';
export const EXPORT_VERSION = 1;

/**
 * One exported flag: its content plus, for information, where it stood with the project. Outbox
 * bookkeeping (attempts, next try) is not part of a flag's meaning, so only a summary travels;
 * it is written out by hand so the file format cannot drift when the store's internals change.
 */
export const ExportedSubmission = z.object({
  state: z.enum(['local', 'queued', 'sent', 'failed']),
  sentAt: Timestamp.optional(),
  reviewStatus: ReviewStatus.nullable().optional(),
  reason: z.string().optional(),
});
export type ExportedSubmission = z.infer<typeof ExportedSubmission>;

export const ExportedFlagRecord = FlagContent.extend({ submission: ExportedSubmission.optional() });
export type ExportedFlagRecord = z.infer<typeof ExportedFlagRecord>;

/** The envelope is checked first; each record is then checked on its own so one bad record spoils nothing else. */
export const FlagsExportEnvelope = z.object({
  format: z.literal(EXPORT_FORMAT, { error: `not a Pledgewatch flags file (format must be "${EXPORT_FORMAT}")` }),
  version: z.literal(EXPORT_VERSION, { error: `unsupported version: this Pledgewatch reads version ${EXPORT_VERSION}` }),
  exportedAt: Timestamp,
  flags: z.array(z.unknown()),
});

export const FlagsExport = FlagsExportEnvelope.extend({ flags: z.array(ExportedFlagRecord) });
export type FlagsExport = z.infer<typeof FlagsExport>;

export function exportSubmission(s: Submission): ExportedSubmission {
  switch (s.state) {
    case 'local':
    case 'queued':
      return { state: s.state };
    case 'sent':
      return { state: 'sent', sentAt: s.sentAt, reviewStatus: s.reviewStatus };
    case 'failed':
      return { state: 'failed', reason: s.reason };
  }
}

export function toExportedFlag(flag: Flag): ExportedFlagRecord {
  const { key: _key, submission, ...content } = flag;
  return { ...content, submission: exportSubmission(submission) };
}

export function buildExport(flags: readonly Flag[], now: Date): FlagsExport {
  // Parsed on the way out too: a file we write must be a file we can read back.
  return FlagsExport.parse({
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: now.toISOString(),
    flags: flags.map(toExportedFlag),
  });
}

export function exportJsonText(flags: readonly Flag[], now: Date): string {
  return JSON.stringify(buildExport(flags, now), null, 2) + '\n';
}

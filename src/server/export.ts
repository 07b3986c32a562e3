/**
 * Accepted flags, out of the server and into the dataset: as a flags export file (what
 * `npm run ingest` reads, from a file or straight from this endpoint) or, already converted by the
 * same code ingest uses, as the dataset's review candidates.
 */
import type { Dataset, ReviewCandidate } from '../data/schema';
import { flagKey } from '../flags/model/flag-schema';
import { EXPORT_FORMAT, EXPORT_VERSION, FlagsExport, type ExportedFlagRecord } from '../flags/model/flags-export';
import { flagsToCandidates, type Skipped } from '../flags/model/flags-to-candidates';
import type { Queryable } from './database';
import type { FlagRow } from './flags-store';

export async function acceptedFlags(db: Queryable): Promise<ExportedFlagRecord[]> {
  const rows = await db.query<Pick<FlagRow, 'content'>>(`select f.content from flags f where f.review_status = 'accepted' order by f.id`);
  const seen = new Set<string>();
  const flags: ExportedFlagRecord[] = [];
  for (const row of rows) {
    // Two members may flag the same passage; the dataset takes it once (the first accepted), as the export file requires.
    const key = flagKey(row.content);
    if (seen.has(key)) continue;
    seen.add(key);
    flags.push({ ...row.content, submission: { state: 'sent', reviewStatus: 'accepted' } });
  }
  return flags;
}

export async function exportAccepted(db: Queryable, now: Date): Promise<FlagsExport> {
  return FlagsExport.parse({ format: EXPORT_FORMAT, version: EXPORT_VERSION, exportedAt: now.toISOString(), flags: await acceptedFlags(db) });
}

export async function exportCandidates(db: Queryable, dataset: Dataset): Promise<{ candidates: ReviewCandidate[]; skipped: Skipped[] }> {
  const { added, skipped } = flagsToCandidates(dataset, await acceptedFlags(db));
  return { candidates: added, skipped };
}

/**
 * Applies a parsed flags file to the database in ONE transaction: either every good record is
 * merged or, if storage fails (full, closed), nothing is and the error says so.
 */
import { Flag, flagKey } from '../model/flag-schema';
import { decideMerge, type ImportReport, type ParsedFile } from '../model/flags-import';
import { writeFlags, type FlagsDb } from './flags-db';
import { announceFlagsChanged } from './flags-events';

type GoodFile = Extract<ParsedFile, { ok: true }>;

export async function importFlags(db: FlagsDb, file: GoodFile, now: Date = new Date()): Promise<ImportReport> {
  const report = await writeFlags(db, 'import the flags', async (tx) => {
    const report: ImportReport = { added: 0, updated: 0, kept: [], problems: [...file.problems] };
    for (const { position, flag: incoming } of file.records) {
      const [rawById, rawByKey] = await Promise.all([tx.store.get(incoming.id), tx.store.index('byKey').get(flagKey(incoming))]);
      const byId = rawById === undefined ? undefined : Flag.safeParse(rawById);
      const byKey = rawByKey === undefined ? undefined : Flag.safeParse(rawByKey);
      if (byId?.success === false || byKey?.success === false) {
        // Overwriting an unreadable local record could destroy what the reader has: leave both alone.
        report.problems.push({ position, id: incoming.id, reason: 'the local flag it would merge with is unreadable; export or delete that one first' });
        continue;
      }
      const decision = decideMerge(incoming, byId?.data, byKey?.data, now);
      switch (decision.action) {
        case 'add':
        case 'update':
          await tx.store.put(Flag.parse(decision.flag));
          report[decision.action === 'add' ? 'added' : 'updated']++;
          break;
        case 'keep':
          report.kept.push({ position, id: decision.id, reason: decision.reason });
          break;
        case 'reject':
          report.problems.push({ position, id: incoming.id, reason: decision.reason });
          break;
      }
    }
    report.problems.sort((a, b) => a.position - b.position);
    return report;
  });
  announceFlagsChanged();
  return report;
}

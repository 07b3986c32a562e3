/**
 * Turns exported flags into the dataset's review candidates (`npm run ingest`). A flag already
 * ingested (same flag id) or already a candidate for the same page and passage is skipped, and so is a
 * correction of the detector ("wrong highlight"…), which feeds the accuracy evaluation instead. References
 * the dataset cannot resolve are not carried as ids (check:data would reject them) but kept in the
 * note, so the maintainer still sees everything the reader said.
 */
import { isCorrection, type Dataset, type ReviewCandidate } from '../../data/schema';
import { flagKey } from './flag-schema';
import type { ExportedFlagRecord } from './flags-export';

export type Skipped = { flagId: string; reason: string };

export function candidateId(flagId: string): string {
  return `flag-${flagId}`;
}

function allIds(dataset: Dataset): Set<string> {
  const ids = new Set<string>();
  for (const kind of ['sources', 'organisations', 'companies', 'commitments', 'questions', 'assessments', 'candidates'] as const)
    for (const r of dataset[kind]) ids.add(r.id);
  return ids;
}

export function toCandidate(flag: ExportedFlagRecord, dataset: Dataset, known: ReadonlySet<string>): ReviewCandidate {
  const companyKnown = flag.companyId !== null && dataset.companies.some((c) => c.id === flag.companyId);
  const unknownRelated = flag.relatedIds.filter((id) => !known.has(id));
  const notes = [flag.note.trim()];
  if (!companyKnown && (flag.companyName.trim() || flag.companyId))
    notes.push(`Company named by the reader: ${flag.companyName.trim() || flag.companyId} (not a dataset company).`);
  if (unknownRelated.length) notes.push(`Related ids given by the reader that are not in the dataset: ${unknownRelated.join(', ')}.`);
  return {
    id: candidateId(flag.id),
    flagId: flag.id,
    category: flag.category,
    url: flag.url,
    title: flag.title,
    companyId: companyKnown ? flag.companyId : null,
    quote: flag.quote,
    note: notes.filter(Boolean).join('\n'),
    relatedIds: flag.relatedIds.filter((id) => known.has(id)),
    flaggedAt: flag.createdAt,
    textHash: flag.textHash,
    status: 'pending-review',
  };
}

export function flagsToCandidates(dataset: Dataset, flags: readonly ExportedFlagRecord[]): { added: ReviewCandidate[]; skipped: Skipped[] } {
  const known = allIds(dataset);
  const byFlagId = new Set(dataset.candidates.map((c) => c.flagId));
  const byKey = new Map(dataset.candidates.map((c) => [flagKey(c), c.id]));
  const added: ReviewCandidate[] = [];
  const skipped: Skipped[] = [];
  for (const flag of flags) {
    const key = flagKey(flag);
    if (isCorrection(flag.category))
      skipped.push({ flagId: flag.id, reason: `a correction of Pledgewatch's detection (${flag.category}), not a dataset record: npm run eval reads it` });
    else if (byFlagId.has(flag.id)) skipped.push({ flagId: flag.id, reason: 'already ingested (same flag id)' });
    else if (byKey.has(key)) skipped.push({ flagId: flag.id, reason: `same page and passage as candidate ${byKey.get(key)}` });
    else {
      const candidate = toCandidate(flag, dataset, known);
      added.push(candidate);
      byFlagId.add(flag.id);
      byKey.set(key, candidate.id);
    }
  }
  return { added, skipped };
}

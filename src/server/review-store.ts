/**
 * The reviewers' side: the queue, review actions, notes and each flag's history. A review action
 * names the flag version the reviewer saw (`expectedVersion`); when two reviewers act on the same
 * flag, the first wins and the second is told the flag changed under them (a conflict), never
 * silently overwritten.
 */
import { z } from 'zod';
import { FlagId } from '../flags/model/flag-schema';
import type { ReviewState } from '../flags/model/review-sync';
import { FlagCategory, RecordId, type Dataset } from '../data/schema';
import type { Database, Queryable } from './database';
import { FLAG_COLUMNS, iso, lockChangeFeed, NEXT_CHANGE_ID, reviewState, type FlagRow } from './flags-store';
import type { Member } from './members';
import { REVIEW_STATES } from '../flags/model/review-sync';

export const ReviewStateName = z.enum(REVIEW_STATES);

const Reason = z.string().trim().min(1, 'give a reason').max(2_000);

export const ReviewAction = z.discriminatedUnion('action', [
  z.object({ action: z.literal('accept'), expectedVersion: z.number().int().positive(), reason: Reason.optional() }),
  z.object({ action: z.literal('reject'), expectedVersion: z.number().int().positive(), reason: Reason }),
  z.object({
    action: z.literal('duplicate'),
    expectedVersion: z.number().int().positive(),
    /** Another flag's id, or the id of the dataset record that already tracks it. */
    duplicateOf: z.union([FlagId, RecordId]),
    reason: Reason.optional(),
  }),
  z.object({ action: z.literal('needs-more-info'), expectedVersion: z.number().int().positive(), reason: Reason }),
]);
export type ReviewAction = z.infer<typeof ReviewAction>;

const STATUS_OF: Record<ReviewAction['action'], (typeof REVIEW_STATES)[number]> = {
  accept: 'accepted',
  reject: 'rejected',
  duplicate: 'duplicate',
  'needs-more-info': 'needs-more-info',
};

export const NoteInput = z.object({ text: z.string().trim().min(1, 'the note is empty').max(5_000) });

const DateOrTime = z.union([z.iso.date(), z.iso.datetime({ offset: true })]);
export const QueueQuery = z.object({
  state: ReviewStateName.optional(),
  category: FlagCategory.optional(),
  /** A dataset company id, or part of the company name the reader gave. */
  company: z.string().trim().min(1).max(300).optional(),
  from: DateOrTime.optional(),
  to: DateOrTime.optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  /** Paging: the `next` of the previous page. */
  after: z.coerce.number().int().nonnegative().optional(),
});
export type QueueQuery = z.infer<typeof QueueQuery>;

export type QueueItem = ReviewState & {
  url: string;
  title: string;
  quote: string;
  category: string;
  companyId: string | null;
  companyName: string;
  submittedBy: string;
  receivedAt: string;
};

type QueueRow = FlagRow & { member_name: string };

function queueItem(row: QueueRow): QueueItem {
  return {
    ...reviewState(row),
    url: row.content.url,
    title: row.content.title,
    quote: row.content.quote,
    category: row.content.category,
    companyId: row.content.companyId,
    companyName: row.content.companyName,
    submittedBy: row.member_name,
    receivedAt: iso(row.received_at)!,
  };
}

/** Oldest first (first come, first reviewed); `next` pages on. */
export async function readQueue(db: Queryable, q: QueueQuery): Promise<{ items: QueueItem[]; next: number | null }> {
  const where: string[] = [];
  const params: unknown[] = [];
  const add = (sql: string, value: unknown) => {
    params.push(value);
    where.push(sql.replace('?', `$${params.length}`));
  };
  if (q.state) add('f.review_status = ?', q.state);
  if (q.category) add('f.category = ?', q.category);
  if (q.company) {
    params.push(q.company.toLowerCase());
    const n = params.length;
    // Escaped so "%" or "_" in a name match themselves.
    where.push(`(f.company_id = $${n} or lower(f.company_name) like '%' || replace(replace(replace($${n}, '\\', '\\\\'), '%', '\\%'), '_', '\\_') || '%')`);
  }
  if (q.from) add('f.received_at >= ?::timestamptz', q.from);
  // A bare date as `to` includes that whole day.
  if (q.to) add(/^\d{4}-\d{2}-\d{2}$/.test(q.to) ? `f.received_at < ?::date + 1` : 'f.received_at <= ?::timestamptz', q.to);
  if (q.after !== undefined) add('f.id > ?', q.after);
  params.push(q.limit + 1);
  const rows = await db.query<QueueRow>(
    `select ${FLAG_COLUMNS}, m.name as member_name from flags f join members m on m.id = f.member_id
     ${where.length ? 'where ' + where.join(' and ') : ''} order by f.id limit $${params.length}`,
    params,
  );
  const items = rows.slice(0, q.limit).map(queueItem);
  return { items, next: rows.length > q.limit ? Number(items[items.length - 1]!.id) : null };
}

export type HistoryEntry = {
  at: string;
  by: string | null;
  kind: string;
  fromStatus: string | null;
  toStatus: string | null;
  reason: string | null;
  duplicateOf: string | null;
  note: string | null;
};

type EventRow = {
  at: Date | string;
  member_name: string | null;
  kind: string;
  from_status: string | null;
  to_status: string | null;
  reason: string | null;
  duplicate_of: string | null;
  note: string | null;
};

function historyEntry(e: EventRow): HistoryEntry {
  return { at: iso(e.at)!, by: e.member_name, kind: e.kind, fromStatus: e.from_status, toStatus: e.to_status, reason: e.reason, duplicateOf: e.duplicate_of, note: e.note };
}

export type RelatedRecord = { id: string; kind: string; text: string };

/** What the dataset holds under the ids a reader linked, for the reviewer to compare. */
export function relatedRecords(dataset: Dataset, ids: readonly string[]): RelatedRecord[] {
  const found: RelatedRecord[] = [];
  for (const id of ids) {
    const c = dataset.commitments.find((r) => r.id === id);
    const q = dataset.questions.find((r) => r.id === id);
    const a = dataset.assessments.find((r) => r.id === id);
    const s = dataset.sources.find((r) => r.id === id);
    const co = dataset.companies.find((r) => r.id === id);
    if (c) found.push({ id, kind: 'commitment', text: c.quote });
    else if (q) found.push({ id, kind: 'question', text: q.text });
    else if (a) found.push({ id, kind: 'assessment', text: a.title });
    else if (s) found.push({ id, kind: 'source', text: s.title });
    else if (co) found.push({ id, kind: 'company', text: co.name });
    else found.push({ id, kind: 'unknown', text: 'not in the dataset' });
  }
  return found;
}

export type FlagDetail = { item: QueueItem; flag: FlagRow['content']; history: HistoryEntry[]; related: RelatedRecord[] };

export async function readFlagDetail(db: Queryable, flagId: string, dataset: Dataset): Promise<FlagDetail | null> {
  const rows = await db.query<QueueRow>(`select ${FLAG_COLUMNS}, m.name as member_name from flags f join members m on m.id = f.member_id where f.flag_id = $1`, [flagId]);
  const row = rows[0];
  if (!row) return null;
  const events = await db.query<EventRow>(
    `select e.at, m.name as member_name, e.kind, e.from_status, e.to_status, e.reason, e.duplicate_of, e.note
     from flag_events e left join members m on m.id = e.member_id where e.flag_pk = $1 order by e.id`,
    [row.id],
  );
  return { item: queueItem(row), flag: row.content, history: events.map(historyEntry), related: relatedRecords(dataset, row.content.relatedIds) };
}

export type ActionOutcome =
  | { kind: 'done'; state: ReviewState }
  | { kind: 'missing' }
  | { kind: 'conflict'; state: ReviewState }
  | { kind: 'invalid'; message: string };

export async function applyReviewAction(db: Database, reviewer: Member, flagId: string, action: ReviewAction): Promise<ActionOutcome> {
  return db.transaction(async (tx) => {
    await lockChangeFeed(tx);
    const rows = await tx.query<FlagRow>(`select ${FLAG_COLUMNS} from flags f where f.flag_id = $1 for update`, [flagId]);
    const row = rows[0];
    if (!row) return { kind: 'missing' };
    if (row.version !== action.expectedVersion) return { kind: 'conflict', state: reviewState(row) };
    const duplicateOf = action.action === 'duplicate' ? action.duplicateOf : null;
    if (duplicateOf === flagId) return { kind: 'invalid', message: 'a flag cannot be a duplicate of itself' };
    if (duplicateOf && FlagId.safeParse(duplicateOf).success) {
      const other = await tx.query('select 1 from flags where flag_id = $1', [duplicateOf]);
      if (!other.length) return { kind: 'invalid', message: `duplicateOf: no flag ${duplicateOf} on this server` };
    }
    const status = STATUS_OF[action.action];
    const reason = action.reason ?? null;
    const [updated] = await tx.query<FlagRow>(
      `update flags as f set review_status = $2, review_reason = $3, duplicate_of = $4, reviewed_at = now(),
         version = f.version + 1, change_id = ${NEXT_CHANGE_ID}
       where f.id = $1 returning ${FLAG_COLUMNS}`,
      [row.id, status, reason, duplicateOf],
    );
    await tx.query(
      `insert into flag_events (flag_pk, member_id, kind, from_status, to_status, reason, duplicate_of) values ($1, $2, $3, $4, $5, $6, $7)`,
      [row.id, reviewer.id, action.action, row.review_status, status, reason, duplicateOf],
    );
    return { kind: 'done', state: reviewState(updated!) };
  });
}

/** Notes are for reviewers; they change no state, so they take no version and need no lock. */
export async function addNote(db: Queryable, reviewer: Member, flagId: string, text: string): Promise<boolean> {
  const rows = await db.query(
    `insert into flag_events (flag_pk, member_id, kind, note) select f.id, $2, 'note', $3 from flags f where f.flag_id = $1 returning id`,
    [flagId, reviewer.id, text],
  );
  return rows.length === 1;
}

/** The audit log: every review action and note, newest first. */
export async function readAudit(db: Queryable, limit: number): Promise<(HistoryEntry & { flagId: string })[]> {
  const rows = await db.query<EventRow & { flag_id: string }>(
    `select e.at, m.name as member_name, e.kind, e.from_status, e.to_status, e.reason, e.duplicate_of, e.note, f.flag_id
     from flag_events e join flags f on f.id = e.flag_pk left join members m on m.id = e.member_id
     where e.kind not in ('received', 'edited') order by e.id desc limit $1`,
    [limit],
  );
  return rows.map((r) => ({ ...historyEntry(r), flagId: r.flag_id }));
}

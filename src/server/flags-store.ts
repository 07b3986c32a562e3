/**
 * Flags as the server stores them: the submission upsert and the reader's view of review states.
 *
 * Every write to a flag takes the change-feed lock (a transaction-scoped advisory lock) before it
 * draws its change id, and holds it until commit. Change ids therefore become visible in the order
 * they were drawn, so a reader that has seen change N can never later meet a change below N: the
 * cursor is safe to keep. The price is that flag writes are serialised; each is a few short statements.
 */
import type { FlagContent } from '../flags/model/flag-schema';
import type { ReviewState } from '../flags/model/review-sync';
import type { Queryable, Database } from './database';
import type { Member } from './members';
import { LOCKS } from './migrations';

export type FlagRow = {
  id: number;
  flag_id: string;
  member_id: number;
  content: FlagContent;
  review_status: string;
  review_reason: string | null;
  duplicate_of: string | null;
  reviewed_at: Date | string | null;
  received_at: Date | string;
  version: number;
  change_id: number;
};

export const FLAG_COLUMNS = 'f.id, f.flag_id, f.member_id, f.content, f.review_status, f.review_reason, f.duplicate_of, f.reviewed_at, f.received_at, f.version, f.change_id';

export function iso(value: Date | string | null): string | null {
  if (value === null) return null;
  return (value instanceof Date ? value : new Date(value)).toISOString();
}

export function reviewState(row: FlagRow): ReviewState {
  return {
    flagId: row.flag_id,
    id: String(row.id),
    reviewStatus: row.review_status,
    reason: row.review_reason,
    duplicateOf: row.duplicate_of,
    reviewedAt: iso(row.reviewed_at),
    version: row.version,
    changeId: row.change_id,
  };
}

/** Takes the change-feed lock for the rest of the transaction; call before `nextChangeId`. */
export async function lockChangeFeed(tx: Queryable): Promise<void> {
  await tx.query('select pg_advisory_xact_lock($1)', [LOCKS.changeFeed]);
}

export const NEXT_CHANGE_ID = `nextval('flag_change_seq')`;

export type SubmitOutcome =
  | { kind: 'created' | 'updated' | 'unchanged'; state: ReviewState }
  | { kind: 'foreign' };

/**
 * Stores a submitted flag: new id → insert; same id with a later `updatedAt` → the new text replaces
 * the old and the flag goes back to `received` (reviewers judged the old text); same or older
 * `updatedAt` (a retry, a replay, an edit overtaken by a later one) → nothing changes. A flag id
 * belongs to the member who first sent it: another member cannot overwrite it.
 */
export async function submitFlag(db: Database, member: Member, flag: FlagContent, idempotencyKey: string | null): Promise<SubmitOutcome> {
  return db.transaction(async (tx) => {
    await lockChangeFeed(tx);
    const existing = await tx.query<FlagRow & { newer: boolean }>(
      `select ${FLAG_COLUMNS}, $2::timestamptz > f.flag_updated_at as newer from flags f where f.flag_id = $1 for update`,
      [flag.id, flag.updatedAt],
    );
    const columns = [flag.url, flag.category, flag.companyId, flag.companyName, flag.updatedAt, idempotencyKey];
    const row = existing[0];
    if (!row) {
      const [created] = await tx.query<FlagRow>(
        `insert into flags as f (flag_id, member_id, content, url, category, company_id, company_name, flag_updated_at, idempotency_key, change_id)
         values ($1, $2, $3, $4, $5, $6, $7, $8, $9, ${NEXT_CHANGE_ID}) returning ${FLAG_COLUMNS}`,
        [flag.id, member.id, JSON.stringify(flag), ...columns],
      );
      await tx.query(`insert into flag_events (flag_pk, member_id, kind, to_status) values ($1, $2, 'received', 'received')`, [created!.id, member.id]);
      return { kind: 'created', state: reviewState(created!) };
    }
    if (row.member_id !== member.id) return { kind: 'foreign' };
    if (!row.newer) return { kind: 'unchanged', state: reviewState(row) };
    const [updated] = await tx.query<FlagRow>(
      `update flags as f set content = $2, url = $3, category = $4, company_id = $5, company_name = $6, flag_updated_at = $7,
         idempotency_key = $8, review_status = 'received', review_reason = null, duplicate_of = null, reviewed_at = null,
         version = f.version + 1, change_id = ${NEXT_CHANGE_ID}
       where f.id = $1 returning ${FLAG_COLUMNS}`,
      [row.id, JSON.stringify(flag), ...columns],
    );
    await tx.query(`insert into flag_events (flag_pk, member_id, kind, from_status, to_status) values ($1, $2, 'edited', $3, 'received')`, [
      row.id,
      member.id,
      row.review_status,
    ]);
    return { kind: 'updated', state: reviewState(updated!) };
  });
}

/** A flag's review state for `member`: null when it does not exist or (for a contributor) is not theirs. */
export async function readReviewState(db: Queryable, member: Member, flagId: string): Promise<ReviewState | null> {
  const rows = await db.query<FlagRow>(`select ${FLAG_COLUMNS} from flags f where f.flag_id = $1`, [flagId]);
  const row = rows[0];
  if (!row || (member.role === 'contributor' && row.member_id !== member.id)) return null;
  return reviewState(row);
}

/** Flags changed after `since` (a contributor's own only), oldest change first. */
export async function readFeed(db: Queryable, member: Member, since: number, limit: number): Promise<{ changes: ReviewState[]; cursor: number; more: boolean }> {
  const own = member.role === 'contributor';
  const rows = await db.query<FlagRow>(
    `select ${FLAG_COLUMNS} from flags f where f.change_id > $1 ${own ? 'and f.member_id = $3' : ''} order by f.change_id limit $2`,
    own ? [since, limit + 1, member.id] : [since, limit + 1],
  );
  const more = rows.length > limit;
  const changes = rows.slice(0, limit).map(reviewState);
  return { changes, cursor: changes.length ? changes[changes.length - 1]!.changeId : since, more };
}

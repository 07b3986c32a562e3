/**
 * The database schema, as numbered migrations applied in order at start. Each migration runs with
 * the table of applied migrations in one transaction, under a PostgreSQL advisory lock, so two
 * instances starting together apply each migration exactly once and a failed one leaves nothing behind.
 * Applied migrations are never edited: a change is a new migration.
 */
import type { Database } from './database';

/** Advisory lock keys (bigint, database-wide). */
export const LOCKS = { migrations: 7_143_001, changeFeed: 7_143_002 } as const;

type Migration = { version: number; name: string; statements: readonly string[] };

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'members, flags, events, rate windows',
    statements: [
      `create table members (
        id bigserial primary key,
        name text not null unique,
        role text not null check (role in ('contributor', 'reviewer', 'admin')),
        token_hash text not null unique,
        created_at timestamptz not null default now(),
        revoked_at timestamptz
      )`,
      // One change id per write of a flag, handed out under the change-feed lock (see flags-store.ts).
      `create sequence flag_change_seq`,
      `create table flags (
        id bigserial primary key,
        flag_id text not null unique,
        member_id bigint not null references members (id),
        content jsonb not null,
        url text not null,
        category text not null,
        company_id text,
        company_name text not null,
        flag_updated_at timestamptz not null,
        idempotency_key text,
        received_at timestamptz not null default now(),
        review_status text not null default 'received',
        review_reason text,
        duplicate_of text,
        reviewed_at timestamptz,
        version integer not null default 1,
        change_id bigint not null
      )`,
      `create index flags_by_status on flags (review_status, received_at, id)`,
      `create index flags_by_change on flags (change_id)`,
      `create index flags_by_member_change on flags (member_id, change_id)`,
      // What happened to each flag, and who did it: the history and the audit log of review actions.
      `create table flag_events (
        id bigserial primary key,
        flag_pk bigint not null references flags (id),
        member_id bigint references members (id),
        kind text not null,
        from_status text,
        to_status text,
        reason text,
        duplicate_of text,
        note text,
        at timestamptz not null default now()
      )`,
      `create index flag_events_by_flag on flag_events (flag_pk, id)`,
      `create table rate_windows (
        member_id bigint not null references members (id),
        window_start timestamptz not null,
        count integer not null,
        primary key (member_id, window_start)
      )`,
    ],
  },
];

export async function migrate(db: Database): Promise<{ applied: number[] }> {
  return db.transaction(async (tx) => {
    await tx.query('select pg_advisory_xact_lock($1)', [LOCKS.migrations]);
    await tx.query(`create table if not exists schema_migrations (
      version integer primary key, name text not null, applied_at timestamptz not null default now())`);
    const done = new Set((await tx.query<{ version: number }>('select version from schema_migrations')).map((r) => r.version));
    const known = new Set(MIGRATIONS.map((m) => m.version));
    const unknown = [...done].filter((v) => !known.has(v));
    if (unknown.length)
      throw new Error(`the database has migration(s) ${unknown.join(', ')} that this server does not know: it was migrated by a newer version; run that version`);
    const applied: number[] = [];
    for (const m of MIGRATIONS) {
      if (done.has(m.version)) continue;
      for (const sql of m.statements) await tx.query(sql);
      await tx.query('insert into schema_migrations (version, name) values ($1, $2)', [m.version, m.name]);
      applied.push(m.version);
    }
    return { applied };
  });
}

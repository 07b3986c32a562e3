/**
 * Every server test runs on the embedded engine (PGlite, in memory) and, when DATABASE_URL names a
 * PostgreSQL server, on that too. Each test gets a schema of its own (in one PGlite instance per test
 * file, since starting PGlite takes seconds, or in the PostgreSQL database, dropped after), and a
 * test that starts a server process gets a whole database (`freshDatabaseUrl`), so runs never see
 * each other's data.
 */
import { randomBytes } from 'node:crypto';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { openPostgres, pgliteDatabase, type Database } from '../../src/server/database';
import { migrate } from '../../src/server/migrations';

export type Engine = 'pglite' | 'postgresql';

export const POSTGRES_URL = process.env.DATABASE_URL || null;

export const ENGINES: Engine[] = POSTGRES_URL ? ['pglite', 'postgresql'] : ['pglite'];

export type TestDatabase = { db: Database; url: string | null; drop(): Promise<void> };

function withDatabase(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.href;
}

/** A new, migrated database. `url` is its PostgreSQL address (null for PGlite), for child-process servers. */
let sharedPglite: Promise<PGlite> | undefined;

function uniqueName(): string {
  return `pw_test_${Date.now().toString(36)}_${randomBytes(4).toString('hex')}`;
}

async function adminQuery(sql: string): Promise<void> {
  const c = new pg.Client({ connectionString: POSTGRES_URL! });
  await c.connect();
  try {
    await c.query(sql);
  } finally {
    await c.end();
  }
}

/** A new, migrated schema of its own for one test. */
export async function freshDatabase(engine: Engine, opts: { migrate?: boolean } = {}): Promise<TestDatabase> {
  const schema = uniqueName();
  let db: Database;
  if (engine === 'pglite') {
    sharedPglite ??= PGlite.create();
    const instance = await sharedPglite;
    await instance.exec(`create schema ${schema}`);
    db = pgliteDatabase(instance, { schema, close: async () => {} });
    if (opts.migrate !== false) await migrate(db);
    return { db, url: null, drop: () => instance.exec(`drop schema ${schema} cascade`).then(() => undefined) };
  }
  await adminQuery(`create schema ${schema}`);
  db = openPostgres(POSTGRES_URL!, { schema });
  if (opts.migrate !== false) await migrate(db);
  return {
    db,
    url: null,
    async drop() {
      await db.close();
      await adminQuery(`drop schema ${schema} cascade`);
    },
  };
}

/** A new, empty PostgreSQL database, for a server started as a child process (DATABASE_URL=url); the server migrates it. */
export async function freshDatabaseUrl(): Promise<TestDatabase> {
  const name = uniqueName();
  await adminQuery(`create database ${name}`);
  const url = withDatabase(POSTGRES_URL!, name);
  const db = openPostgres(url);
  return {
    db,
    url,
    async drop() {
      await db.close();
      await adminQuery(`drop database if exists ${name} with (force)`);
    },
  };
}

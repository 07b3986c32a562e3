/**
 * The server's one storage interface, over two engines that speak the same SQL: PostgreSQL through
 * `pg` (DATABASE_URL set) and PGlite, PostgreSQL compiled to WebAssembly, in a data folder (the
 * default, so a fresh machine needs nothing installed). Every query the server runs goes through
 * `query` or `transaction`, so no engine-specific SQL can slip in unnoticed: the tests run on both.
 */
import { closeSync, mkdirSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import path from 'node:path';
import type { PGlite, Transaction } from '@electric-sql/pglite';
import pg from 'pg';

export interface Queryable {
  query<Row = Record<string, unknown>>(sql: string, params?: readonly unknown[]): Promise<Row[]>;
}

export interface Database extends Queryable {
  readonly engine: 'postgresql' | 'pglite';
  /** Runs `work` in one transaction: committed when it resolves, rolled back when it throws. */
  transaction<T>(work: (tx: Queryable) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

// int8 (bigserial ids, counts) as numbers, as PGlite returns them: change ids stay far below 2^53.
const pgTypes = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
    oid === 20 ? (value: string) => Number(value) : pg.types.getTypeParser(oid, format as 'text')) as typeof pg.types.getTypeParser,
};

/** A schema name the server may put on a search path: tests give each test its own schema. */
function checkedSchema(schema: string): string {
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(schema)) throw new Error(`not a usable schema name: ${schema}`);
  return schema;
}

export function openPostgres(connectionString: string, options: { max?: number; schema?: string } = {}): Database {
  const pool = new pg.Pool({
    connectionString,
    max: options.max ?? 10,
    types: pgTypes,
    ...(options.schema ? { options: `-c search_path=${checkedSchema(options.schema)}` } : {}),
  });
  // An idle client losing its connection (server restart) must not crash the process; the next query reconnects.
  pool.on('error', (e) => console.error(`[pledgewatch-server] idle database connection lost: ${e.message}`));
  return {
    engine: 'postgresql',
    async query<Row>(sql: string, params: readonly unknown[] = []) {
      return (await pool.query(sql, params as unknown[])).rows as Row[];
    },
    async transaction<T>(work: (tx: Queryable) => Promise<T>) {
      const client = await pool.connect();
      const tx: Queryable = { query: async <Row>(sql: string, params: readonly unknown[] = []) => (await client.query(sql, params as unknown[])).rows as Row[] };
      let broken: Error | undefined;
      try {
        await client.query('BEGIN');
        const result = await work(tx);
        await client.query('COMMIT');
        return result;
      } catch (e) {
        await client.query('ROLLBACK').catch((rollback: Error) => (broken = rollback));
        throw e;
      } finally {
        // A connection whose rollback failed is in an unknown state: drop it instead of reusing it.
        client.release(broken);
      }
    },
    close: () => pool.end(),
  };
}

/**
 * PGlite is one process's database: two processes writing one folder would corrupt it. A lock file
 * holding the owner's pid keeps a second server (or `member add`) out while one is running; a lock
 * left by a killed process is taken over.
 */
function lockFolder(dir: string): () => void {
  const file = path.join(dir, 'pledgewatch-server.lock');
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(file, 'wx');
      writeSync(fd, String(process.pid));
      closeSync(fd);
      return () => rmSync(file, { force: true });
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      const owner = Number(readFileSync(file, 'utf8').trim());
      if (Number.isInteger(owner) && owner > 0 && owner !== process.pid && isAlive(owner))
        throw new Error(`the data folder ${dir} is in use by process ${owner} (an embedded database has one owner); stop it first, or use PostgreSQL (DATABASE_URL) to run several processes`, { cause: e });
      rmSync(file, { force: true });
    }
  }
  throw new Error(`could not lock the data folder ${dir}`);
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** `dir` null: in memory (tests). */
export async function openPglite(dir: string | null): Promise<Database> {
  const { PGlite } = await import('@electric-sql/pglite');
  let unlock = () => {};
  if (dir) {
    mkdirSync(dir, { recursive: true });
    unlock = lockFolder(dir);
  }
  let db;
  try {
    db = dir ? await PGlite.create(dir) : await PGlite.create();
  } catch (e) {
    unlock();
    throw e;
  }
  const instance = db;
  return pgliteDatabase(instance, {
    async close() {
      try {
        await instance.close();
      } finally {
        unlock();
      }
    },
  });
}

/**
 * The adapter over a PGlite instance. With `schema`, every statement runs in a transaction whose
 * search path is that schema, so several test databases can share one (slow to start) instance.
 */
export function pgliteDatabase(instance: PGlite, opts: { schema?: string; close: () => Promise<void> }): Database {
  const wrap = (t: Transaction): Queryable => ({ query: async <Row>(sql: string, params: readonly unknown[] = []) => (await t.query<Row>(sql, params as unknown[])).rows });
  const schema = opts.schema ? checkedSchema(opts.schema) : null;
  // PGlite runs one transaction at a time; concurrent callers queue.
  const transaction = <T>(work: (tx: Queryable) => Promise<T>) =>
    instance.transaction(async (t) => {
      if (schema) await t.query(`set local search_path to ${schema}`);
      return work(wrap(t));
    });
  return {
    engine: 'pglite',
    async query<Row>(sql: string, params: readonly unknown[] = []) {
      if (schema) return transaction((tx) => tx.query<Row>(sql, params));
      return (await instance.query<Row>(sql, params as unknown[])).rows;
    },
    transaction,
    close: opts.close,
  };
}

export type DatabaseConfig = { databaseUrl?: string | undefined; dataDir?: string | undefined };

export function defaultDataDir(): string {
  return path.resolve(process.env.SERVER_DATA_DIR ?? '.pledgewatch-server');
}

export async function openDatabase(config: DatabaseConfig = {}): Promise<Database> {
  if (config.databaseUrl) return openPostgres(config.databaseUrl);
  return openPglite(config.dataDir ?? defaultDataDir());
}

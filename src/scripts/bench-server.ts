/**
 * `npm run bench:server` — load test of the project server, loopback only, bounded.
 *
 * For each engine (embedded PGlite; PostgreSQL when DATABASE_URL is set or 127.0.0.1:5432 answers,
 * in a database of its own that is dropped afterwards): a server child process, then SUBMITTERS
 * concurrent clients × FLAGS flags each, every client with its own token, sending like the
 * extension's outbox (retry until a 2xx that echoes the flag id), with duplicate sends mixed in;
 * then the same with the server SIGKILLed mid-run and restarted. Afterwards every acknowledged flag
 * must be in the database exactly once and every flag acknowledged. Prints flags/s and p50/p99
 * request latency; the last line is JSON. Exit code 1 if a check fails.
 *
 * Options (environment): BENCH_SUBMITTERS (50), BENCH_FLAGS (200), BENCH_ENGINES (pglite,postgresql),
 * BENCH_DEADLINE_S (per run, 600).
 */
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { FlagContent } from '../flags/model/flag-schema';
import { openPglite, openPostgres, type Database } from '../server/database';
import { addMember } from '../server/members';
import { migrate } from '../server/migrations';
import { startServerProcess, type ServerProcess } from '../server/server-process';
import { newStats, submitOnce, submitUntilAcknowledged, type SubmitStats } from '../server/submitter';

const SUBMITTERS = Number(process.env.BENCH_SUBMITTERS ?? 50);
const FLAGS = Number(process.env.BENCH_FLAGS ?? 200);
const DEADLINE_S = Number(process.env.BENCH_DEADLINE_S ?? 600);
const DUPLICATE_EVERY = 10; // every 10th flag is sent again after its acknowledgement
const DEFAULT_PG = 'postgres://postgres@127.0.0.1:5432/test';

type Storage = { engine: 'pglite' | 'postgresql'; env: Record<string, string>; open(): Promise<Database>; keepOpen: boolean; cleanup(): Promise<void> };

async function postgresAvailable(url: string): Promise<boolean> {
  const c = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2_000 });
  try {
    await c.connect();
    return true;
  } catch {
    return false;
  } finally {
    await c.end().catch(() => {});
  }
}

async function storageFor(engine: 'pglite' | 'postgresql', adminUrl: string): Promise<Storage> {
  if (engine === 'pglite') {
    const dir = mkdtempSync(path.join(tmpdir(), 'pw-bench-server-'));
    return { engine, env: { SERVER_DATA_DIR: dir, DATABASE_URL: '' }, open: () => openPglite(dir), keepOpen: false, cleanup: async () => rmSync(dir, { recursive: true, force: true }) };
  }
  const name = `pw_bench_${Date.now().toString(36)}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const u = new URL(adminUrl);
  u.pathname = `/${name}`;
  const db = openPostgres(u.href);
  return {
    engine,
    env: { DATABASE_URL: u.href },
    open: async () => db,
    keepOpen: true,
    async cleanup() {
      await db.close();
      const c = new pg.Client({ connectionString: adminUrl });
      await c.connect();
      await c.query(`drop database if exists ${name} with (force)`);
      await c.end();
    },
  };
}

function flag(client: number, i: number): FlagContent {
  const now = new Date().toISOString();
  return {
    id: randomUUID(),
    url: `https://bench.example/${client}/${i}`,
    title: `Bench page ${client}/${i}`,
    companyId: 'ibm',
    companyName: 'IBM',
    quote: `Passage ${i} of client ${client}: we are committed to responsible use where appropriate.`,
    category: 'vague-claim',
    relatedIds: [],
    note: '',
    createdAt: now,
    updatedAt: now,
    textHash: null,
  };
}

function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

type RunResult = {
  engine: string;
  kill: boolean;
  flags: number;
  acknowledged: number;
  requests: number;
  failedRequests: number;
  seconds: number;
  flagsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  presentOnce: boolean;
  lost: number;
  duplicates: number;
};

async function run(engine: 'pglite' | 'postgresql', kill: boolean, adminUrl: string): Promise<RunResult> {
  const storage = await storageFor(engine, adminUrl);
  try {
    let db = await storage.open();
    await migrate(db);
    const tokens: string[] = [];
    for (let c = 0; c < SUBMITTERS; c++) tokens.push((await addMember(db, `bench-${c}`, 'contributor')).token);
    if (!storage.keepOpen) await db.close();

    const env = { ...storage.env, RATE_LIMIT_PER_MINUTE: '100000000' };
    let server: ServerProcess = await startServerProcess(env);
    let url = server.url;
    const stats: SubmitStats = newStats();
    const all = Array.from({ length: SUBMITTERS }, (_, c) => Array.from({ length: FLAGS }, (_, i) => flag(c, i)));
    const total = SUBMITTERS * FLAGS;
    const deadline = Date.now() + DEADLINE_S * 1000;
    const started = performance.now();
    let restartMs = 0;
    const crash = kill
      ? (async () => {
          while (stats.acknowledged.size < total * 0.4 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
          const t = performance.now();
          await server.kill('SIGKILL');
          server = await startServerProcess(env);
          url = server.url;
          restartMs = performance.now() - t;
        })()
      : Promise.resolve();
    await Promise.all(
      all.map(async (flags, c) => {
        for (let i = 0; i < flags.length; i++) {
          const f = flags[i]!;
          await submitUntilAcknowledged(() => url, tokens[c]!, f, stats, { retryDelayMs: 200, deadline });
          // A duplicate send (a retry after a lost reply) right after the acknowledgement.
          if (i % DUPLICATE_EVERY === 0) await submitOnce(url, tokens[c]!, f, stats);
        }
      }),
    );
    await crash;
    const seconds = (performance.now() - started - restartMs) / 1000;
    await server.kill('SIGTERM');

    if (!storage.keepOpen) db = await storage.open();
    const rows = await db.query<{ flag_id: string; n: number }>('select flag_id, count(*)::int as n from flags group by flag_id');
    if (!storage.keepOpen) await db.close();
    const counts = new Map(rows.map((r) => [r.flag_id, r.n]));
    let lost = 0;
    let duplicates = 0;
    for (const id of stats.acknowledged) {
      const n = counts.get(id) ?? 0;
      if (n === 0) lost++;
      if (n > 1) duplicates++;
    }
    const sorted = [...stats.latenciesMs].sort((a, b) => a - b);
    return {
      engine,
      kill,
      flags: total,
      acknowledged: stats.acknowledged.size,
      requests: stats.requests,
      failedRequests: stats.failures,
      seconds: Number(seconds.toFixed(2)),
      flagsPerSecond: Math.round(stats.acknowledged.size / seconds),
      p50Ms: Number(percentile(sorted, 50).toFixed(1)),
      p99Ms: Number(percentile(sorted, 99).toFixed(1)),
      presentOnce: lost === 0 && duplicates === 0 && rows.length === counts.size,
      lost,
      duplicates,
    };
  } finally {
    await storage.cleanup().catch(() => {});
  }
}

async function main(): Promise<void> {
  const adminUrl = process.env.DATABASE_URL || DEFAULT_PG;
  const wanted = (process.env.BENCH_ENGINES ?? 'pglite,postgresql').split(',');
  const engines: ('pglite' | 'postgresql')[] = [];
  if (wanted.includes('pglite')) engines.push('pglite');
  if (wanted.includes('postgresql')) {
    if (await postgresAvailable(adminUrl)) engines.push('postgresql');
    else console.log(`bench:server: PostgreSQL at ${new URL(adminUrl).host} does not answer: skipped`);
  }
  console.log(`bench:server: ${SUBMITTERS} submitters × ${FLAGS} flags, a duplicate send every ${DUPLICATE_EVERY}th flag, loopback only`);
  const results: RunResult[] = [];
  for (const engine of engines)
    for (const kill of [false, true]) {
      const r = await run(engine, kill, adminUrl);
      results.push(r);
      console.log(
        `${engine.padEnd(10)} ${kill ? 'SIGKILL+restart' : 'steady         '} ${r.flagsPerSecond} flags/s, p50 ${r.p50Ms} ms, p99 ${r.p99Ms} ms, ` +
          `${r.acknowledged}/${r.flags} acknowledged, ${r.requests} requests (${r.failedRequests} failed), ` +
          `${r.presentOnce ? 'every acknowledged flag present exactly once' : `CHECK FAILED: ${r.lost} lost, ${r.duplicates} duplicated`}`,
      );
    }
  const ok = results.every((r) => r.presentOnce && r.acknowledged === r.flags);
  console.log(JSON.stringify({ submitters: SUBMITTERS, flagsEach: FLAGS, ok, results }));
  process.exitCode = ok ? 0 : 1;
}

await main();

// A server killed mid-write (SIGKILL) and restarted: every flag it acknowledged is there exactly once,
// and the flags in flight when it died arrive through the clients' retries (issue 17).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { FlagContent } from '../../src/flags/model/flag-schema';
import { openPglite, type Database } from '../../src/server/database';
import { addMember } from '../../src/server/members';
import { migrate } from '../../src/server/migrations';
import { startServerProcess, type ServerProcess } from '../../src/server/server-process';
import { newStats, submitUntilAcknowledged } from '../../src/server/submitter';
import { ENGINES, freshDatabaseUrl, type Engine } from './engines';
import { flagContent } from './fixtures';

type Storage = { env: Record<string, string>; open(): Promise<Database>; cleanup(): Promise<void> };

async function storageFor(engine: Engine): Promise<Storage> {
  if (engine === 'pglite') {
    const dir = mkdtempSync(join(tmpdir(), 'pw-server-crash-'));
    return { env: { SERVER_DATA_DIR: dir, DATABASE_URL: '' }, open: () => openPglite(dir), cleanup: async () => rmSync(dir, { recursive: true, force: true }) };
  }
  const t = await freshDatabaseUrl();
  return { env: { DATABASE_URL: t.url! }, open: async () => t.db, cleanup: () => t.drop() };
}

describe.each(ENGINES)('server killed mid-write on %s', (engine) => {
  const cleanups: (() => Promise<void>)[] = [];
  afterAll(async () => {
    for (const c of cleanups.reverse()) await c().catch(() => {});
  });

  it('every acknowledged flag is present exactly once after SIGKILL and restart', { timeout: 300_000 }, async () => {
    const storage = await storageFor(engine);
    cleanups.push(storage.cleanup);
    let db = await storage.open();
    await migrate(db);
    const { token } = await addMember(db, 'reader', 'contributor');
    if (engine === 'pglite') await db.close(); // the server owns the folder

    let server: ServerProcess = await startServerProcess(storage.env);
    cleanups.push(() => server.kill('SIGKILL'));
    let url = server.url;
    const stats = newStats();
    const flags: FlagContent[] = Array.from({ length: 120 }, () => flagContent());
    const deadline = Date.now() + 240_000;
    let killedAfter = -1;

    const crash = (async () => {
      while (stats.acknowledged.size < 25) await new Promise((r) => setTimeout(r, 5));
      killedAfter = stats.acknowledged.size;
      await server.kill('SIGKILL');
      server = await startServerProcess(storage.env);
      url = server.url;
    })();
    // 8 clients, each sending its flags one after another and every third one twice, as retries do.
    await Promise.all(
      Array.from({ length: 8 }, async (_, client) => {
        for (let i = client; i < flags.length; i += 8) {
          await submitUntilAcknowledged(() => url, token, flags[i]!, stats, { retryDelayMs: 100, deadline });
          if (i % 3 === 0) await submitUntilAcknowledged(() => url, token, flags[i]!, stats, { retryDelayMs: 100, deadline });
        }
      }),
    );
    await crash;
    expect(killedAfter).toBeGreaterThanOrEqual(25);
    expect(stats.failures).toBeGreaterThan(0); // the kill did interrupt requests
    expect(stats.acknowledged.size).toBe(flags.length);

    await server.kill('SIGTERM');
    if (engine === 'pglite') db = await storage.open();
    const rows = await db.query<{ flag_id: string; content: FlagContent }>('select flag_id, content from flags');
    if (engine === 'pglite') await db.close();
    const counts = new Map<string, number>();
    for (const r of rows) counts.set(r.flag_id, (counts.get(r.flag_id) ?? 0) + 1);
    for (const id of stats.acknowledged) expect(counts.get(id), id).toBe(1);
    expect(rows).toHaveLength(flags.length);
    const byId = new Map(flags.map((f) => [f.id, f]));
    for (const r of rows) expect(r.content).toEqual(byId.get(r.flag_id));
  });
});

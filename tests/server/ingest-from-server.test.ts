// `npm run ingest -- http://…/api/export`: accepted flags from a running server become candidates
// that pass check:data, in one command (issue 17).
import { serve, type ServerType } from '@hono/node-server';
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ReviewCandidate } from '../../src/data/schema';
import { freshDatabase, type TestDatabase } from './engines';
import { flagContent, testApp, type TestApp } from './fixtures';

const root = path.resolve(fileURLToPath(new URL('../..', import.meta.url)));

function run(script: string, args: string[], env: Record<string, string> = {}): Promise<{ code: number | null; out: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(root, 'src/scripts', script), ...args], { cwd: root, env: { ...process.env, ...env } });
    let out = '';
    child.stdout.on('data', (c: Buffer) => (out += c.toString()));
    child.stderr.on('data', (c: Buffer) => (out += c.toString()));
    child.on('exit', (code) => resolve({ code, out }));
  });
}

describe('ingest from a server address', { timeout: 120_000 }, () => {
  let t: TestDatabase;
  let s: TestApp;
  let server: ServerType;
  let base: string;
  let work: string;
  beforeAll(async () => {
    t = await freshDatabase('pglite');
    s = await testApp(t.db);
    server = serve({ fetch: s.app.fetch, port: 0, hostname: '127.0.0.1' });
    await new Promise((r) => server.once('listening', r));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    work = mkdtempSync(path.join(tmpdir(), 'pw-ingest-server-'));
    cpSync(path.join(root, 'src/data/dataset'), path.join(work, 'dataset'), { recursive: true });
  });
  afterAll(async () => {
    await new Promise((r) => server?.close(r));
    await t?.drop();
    if (work) rmSync(work, { recursive: true, force: true });
  });

  it('adds the accepted flags (only those) as candidates that pass check:data', async () => {
    const [accepted, rejected] = [flagContent({ companyName: 'IBM' }), flagContent()];
    await s.submit(accepted);
    await s.submit(rejected);
    await s.act(accepted.id, { action: 'accept', expectedVersion: 1 });
    await s.act(rejected.id, { action: 'reject', reason: 'not a claim', expectedVersion: 1 });
    const dir = path.join(work, 'dataset');
    const ingest = await run('ingest.ts', [`${base}/api/export`, '--dir', dir], { PLEDGEWATCH_TOKEN: s.tokens.reviewer });
    expect(ingest.out).toMatch(/1 candidate\(s\) added/);
    expect(ingest.code).toBe(0);
    const candidates = (JSON.parse(readFileSync(path.join(dir, 'candidates.json'), 'utf8')) as unknown[]).map((c) => ReviewCandidate.parse(c));
    expect(candidates.filter((c) => c.flagId === accepted.id || c.flagId === rejected.id).map((c) => c.id)).toEqual([`flag-${accepted.id}`]);
    const check = await run('check-data.ts', ['--dir', dir]);
    expect(check.code, check.out).toBe(0);
  });

  it('without a token, with a contributor token, or over plain http to another host: refused, nothing written', async () => {
    const dir = path.join(work, 'dataset');
    const before = readFileSync(path.join(dir, 'candidates.json'), 'utf8');
    const none = await run('ingest.ts', [`${base}/api/export`, '--dir', dir], { PLEDGEWATCH_TOKEN: '' });
    expect(none.code).toBe(2);
    const contributor = await run('ingest.ts', [`${base}/api/export`, '--dir', dir], { PLEDGEWATCH_TOKEN: s.tokens.reader });
    expect(contributor.out).toMatch(/HTTP 403/);
    expect(contributor.code).toBe(1);
    const plain = await run('ingest.ts', ['http://example.org/api/export', '--dir', dir], { PLEDGEWATCH_TOKEN: s.tokens.reviewer });
    expect(plain.out).toMatch(/refusing to send a token over plain http/);
    expect(plain.code).toBe(2);
    expect(readFileSync(path.join(dir, 'candidates.json'), 'utf8')).toBe(before);
  });
});

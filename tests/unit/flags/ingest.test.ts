import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ReviewCandidate } from '../../../src/data/schema';
import { exportJsonText } from '../../../src/flags/model/flags-export';
import type { Flag } from '../../../src/flags/model/flag-schema';

const root = path.resolve(fileURLToPath(new URL('../../..', import.meta.url)));
const tsx = path.join(root, 'node_modules/.bin/tsx');

function run(script: string, ...args: string[]) {
  const r = spawnSync(tsx, [path.join(root, 'src', 'scripts', script), ...args], { cwd: root, encoding: 'utf8' });
  return { code: r.status, out: r.stdout + r.stderr };
}

const base: Flag = {
  id: 'aaaaaaaa-0000-4000-8000-000000000001',
  key: '',
  url: 'https://newsroom.example.com/letter',
  title: 'Letter',
  companyId: 'ibm',
  companyName: 'IBM',
  quote: 'general purpose',
  category: 'vague-claim',
  relatedIds: ['ibm', 'no-such-record'],
  note: 'Check against the 2020 letter.',
  createdAt: '2026-02-01T10:00:00.000Z',
  updatedAt: '2026-02-01T10:00:00.000Z',
  textHash: 'b'.repeat(64),
  submission: { state: 'local' },
};
const flags: Flag[] = [
  base,
  { ...base, id: 'aaaaaaaa-0000-4000-8000-000000000002', quote: 'a "new", \n commitment', companyId: null, companyName: 'Acme Vision', relatedIds: [], category: 'new-commitment' },
  { ...base, id: 'aaaaaaaa-0000-4000-8000-000000000003', url: 'https://other.example.org/', quote: '', companyId: 'not-in-dataset', companyName: 'Ghost', textHash: null, category: 'other' },
];

// Each case spawns tsx a few times (about a second each, more on a busy machine).
describe('npm run ingest', { timeout: 60_000 }, () => {
  let dir: string;
  let work: string;
  beforeEach(() => {
    work = mkdtempSync(path.join(tmpdir(), 'pw-ingest-'));
    dir = path.join(work, 'dataset');
    cpSync(path.join(root, 'src/data/dataset'), dir, { recursive: true });
  });
  afterEach(() => rmSync(work, { recursive: true, force: true }));

  it('adds flags as review candidates that pass check:data, and skips them the second time', () => {
    const file = path.join(work, 'flags.json');
    writeFileSync(file, exportJsonText(flags, new Date()));
    const before = JSON.parse(readFileSync(path.join(dir, 'candidates.json'), 'utf8')) as unknown[];

    const first = run('ingest.ts', file, '--dir', dir);
    expect(first.out).toMatch(/3 candidate\(s\) added/);
    expect(first.code).toBe(0);
    const candidates = (JSON.parse(readFileSync(path.join(dir, 'candidates.json'), 'utf8')) as unknown[]).map((c) => ReviewCandidate.parse(c));
    expect(candidates).toHaveLength(before.length + 3);
    const [a, b, c] = candidates.slice(before.length);
    expect(a).toMatchObject({ id: `flag-${base.id}`, flagId: base.id, companyId: 'ibm', relatedIds: ['ibm'], quote: 'general purpose', status: 'pending-review', textHash: 'b'.repeat(64) });
    expect(a!.note).toMatch(/not in the dataset: no-such-record/);
    expect(b).toMatchObject({ quote: 'a "new", \n commitment', companyId: null, note: expect.stringMatching(/Acme Vision/) });
    expect(c).toMatchObject({ companyId: null, textHash: null, note: expect.stringMatching(/Ghost/) });

    const check = run('check-data.ts', '--dir', dir);
    expect(check.out).toMatch(/OK/);
    expect(check.code).toBe(0);

    // The same flags again: nothing added, the file untouched.
    const snapshot = readFileSync(path.join(dir, 'candidates.json'), 'utf8');
    const second = run('ingest.ts', file, '--dir', dir);
    expect(second.code).toBe(0);
    expect(second.out).toMatch(/0 candidate\(s\) added, 3 skipped/);
    expect(second.out).toMatch(/already ingested \(same flag id\)/);
    // The same passage flagged on another browser (another flag id): still a duplicate.
    writeFileSync(file, exportJsonText([{ ...base, id: 'aaaaaaaa-0000-4000-8000-000000000009', url: base.url + '#top' }], new Date()));
    const third = run('ingest.ts', file, '--dir', dir);
    expect(third.out).toMatch(/same page and passage as candidate flag-aaaaaaaa-0000-4000-8000-000000000001/);
    expect(third.out).toMatch(/0 candidate\(s\) added, 1 skipped/);
    expect(readFileSync(path.join(dir, 'candidates.json'), 'utf8')).toBe(snapshot);
  });

  it('refuses a file with invalid records and writes nothing, unless told to skip them', () => {
    const file = path.join(work, 'flags.json');
    const good = JSON.parse(exportJsonText(flags.slice(0, 1), new Date()));
    good.flags.push({ ...good.flags[0], id: 'BAD' });
    writeFileSync(file, JSON.stringify(good));
    const snapshot = readFileSync(path.join(dir, 'candidates.json'), 'utf8');

    const refused = run('ingest.ts', file, '--dir', dir);
    expect(refused.code).toBe(1);
    expect(refused.out).toMatch(/record 2 \(BAD\): .*id/);
    expect(readFileSync(path.join(dir, 'candidates.json'), 'utf8')).toBe(snapshot);

    const skipped = run('ingest.ts', file, '--dir', dir, '--skip-invalid');
    expect(skipped.code).toBe(0);
    expect(skipped.out).toMatch(/1 candidate\(s\) added/);
  });

  it('refuses what is not a flags export', () => {
    const file = path.join(work, 'flags.json');
    writeFileSync(file, '{"format":"something-else"}');
    const r = run('ingest.ts', file, '--dir', dir);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/not a Pledgewatch flags file/);
  });
});

import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const ROOT = join(__dirname, '../../..');
const PAGES = join(ROOT, 'tests/fixtures/pages');
const DATASET = join(PAGES, 'dataset');
const run = promisify(execFile);

/** Spawns the real command (`bin/pledgewatch.mjs` through tsx) and returns its exit code and output. */
async function scan(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [join(ROOT, 'bin/pledgewatch.mjs'), ...args], { cwd: ROOT, timeout: 60_000 });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

const lines = (stdout: string) => stdout.trim().split('\n').filter(Boolean).map((l) => JSON.parse(l));

describe('pledgewatch scan', { timeout: 60_000 }, () => {
  it('--json prints one JSON document per input with the documented fields', async () => {
    const r = await scan('scan', '--json', '--dataset', DATASET, join(PAGES, 'press-fr-northwind.html'), join(PAGES, 'recipe-apple.html'));
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const [press, recipe] = lines(r.stdout);
    expect(press).toMatchObject({
      input: join(PAGES, 'press-fr-northwind.html'),
      url: 'https://news.northwind-vision.example/press/2021/face-policy',
      relevant: true,
      kind: 'press-release',
      topics: [{ id: 'facial-recognition', score: expect.any(Number) }],
      companies: [{ id: 'northwind', name: 'Northwind Vision' }],
      specificity: expect.any(Number),
      commitments: ['northwind-2021-no-police-sales', 'northwind-2021-audit'],
      questions: ['rw-2021-northwind-q1', 'rw-2021-northwind-q3'],
      assessments: expect.arrayContaining(['northwind-2022-audit']),
    });
    expect(press.vagueTerms).toContainEqual(expect.objectContaining({ phrase: 'general purpose', category: 'scope-limiter', offset: expect.any(Number) }));
    expect(recipe).toMatchObject({ relevant: false, topics: [], companies: [], commitments: [], questions: [], assessments: [] });
  });

  it('reports missing and non-text inputs on stderr, exits 1, and still scans the others', async () => {
    const r = await scan('scan', '--json', '--dataset', DATASET, join(PAGES, 'no-such-page.html'), join(PAGES, 'not-text.bin.html'), join(PAGES, 'blog-ai-contoso.html'));
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('no-such-page.html: no such file');
    expect(r.stderr).toMatch(/not-text\.bin\.html is not a text file/);
    const out = lines(r.stdout);
    expect(out).toHaveLength(1);
    expect(out[0]).toMatchObject({ kind: 'blog-post', topics: [{ id: 'ai-ethics' }] });
  });

  it('scans every file of a folder, and --url overrides the page address', async () => {
    const r = await scan('scan', '--json', '--dataset', DATASET, '--url', 'https://elsewhere.example/page', join(PAGES, 'folder'));
    expect(r.code).toBe(0);
    const out = lines(r.stdout);
    expect(out.map((o) => o.input)).toEqual([join(PAGES, 'folder/a-earnings.html'), join(PAGES, 'folder/b-press.html')]);
    expect(out.every((o) => o.url === 'https://elsewhere.example/page')).toBe(true);
    expect(out.map((o) => o.relevant)).toEqual([false, true]);
  });

  it('prints a readable report by default, using the bundled dataset', async () => {
    const r = await scan('scan', join(PAGES, 'press-fr-northwind.html'));
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Kind: press-release    Relevant: yes');
    expect(r.stdout).toMatch(/“general purpose” scope-limiter/);
    expect(r.stdout).toMatch(/Vague terms \(\d+\):/);
    expect(r.stdout).toMatch(/Specificity: \d+% specific/);
  });

  it('rejects bad usage with exit code 2', async () => {
    expect((await scan('scan')).code).toBe(2);
    expect((await scan('scan', '--bogus', 'x')).stderr).toContain('unknown option --bogus');
    expect((await scan('frobnicate')).code).toBe(2);
    const bad = await scan('scan', '--dataset', join(PAGES), join(PAGES, 'recipe-apple.html'));
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/meta\.json: \(file\): \(whole file\): is missing/);
  });
});

import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const ROOT = join(__dirname, '../../..');
const PAGES = join(ROOT, 'tests/fixtures/pages');
const DATASET = join(PAGES, 'dataset');
const run = promisify(execFile);

/** Spawns the real command (`src/cli/pledgewatch.mjs` through tsx) and returns its exit code and output. */
async function scan(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [join(ROOT, 'src/cli/pledgewatch.mjs'), ...args], { cwd: ROOT, timeout: 60_000 });
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
      // AI ethics from the restated audit commitment (tagged with both topics): a restatement alone is enough.
      topics: [{ id: 'facial-recognition', score: expect.any(Number) }, { id: 'ai-ethics', score: expect.any(Number) }],
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
    expect(r.stdout).toMatch(/“general purpose” \(scope limiter\)/);
    expect(r.stdout).toMatch(/Vague terms \(\d+\):/);
    expect(r.stdout).toMatch(/Specificity: \d+% specific/);
  });

  it('fetches URLs, and reports an unreachable or non-text URL without stopping', async () => {
    const server = createServer((req, res) => {
      if (req.url === '/press.html') {
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        res.end(readFileSync(join(PAGES, 'press-ai-contoso.html')));
      } else if (req.url === '/logo.png') {
        res.writeHead(200, { 'content-type': 'image/png' });
        res.end(Buffer.from([137, 80, 78, 71, 0, 0]));
      } else {
        res.writeHead(404).end();
      }
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      const r = await scan('scan', '--json', '--dataset', DATASET, `${base}/press.html`, `${base}/logo.png`, `${base}/gone.html`);
      expect(r.code).toBe(1);
      const out = lines(r.stdout);
      expect(out).toHaveLength(1);
      // The page's og:url wins over the address it was fetched from.
      expect(out[0]).toMatchObject({ input: `${base}/press.html`, url: 'https://contoso-labs.example/newsroom/2022/ai-principles', kind: 'press-release' });
      expect(r.stderr).toContain('logo.png is not a text page (content-type image/png)');
      expect(r.stderr).toContain('gone.html answered HTTP 404');
    } finally {
      server.close();
    }
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

// addons-linter (through web-ext) on the Firefox build made by global-setup: AMO rejects a build with errors.
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');

describe('Firefox build', () => {
  it('passes web-ext lint with no errors', () => {
    const out = execFileSync('npx', ['web-ext', 'lint', '--source-dir', '.output/firefox-mv2', '--output', 'json'], {
      cwd: root,
      encoding: 'utf8',
    });
    const report = JSON.parse(out) as { summary: { errors: number }; errors: { code: string; message: string; file?: string }[] };
    expect(report.errors.map((e) => `${e.code} ${e.file ?? ''}: ${e.message}`)).toEqual([]);
    expect(report.summary.errors).toBe(0);
  });
});

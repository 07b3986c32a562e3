/**
 * Shared by the data tests: copies of dataset folders to mutate, and `npm run check:data` run as a
 * real child process (the script's exit code and output are what CI sees).
 */
import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { VagueLexicon } from '../../../src/core/lexicon/schema';

export const ROOT = path.resolve(fileURLToPath(new URL('../../..', import.meta.url)));
export const BUNDLED_DIR = path.join(ROOT, 'src/data/dataset');
export const FIXTURES = path.join(ROOT, 'tests/fixtures/datasets');
export const MINI_DIR = path.join(FIXTURES, 'mini');
export const FIXTURE_SEEDS = path.join(FIXTURES, 'seeds');
export const MINI_LEXICON = path.join(FIXTURES, 'mini-lexicon.json');

/** Ids of the product's vague-term lexicon, the one `check:data` uses by default. */
export function productLexiconIds(): Set<string> {
  const raw = JSON.parse(readFileSync(path.join(ROOT, 'src/core/lexicon/vague-terms.json'), 'utf8'));
  return new Set(VagueLexicon.parse(raw).terms.map((t) => t.id));
}

export function copyDataset(from: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'pw-dataset-'));
  cpSync(from, dir, { recursive: true });
  return dir;
}

/** Rewrites one collection file of a copied dataset through `edit`. */
export function editJson<T = Record<string, unknown>[]>(dir: string, file: string, edit: (records: T) => void): void {
  const full = path.join(dir, file);
  const records = JSON.parse(readFileSync(full, 'utf8')) as T;
  edit(records);
  writeFileSync(full, JSON.stringify(records, null, 2));
}

const tsxCli = createRequire(import.meta.url).resolve('tsx/cli');

export interface RunResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

export function runCheckData(args: string[]): Promise<RunResult> {
  return new Promise((resolve) => {
    execFile(process.execPath, [tsxCli, path.join(ROOT, 'src/scripts/check-data.ts'), ...args], { cwd: ROOT }, (error, stdout, stderr) => {
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : null) : 0, stdout, stderr });
    });
  });
}

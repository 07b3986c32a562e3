/**
 * `npm run check:data` as CI runs it: a child process on a copy of a dataset folder, judged by its
 * exit code and by messages that name the file, the record and the field.
 */
import { rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { BUNDLED_DIR, FIXTURE_SEEDS, MINI_DIR, MINI_LEXICON, copyDataset, editJson, runCheckData } from './data-test-helpers';

const made: string[] = [];
function copy(from = BUNDLED_DIR): string {
  const dir = copyDataset(from);
  made.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

type Rec = Record<string, any>;

describe('npm run check:data', () => {
  it('passes the bundled dataset and prints a one-line summary with counts and version', async () => {
    const run = await runCheckData([]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^check:data: dataset \d+\.\d+\.\d+ \(\d{4}-\d{2}-\d{2}\) in src\/data\/dataset: \d+ sources, .*\d+ questions, .*: OK\n$/);
  }, 30_000);

  it('rejects a dangling reference', async () => {
    const dir = copy();
    editJson<Rec[]>(dir, 'questions.json', (qs) => qs[0]!.relatedCommitmentIds.push('ibm-no-such-commitment'));
    const run = await runCheckData(['--dir', dir]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(
      `${path.join(dir, 'questions.json')}: edri-2020-ibm-q1: relatedCommitmentIds[2]: refers to "ibm-no-such-commitment", which is not the id of any record in the dataset`,
    );
    expect(run.stdout).toMatch(/: 1 problem\n$/);
  }, 30_000);

  it('rejects a duplicate id', async () => {
    const dir = copy();
    editJson<Rec[]>(dir, 'assessments.json', (as) => (as[1]!.id = as[0]!.id));
    const run = await runCheckData(['--dir', dir]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/assessments\.json: ibm-saliency-analysis: id: is used twice/);
  }, 30_000);

  it('rejects an impossible date', async () => {
    const dir = copy();
    editJson<Rec[]>(dir, 'commitments.json', (cs) => (cs.find((c) => c.id === 'amazon-2020-rekognition-police-moratorium')!.date = '2020-02-30'));
    const run = await runCheckData(['--dir', dir]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('commitments.json: amazon-2020-rekognition-police-moratorium: date: is not a real calendar date (found "2020-02-30")');
  }, 30_000);

  it('rejects a reply deadline before the asked date', async () => {
    const dir = copy();
    editJson<Rec[]>(dir, 'questions.json', (qs) => (qs[2]!.replyDeadline = '2020-06-01'));
    const run = await runCheckData(['--dir', dir]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('questions.json: edri-2020-ibm-q3: replyDeadline: 2020-06-01 is not after the date the question was asked (2020-06-25)');
  }, 30_000);

  it('rejects malformed JSON, naming the file and where the parse failed', async () => {
    const dir = copy();
    writeFileSync(path.join(dir, 'sources.json'), '[\n  { "id": "x", }\n]\n');
    const run = await runCheckData(['--dir', dir]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/sources\.json: \(file\): \(whole file\): is not valid JSON \(line 2, column \d+\)/);
    // The other files are still validated, but cross-record checks wait for a readable dataset.
    expect(run.stdout).toContain('cross-record checks wait');
  }, 30_000);

  it('with --seeds, verifies verbatim quotes against the given seed folder', async () => {
    const ok = await runCheckData(['--dir', MINI_DIR, '--seeds', FIXTURE_SEEDS, '--lexicon', MINI_LEXICON]);
    expect([ok.code, ok.stderr]).toEqual([0, '']);
    expect(ok.stdout).toContain('verbatim quotes checked against tests/fixtures/datasets/seeds: OK');

    const dir = copy(MINI_DIR);
    editJson<Rec[]>(dir, 'commitments.json', (cs) => (cs[0]!.quote = 'ExampleCo’s products will never be sold for mass surveillance.'));
    const bad = await runCheckData(['--dir', dir, '--seeds', FIXTURE_SEEDS, '--lexicon', MINI_LEXICON]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('commitments.json: exampleco-no-mass-surveillance: quote: does not appear in the seed document example-statement.txt');
  }, 30_000);

  it('stops with a clear error when the seeds folder does not exist', async () => {
    const run = await runCheckData(['--dir', MINI_DIR, '--seeds', '/nonexistent/pw-seeds', '--lexicon', MINI_LEXICON]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('the seeds folder /nonexistent/pw-seeds does not exist or is not a folder');
  }, 30_000);
});

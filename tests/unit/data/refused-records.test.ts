/**
 * One bad record per rule of `check:data` (tests/fixtures/datasets/refused/*.json), each added to the
 * clean `mini` fixture dataset: the dataset must then be refused with exactly that rule's problem.
 */
import { readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { COLLECTIONS, collectionFile, parseDataset, type DatasetFiles } from '../../../src/data/dataset';
import { checkIntegrity, type DataIssue } from '../../../src/data/integrity';
import { VagueLexicon } from '../../../src/core/lexicon/schema';
import { phrasesOf } from '../../../src/core/lexicon/phrases';
import { FIXTURES, FIXTURE_SEEDS, MINI_DIR, MINI_LEXICON, copyDataset, runCheckData } from './data-test-helpers';

const REFUSED = path.join(FIXTURES, 'refused');

interface RefusedCase {
  rule: string;
  records: Partial<Record<string, Array<{ id: string }>>>;
  expect: { file: string; recordId: string; field: string; message: string };
}

const cases = readdirSync(REFUSED)
  .filter((n) => n.endsWith('.json'))
  .map((n) => [n, JSON.parse(readFileSync(path.join(REFUSED, n), 'utf8')) as RefusedCase] as const);

const lexicon = VagueLexicon.parse(JSON.parse(readFileSync(MINI_LEXICON, 'utf8')));
const lexiconIds = new Set(lexicon.terms.map((t) => t.id));
const lexiconPhrases = new Map(lexicon.terms.map((t) => [t.id, phrasesOf(t)]));
const seeds = Object.fromEntries(readdirSync(FIXTURE_SEEDS).map((n) => [n, readFileSync(path.join(FIXTURE_SEEDS, n), 'utf8')]));

function miniFiles(): Record<string, any> {
  return Object.fromEntries(COLLECTIONS.map((c) => [c, JSON.parse(readFileSync(path.join(MINI_DIR, collectionFile(c)), 'utf8'))]));
}

/** The mini dataset with the case's records put in: a record with an existing id replaces it. */
function withRecords(c: RefusedCase): Record<string, any> {
  const files = miniFiles();
  for (const [collection, records] of Object.entries(c.records)) {
    for (const record of records ?? []) {
      const list = files[collection] as Array<{ id: string }>;
      const at = list.findIndex((r) => r.id === record.id);
      if (at >= 0) list[at] = record;
      else list.push(record);
    }
  }
  return files;
}

function problems(files: DatasetFiles): DataIssue[] {
  const parsed = parseDataset(files);
  return parsed.ok ? checkIntegrity(parsed.dataset, { lexiconIds, lexiconPhrases, seeds }) : parsed.issues;
}

describe('check:data refuses a bad record, one rule at a time', () => {
  it('passes the mini dataset itself', () => {
    expect(problems(miniFiles())).toEqual([]);
  });

  it.each(cases)('%s', (_name, c) => {
    const found = problems(withRecords(c));
    expect(found, c.rule).toEqual([{ ...c.expect, message: expect.stringContaining(c.expect.message) }]);
  });

  it('has a case for every rule the issue names', () => {
    expect(cases.map(([n]) => n.replace(/\.json$/, ''))).toEqual(
      expect.arrayContaining(['same-quote-two-companies', 'status-without-as-of', 'page-url-on-reported-practice', 'page-url-not-read', 'url-no-source-gives', 'vague-term-not-in-quote', 'placeholder-quote', 'source-without-url', 'source-without-date-or-read-on']),
    );
  });

  it('exits 1 from the command line, naming the file, record and field', async () => {
    const [, c] = cases.find(([n]) => n === 'same-quote-two-companies.json')!;
    const dir = copyDataset(MINI_DIR);
    try {
      for (const [collection, list] of Object.entries(withRecords(c))) writeFileSync(path.join(dir, collectionFile(collection as never)), JSON.stringify(list, null, 2));
      const run = await runCheckData(['--dir', dir, '--lexicon', MINI_LEXICON, '--seeds', FIXTURE_SEEDS]);
      expect(run.code).toBe(1);
      expect(run.stderr).toContain(`${path.join(dir, 'commitments.json')}: otherco-no-mass-surveillance: quote: is also the quote of exampleco-no-mass-surveillance`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 30_000);
});

import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDataset, COLLECTIONS, collectionFile } from '../../../src/data/dataset';
import { checkIntegrity } from '../../../src/data/integrity';
import type { Dataset } from '../../../src/data/schema';
import { FIXTURE_SEEDS, MINI_DIR } from './data-test-helpers';

const LEXICON = new Set(['where-necessary', 'appropriate-steps']);

/** The small fixture dataset (fictional records), freshly parsed for each test. */
function mini(): Dataset {
  const files = Object.fromEntries(COLLECTIONS.map((c) => [c, JSON.parse(readFileSync(path.join(MINI_DIR, collectionFile(c)), 'utf8'))]));
  const result = parseDataset(files);
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.dataset;
}
const seeds = Object.fromEntries(readdirSync(FIXTURE_SEEDS).map((n) => [n, readFileSync(path.join(FIXTURE_SEEDS, n), 'utf8')]));

describe('checkIntegrity', () => {
  it('passes the fixture dataset, with and without seeds', () => {
    expect(checkIntegrity(mini(), { lexiconIds: LEXICON })).toEqual([]);
    expect(checkIntegrity(mini(), { lexiconIds: LEXICON, seeds })).toEqual([]);
  });

  it('rejects an id used twice, even across collections', () => {
    const d = mini();
    d.assessments[0]!.id = 'exampleco';
    expect(checkIntegrity(d, { lexiconIds: LEXICON })).toEqual([
      { file: 'assessments.json', recordId: 'exampleco', field: 'id', message: 'is used twice: "exampleco" is already the id of a company in companies.json' },
    ]);
  });

  it('rejects dangling references and references to the wrong kind of record', () => {
    const d = mini();
    d.commitments[0]!.companyId = 'nobody';
    d.questions[0]!.relatedCommitmentIds.push('exampleco-reply');
    d.questions[0]!.answer.replySourceId = 'gone';
    d.commitments[1]!.statusHistory.push({ status: 'unknown', date: '2025-05', sourceId: 'missing-source', note: 'x' });
    expect(checkIntegrity(d, { lexiconIds: LEXICON })).toEqual([
      { file: 'commitments.json', recordId: 'exampleco-no-mass-surveillance', field: 'companyId', message: 'refers to "nobody", which is not the id of any record in the dataset' },
      { file: 'commitments.json', recordId: 'exampleco-appropriate-steps', field: 'statusHistory[0].sourceId', message: 'refers to "missing-source", which is not the id of any record in the dataset' },
      { file: 'questions.json', recordId: 'example-rights-2025-exampleco-q1', field: 'relatedCommitmentIds[1]', message: 'refers to "exampleco-reply", which is a source, not a commitment' },
      { file: 'questions.json', recordId: 'example-rights-2025-exampleco-q1', field: 'answer.replySourceId', message: 'refers to "gone", which is not the id of any record in the dataset' },
    ]);
  });

  it('rejects vague-term ids missing from the lexicon passed in', () => {
    const issues = checkIntegrity(mini(), { lexiconIds: new Set(['appropriate-steps']) });
    expect(issues.map((i) => `${i.recordId} ${i.field}`)).toEqual(['exampleco-appropriate-steps vagueTermIds[1]', 'example-rights-2025-exampleco-q1 vagueTermIds[0]']);
    expect(issues[0]!.message).toBe('refers to "where-necessary", which is not in the vague-term lexicon');
  });

  it('rejects a deadline not after the asked date and a reply before it', () => {
    const d = mini();
    d.questions[0]!.replyDeadline = '2025-03-10';
    d.questions[0]!.answer.replyDate = '2025-03';
    expect(checkIntegrity(d, { lexiconIds: LEXICON })).toEqual([
      { file: 'questions.json', recordId: 'example-rights-2025-exampleco-q1', field: 'replyDeadline', message: '2025-03-10 is not after the date the question was asked (2025-03-10)' },
      { file: 'questions.json', recordId: 'example-rights-2025-exampleco-q1', field: 'answer.replyDate', message: '2025-03 is before the date the question was asked (2025-03-10)' },
    ]);
  });

  it('rejects a status history out of date order, or disagreeing with the status', () => {
    const d = mini();
    const c = d.commitments[0]!;
    c.statusHistory = [
      { status: 'withdrawn', date: '2025-09', sourceId: 'exampleco-reply', note: 'a' },
      { status: 'in-force', date: '2025-04', sourceId: 'exampleco-reply', note: 'b' },
    ];
    c.status = 'withdrawn';
    const issues = checkIntegrity(d, { lexiconIds: LEXICON }).map((i) => [i.field, i.message]);
    expect(issues).toEqual([
      ['statusHistory[1].date', "2025-04 comes before the previous entry's 2025-09; list status changes oldest first"],
      ['status', 'is "withdrawn" but the latest statusHistory entry says "in-force"'],
    ]);
  });

  it('requires the changelog’s newest entry to be the dataset’s own version', () => {
    const d = mini();
    d.meta.changelog = [{ version: '0.0.0', date: '2026-01-01', changes: ['older'] }];
    expect(checkIntegrity(d, { lexiconIds: LEXICON })).toEqual([
      { file: 'meta.json', recordId: 'meta', field: 'changelog[0].version', message: 'is 0.0.0 but the dataset is version 0.0.1: say what this version changed first' },
    ]);
    d.meta.changelog.unshift({ version: '0.0.1', date: '2026-01-31', changes: ['this one'] });
    expect(checkIntegrity(d, { lexiconIds: LEXICON })).toEqual([]);
  });

  it('rejects dates later than the dataset itself', () => {
    const d = mini();
    d.assessments[0]!.date = '2027';
    expect(checkIntegrity(d, { lexiconIds: LEXICON })).toEqual([
      expect.objectContaining({ recordId: 'exampleco-2024-screening', field: 'date', message: "2027 is later than the dataset's own date (2026-01-31)" }),
    ]);
  });

  it('checks verbatim quotes and question texts against the seed, forgiving only whitespace and markdown escapes', () => {
    const d = mini();
    d.commitments[0]!.quote = "ExampleCo's products will not be sold for mass surveillance."; // straight apostrophe
    d.questions[0]!.text = 'What does "where needed" mean?';
    d.companies[0]!.name = 'Example Corp (ExampleCo)'; // not a quote: never checked
    const issues = checkIntegrity(d, { lexiconIds: LEXICON, seeds });
    expect(issues.map((i) => `${i.file}: ${i.recordId}: ${i.field}`)).toEqual([
      'commitments.json: exampleco-no-mass-surveillance: quote',
      'questions.json: example-rights-2025-exampleco-q1: text',
    ]);
    expect(issues[0]!.message).toContain('does not appear in the seed document example-statement.txt');
    // Seed escapes `\(ExampleCo\)` and its line break are forgiven:
    d.commitments[0]!.quote = 'Example Corp (ExampleCo) statement on face matching';
    d.questions[0] = mini().questions[0]!;
    expect(checkIntegrity(d, { lexiconIds: LEXICON, seeds })).toEqual([]);
  });

  it('checks a reported practice’s words against the seed too, and reports a seed document missing from the folder once, on its source', () => {
    const d = mini();
    d.commitments[2]!.quote = 'Words the seed does not contain';
    expect(checkIntegrity(d, { lexiconIds: LEXICON, seeds }).map((i) => `${i.recordId} ${i.field}`)).toEqual(['exampleco-reported-screening quote']);
    expect(checkIntegrity(d, { lexiconIds: LEXICON, seeds: {} })).toEqual([
      { file: 'sources.json', recordId: 'exampleco-statement', field: 'seed', message: 'example-statement.txt is not in the seeds folder' },
    ]);
  });

  it('requires "seed" verification exactly when a source names a seed document', () => {
    const d = mini();
    d.sources[1]!.verification = 'seed';
    expect(checkIntegrity(d, { lexiconIds: LEXICON })).toEqual([
      { file: 'sources.json', recordId: 'exampleco-reply', field: 'verification', message: 'is "seed" but the source names no seed document' },
    ]);
  });
});

// `npm run eval -- DIR --flags EXPORT.json`: readers' "Wrong?" flags scored as counter-examples against the
// saved pages: the mistake still made, or not; a correction without its page counted apart, never guessed.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scoreCounterExamples } from '../../../src/scripts/eval-counter-examples';

const URL_A = 'https://www.ibm.com/policy/statement-for-the-test';
const SENTENCE = 'IBM no longer offers general purpose facial recognition or analysis software.';
const PAGE = `<!doctype html><html><head><title>IBM statement on facial recognition</title>
<link rel="canonical" href="${URL_A}"></head><body><h1>IBM on facial recognition technology</h1>
<p>${SENTENCE}</p><p>IBM firmly opposes uses of facial recognition technology for mass surveillance and racial profiling.</p>
<p>Facial recognition systems must be tested for bias. We believe facial recognition should be regulated.</p></body></html>`;

let n = 0;
const flag = (over: Record<string, unknown>) => ({
  id: `3f0c6a9e-8f1e-4c55-9d0e-2b7d41f6a1${String(10 + n++)}`,
  url: URL_A, title: 'IBM statement', companyId: 'ibm', companyName: 'IBM', quote: SENTENCE,
  category: 'not-vague-here', relatedIds: [], note: 'Pledgewatch highlighted “general purpose” here.\nterm: general-purpose',
  createdAt: '2026-12-01T10:00:00.000Z', updatedAt: '2026-12-01T10:00:00.000Z', textHash: null,
  ...over,
});

describe('counter-examples from readers’ "Wrong?" flags', () => {
  it('says which mistakes are still made on the saved pages, and counts the rest apart', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pw-counter-'));
    writeFileSync(join(dir, 'ibm.html'), PAGE);
    const exportPath = join(dir, '..', `flags-${Date.now()}.json`);
    writeFileSync(
      exportPath,
      JSON.stringify({
        format: 'pledgewatch-flags', version: 1, exportedAt: '2026-12-01T10:00:00.000Z',
        flags: [
          flag({}), // the term is still marked in that sentence
          flag({ note: 'term: responsibly' }), // a term that is not in the sentence: not marked there
          flag({ category: 'not-relevant', quote: '', note: '' }), // the page is still judged relevant
          flag({ category: 'wrong-company', quote: '', note: '' }), // IBM is still named
          flag({ url: 'https://elsewhere.example/x' }), // no saved page: not scored
          flag({ category: 'vague-claim' }), // not a correction: not a counter-example
          { id: 'not a flag' }, // an invalid record: skipped and counted
        ],
      }),
    );
    expect(await scoreCounterExamples(dir, exportPath)).toEqual({
      read: 5, invalid: 1, noPage: 1,
      termStillMarked: 1, termScored: 2, stillRelevant: 1, relevanceScored: 1, companyStillNamed: 1, companyScored: 1,
    });
  });
});

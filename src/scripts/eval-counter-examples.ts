/**
 * Readers' "Wrong?" flags as labelled counter-examples for `npm run eval -- DIR --flags EXPORT.json`:
 * for each correction whose page is saved in DIR, does Pledgewatch still make the mistake the reader
 * pointed out? A term still marked in the flagged passage, a page still judged relevant, a company still
 * named. Corrections whose page is not in DIR are counted apart, never guessed.
 */
import { readFile } from 'node:fs/promises';
import { loadDataset } from '../cli/load-dataset';
import { expandArgument } from '../cli/read-input';
import { scanLoaded, type ScanOutcome } from '../cli/scan-result';
import { comparableUrl } from '../core/url-utils';
import { counterExamples, type CounterExample } from '../flags/model/correction-flag';
import { ExportedFlagRecord, FlagsExportEnvelope } from '../flags/model/flags-export';
import { occurrences } from './eval-score';

export interface CounterExampleFigures {
  /** Corrections read from the export (bad records are skipped and counted in `invalid`). */
  read: number;
  invalid: number;
  /** Corrections whose page is not in DIR: not scored. */
  noPage: number;
  /** Of the scored corrections, how many Pledgewatch still gets wrong, by kind. */
  termStillMarked: number;
  termScored: number;
  stillRelevant: number;
  relevanceScored: number;
  companyStillNamed: number;
  companyScored: number;
}

/** Whether the correction's mistake is still made on the page the scan read. */
export function stillWrong(example: CounterExample, outcome: Pick<ScanOutcome, 'analysis' | 'text'>): boolean {
  const { analysis, text } = outcome;
  switch (example.category) {
    case 'not-relevant':
      return analysis.relevant;
    case 'wrong-company':
      return analysis.relevant && example.companyId !== null && analysis.companies[0]?.id === example.companyId;
    case 'not-vague-here':
    case 'wrong-highlight': {
      const spans = example.passage ? occurrences(text, example.passage) : [];
      return analysis.vagueTerms.some(
        (v) => (example.termId === null || v.termId === example.termId) && spans.some(([from, to]) => v.offset < to && v.offset + v.length > from),
      );
    }
  }
}

export async function scoreCounterExamples(dir: string, exportPath: string): Promise<CounterExampleFigures> {
  const envelope = FlagsExportEnvelope.parse(JSON.parse(await readFile(exportPath, 'utf8')));
  const records = envelope.flags.map((f) => ExportedFlagRecord.safeParse(f));
  const examples = counterExamples(records.flatMap((r) => (r.success ? [r.data] : [])));
  const figures: CounterExampleFigures = {
    read: examples.length, invalid: records.filter((r) => !r.success).length, noPage: 0,
    termStillMarked: 0, termScored: 0, stillRelevant: 0, relevanceScored: 0, companyStillNamed: 0, companyScored: 0,
  };
  const wanted = new Set(examples.map((e) => comparableUrl(e.url)));
  const dataset = await loadDataset();
  const pages = new Map<string, ScanOutcome>();
  for (const { load } of await expandArgument(dir)) {
    try {
      const outcome = scanLoaded(await load(), dataset);
      const key = comparableUrl(outcome.record.url);
      if (wanted.has(key)) pages.set(key, outcome);
    } catch {
      // An unreadable page is reported by the main evaluation; here it simply has no counter-example.
    }
  }
  for (const example of examples) {
    const outcome = pages.get(comparableUrl(example.url));
    if (!outcome) {
      figures.noPage++;
      continue;
    }
    const wrong = stillWrong(example, outcome);
    if (example.category === 'not-relevant') [figures.relevanceScored, figures.stillRelevant] = [figures.relevanceScored + 1, figures.stillRelevant + Number(wrong)];
    else if (example.category === 'wrong-company') [figures.companyScored, figures.companyStillNamed] = [figures.companyScored + 1, figures.companyStillNamed + Number(wrong)];
    else [figures.termScored, figures.termStillMarked] = [figures.termScored + 1, figures.termStillMarked + Number(wrong)];
  }
  return figures;
}

export function formatCounterExamples(f: CounterExampleFigures): string {
  return [
    `counter-examples (readers' "Wrong?" flags): ${f.read} read${f.invalid ? `, ${f.invalid} invalid records skipped` : ''}, ${f.noPage} without their page in the folder`,
    `  term still marked in the flagged passage: ${f.termStillMarked} of ${f.termScored}`,
    `  page still judged relevant: ${f.stillRelevant} of ${f.relevanceScored}`,
    `  company still named: ${f.companyStillNamed} of ${f.companyScored}`,
  ].join('\n');
}

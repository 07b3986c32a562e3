/**
 * `npm run eval -- DIR [--labels FILE] [--verbose]`: scans every page in DIR with the same core as
 * `pledgewatch scan` and scores it against the labelled corpus (tests/eval/labels.tsv by default; the rules
 * are in eval-score.ts). It fetches nothing: the page texts are other people's writing and stay in a local
 * folder, one file per page (an HTML file with <title> and <link rel="canonical">, as the scan reads it). A labelled page missing from DIR, an unreadable file or a page without
 * a label is reported and skipped. `--flags EXPORT.json` also scores readers' "Wrong?" flags (an Options
 * export) as counter-examples (eval-counter-examples.ts). `--only LIST` scores only the labelled pages whose
 * address LIST names (one a line, e.g. tests/eval/fresh.txt); the others are skipped silently. `--split tune`
 * scores one split only (so `--verbose` lists the tune half's misses without showing the held-out ones). Last line:
 * JSON with the figures per split. `--unjudged` (with `--verbose`) also lists, for tune pages judged relevant, the
 * marks outside their labelled phrases and ordinary sentences: where to look for noise the labels do not name.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { loadDataset } from '../cli/load-dataset';
import { expandArgument } from '../cli/read-input';
import { scanLoaded } from '../cli/scan-result';
import { comparableUrl } from '../core/url-utils';
import { formatCounterExamples, scoreCounterExamples } from './eval-counter-examples';
import { addCounts, emptyCounts, figures, labelIndex, parseAddressList, parseLabels, scorePage, type Counts, type Figures, type Split } from './eval-score';

const DEFAULT_LABELS = join(import.meta.dirname, '../../tests/eval/labels.tsv');

export interface EvalResult {
  splits: Record<Split | 'all', Figures>;
  missing: string[];
  unlabelled: string[];
  failed: string[];
}

export async function runEval(
  dir: string,
  labelsPath = DEFAULT_LABELS,
  log: (line: string) => void = () => {},
  only?: ReadonlySet<string>,
  split?: Split,
  unjudged = false,
): Promise<EvalResult> {
  const onlyKeys = only && new Set([...only].map(comparableUrl));
  const allLabels = parseLabels(await readFile(labelsPath, 'utf8'));
  const labels = allLabels.filter((l) => (!onlyKeys || onlyKeys.has(comparableUrl(l.address))) && (!split || l.split === split));
  const skipped = labelIndex(allLabels);
  const byAddress = labelIndex(labels);
  const dataset = await loadDataset();
  const counts: Record<Split | 'all', Counts> = { tune: emptyCounts(), holdout: emptyCounts(), all: emptyCounts() };
  const seen = new Set<string>();
  const unlabelled: string[] = [];
  const failed: string[] = [];
  for (const { name, load } of await expandArgument(dir)) {
    let outcome;
    try {
      outcome = scanLoaded(await load(), dataset);
    } catch (error) {
      failed.push(`${name}: ${(error as Error).message}`);
      continue;
    }
    const key = comparableUrl(outcome.record.url);
    const label = byAddress.get(key);
    if (!label && skipped.has(key)) continue; // labelled, but left out by --only or --split
    if (!label) {
      unlabelled.push(`${name} (${outcome.record.url})`);
      continue;
    }
    seen.add(key);
    // The extracted text the analysis's offsets point into.
    const score = scorePage(label, { url: outcome.record.url, text: outcome.text, analysis: outcome.analysis });
    addCounts(counts[label.split], score.counts);
    addCounts(counts.all, score.counts);
    const verdict = label.relevant === outcome.analysis.relevant ? '' : label.relevant ? '  MISSED relevant' : '  FALSE relevant';
    log(`${label.split.padEnd(7)} ${outcome.analysis.relevant ? 'R' : '-'} ${name}${verdict}`);
    if (label.relevant && label.company && score.counts.companyRight === 0) log(`          company: expected ${label.company}, named ${score.company ?? 'nobody'}`);
    for (const phrase of score.missedPhrases) log(`          missed “${phrase}”`);
    for (const noisy of score.noisyOrdinary) log(`          marked in ordinary: ${noisy}`);
    // Tune pages only: reading the held-out half's marks would make it a tuned half.
    if (unjudged && label.split === 'tune') for (const mark of score.unjudged) log(`          unjudged: ${mark}`);
  }
  const missing = labels.filter((l) => !seen.has(comparableUrl(l.address))).map((l) => l.address);
  return { splits: { tune: figures(counts.tune), holdout: figures(counts.holdout), all: figures(counts.all) }, missing, unlabelled, failed };
}

const pct = (x: number | null) => (x === null ? 'n/a' : `${Math.round(x * 1000) / 10}%`);

export function formatFigures(name: string, f: Figures): string {
  const c = f.counts;
  return [
    `${name} (${f.pages} pages)`,
    `  relevance: precision ${pct(f.relevancePrecision)}, recall ${pct(f.relevanceRecall)} (${c.truePositive} right, ${c.falsePositive} false, ${c.falseNegative} missed)`,
    `  company: ${pct(f.companyAccuracy)} (${c.companyRight} of ${c.companyPages})`,
    `  phrases: recall ${pct(f.phraseRecall)} (${c.phrasesFound} of ${c.phrases}; lexicon alone ${c.phrasesInLexicon}), precision ${pct(f.phrasePrecision)}`,
    `  ordinary sentences: ${c.ordinaryMarks} marks on ${c.ordinary} (${f.marksPerOrdinary ?? 'n/a'} per sentence)`,
  ].join('\n');
}

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  const verbose = args.includes('--verbose');
  const valueOf = (flag: string) => (args.indexOf(flag) >= 0 ? args[args.indexOf(flag) + 1] : undefined);
  const labelsPath = valueOf('--labels');
  const flagsPath = valueOf('--flags');
  const onlyPath = valueOf('--only');
  const split = valueOf('--split');
  const dir = args.find((a, i) => !a.startsWith('--') && !['--labels', '--flags', '--only', '--split'].includes(args[i - 1] ?? ''));
  if (!dir || (split !== undefined && split !== 'tune' && split !== 'holdout')) {
    console.error('Usage: npm run eval -- DIR [--labels FILE] [--only LIST] [--split tune|holdout] [--flags EXPORT.json] [--verbose [--unjudged]]   (DIR: the saved pages, one file each)');
    return 2;
  }
  const only = onlyPath ? new Set(parseAddressList(await readFile(onlyPath, 'utf8'))) : undefined;
  const result = await runEval(dir, labelsPath, verbose ? (l) => console.log(l) : undefined, only, split as Split | undefined, args.includes('--unjudged'));
  for (const m of result.missing) console.error(`eval: no page in ${dir} for ${m} (skipped)`);
  for (const u of result.unlabelled) console.error(`eval: no label for ${u} (skipped)`);
  for (const f of result.failed) console.error(`eval: could not scan ${f} (skipped)`);
  for (const split of ['tune', 'holdout', 'all'] as const) console.log(formatFigures(split, result.splits[split]));
  const counterExamples = flagsPath ? await scoreCounterExamples(dir, flagsPath) : undefined;
  if (counterExamples) console.log(formatCounterExamples(counterExamples));
  const json = Object.fromEntries(
    Object.entries(result.splits).map(([k, f]) => [k, { ...f, counts: undefined }]),
  );
  console.log(JSON.stringify({ ...json, missing: result.missing.length, unlabelled: result.unlabelled.length, failed: result.failed.length, counterExamples }));
  return 0;
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop()!)) {
  main().then((code) => (process.exitCode = code), (error: Error) => {
    console.error(`eval: ${error.message}`);
    process.exitCode = 2;
  });
}

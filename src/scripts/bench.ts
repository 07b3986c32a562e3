/**
 * `npm run bench [-- --scale 1,4,20] [--quick] [--search-only]`: throughput of the detection core on
 * generated text (100 KB, 1 MB, 5 MB), against two peers measured in the same run on the same text and
 * the same phrases:
 * - one regular expression per lexicon phrase (what a naive highlighter does),
 * - one flat alternation of all phrases (longest first).
 * Then, for each scale N (default ×1, ×4 and ×20), the same on a seeded synthetic dataset N times
 * today's (scale-dataset.ts): loading it, the whole analysis of the same pages, and the popup's worst
 * search keystroke. `--quick` measures the 100 KB page only; `--search-only` only the dataset load and
 * the search. Prints medians, ratios, and as its last line a JSON object with the figures (the ×1
 * figures under the keys they always had, every scale under `scales`).
 */
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { analysePage } from '../core/analyse-page';
import { phrasesOf } from '../core/lexicon/index';
import { getSpecificTerms, getTopicTerms, getVagueTerms } from '../core/lexicon/index';
import { isWordToken, tokenizePhrase, tokenSource } from '../core/matcher/phrase-syntax';
import { bundledLexicons, enginePackFor } from '../core/bundled-engine';
import { createEngine } from '../core/engine';
import { companyEntries, createPageMatcher } from '../core/page-matcher';
import { COLLECTIONS, getBundledDataset, parseDataset, type DatasetFiles } from '../data/dataset';
import { scaleDataset } from '../data/scale-dataset';
import type { Dataset } from '../data/schema';
import { searchDataset } from '../core/records/search';

const args = parseArgs({ options: { scale: { type: 'string' }, quick: { type: 'boolean' }, 'search-only': { type: 'boolean' } } }).values;
const SCALES = (args.scale ?? '1,4,20').split(',').map((part) => {
  const n = Number(part.trim());
  if (!Number.isInteger(n) || n < 1) {
    console.error(`bench: --scale takes whole numbers of at least 1, separated by commas (1,4,20), not "${args.scale}"`);
    process.exit(2);
  }
  return n;
});
const QUICK = args.quick === true;
const SEARCH_ONLY = args['search-only'] === true;

const SIZES: [string, number][] = [
  ['100KB', 100 * 1024],
  ['1MB', 1024 * 1024],
  ['5MB', 5 * 1024 * 1024],
].slice(0, QUICK ? 1 : 3) as [string, number][];

// Always today's dataset, whatever PLEDGEWATCH_DATASET_SCALE says: the scales are this script's own.
const dataset = scaleFree(() => getBundledDataset());

function scaleFree<T>(get: () => T): T {
  const asked = process.env.PLEDGEWATCH_DATASET_SCALE;
  delete process.env.PLEDGEWATCH_DATASET_SCALE;
  try {
    return get();
  } finally {
    if (asked !== undefined) process.env.PLEDGEWATCH_DATASET_SCALE = asked;
  }
}
const phrases = [
  ...getTopicTerms().flatMap(phrasesOf),
  ...getVagueTerms().flatMap(phrasesOf),
  ...getSpecificTerms().flatMap(phrasesOf),
  ...companyEntries(dataset.companies).map((e) => e.phrase),
];
const uniquePhrases = [...new Set(phrases.map((p) => p.toLowerCase()))];

/** The same phrase syntax as the compiled matcher, one phrase at a time. */
function phraseSource(phrase: string): string {
  const tokens = tokenizePhrase(phrase);
  const body = tokens.map(tokenSource).join('');
  return (isWordToken(tokens[0]) ? '\\b' : '') + body + (isWordToken(tokens.at(-1)) ? '\\b' : '');
}
const perPhrase = uniquePhrases.map((p) => new RegExp(phraseSource(p), 'gi'));
const flat = new RegExp(
  [...uniquePhrases].sort((a, b) => b.length - a.length).map(phraseSource).join('|'),
  'gi',
);

/** Seeded text: everyday and corporate filler with lexicon phrases at about one per 60 words. */
function generateText(size: number, seed: number): string {
  let s = seed;
  const rnd = () => ((s = (s * 1103515245 + 12345) % 2147483648) / 2147483648);
  const filler = (
    'the of and to in a is that for it as was with be by on not this are or from at which but have an they ' +
    'company customers quarter revenue growth product service market data cloud software team people year ' +
    'report board said today announced new global technology support business partners plan strategy results ' +
    'investors operations security privacy platform users public sector government contract policy sales'
  ).split(' ');
  const parts: string[] = [];
  let length = 0;
  let sentence = 0;
  while (length < size) {
    const word = rnd() < 1 / 60 ? uniquePhrases[Math.floor(rnd() * uniquePhrases.length)]!.replace(/\{year\}/g, '2025').replace(/\{n\}/g, '12') : filler[Math.floor(rnd() * filler.length)]!;
    const piece = sentence === 0 ? word[0]!.toUpperCase() + word.slice(1) : word;
    sentence = rnd() < 0.07 ? 0 : sentence + 1;
    const out = piece + (sentence === 0 ? '. ' : rnd() < 0.01 ? '\n' : ' ');
    parts.push(out);
    length += out.length;
  }
  return parts.join('').slice(0, size);
}

/** `generateText` with one own-words quote of the dataset every ~2,000 characters, some of them edited. */
function restatingText(size: number, seed: number): string {
  let s = seed;
  const rnd = () => ((s = (s * 1103515245 + 12345) % 2147483648) / 2147483648);
  const quotes = dataset.commitments.filter((c) => c.kind !== 'reported-practice').map((c) => c.quote);
  const parts: string[] = [];
  let length = 0;
  while (length < size) {
    const filler = generateText(2_000, Math.floor(rnd() * 1e9));
    const words = quotes[Math.floor(rnd() * quotes.length)]!.split(' ');
    // One quote in three with a word dropped: a paraphrase, scored but not always found.
    if (rnd() < 0.33) words.splice(Math.floor(rnd() * words.length), 1);
    const part = `${filler}\n${words.join(' ')}\n`;
    parts.push(part);
    length += part.length;
  }
  return parts.join('').slice(0, size);
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

/** Median wall time in ms of `runs` runs (after two warm-ups unless told); `sink` keeps the work from being optimised away. */
let sink = 0;
function time(runs: number, fn: () => number, warmUp = true): number {
  if (warmUp) sink += fn() + fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    sink += fn();
    times.push(performance.now() - t0);
  }
  return median(times);
}

function countAll(re: RegExp, text: string): number {
  let n = 0;
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    n++;
    if (m[0].length === 0) re.lastIndex++;
  }
  return n;
}

/** Today's dataset against the per-phrase and flat-alternation peers: the figures `npm run bench` always reported. */
function benchToday() {
  // Cold start, as a content script meets it on every page: compile the matcher, then the first analysis
  // (V8 compiles the regexes on their first use). Measured once, before anything else has run them.
  const coldText = generateText(100 * 1024, 1);
  const coldStart = performance.now();
  const matcher = createPageMatcher(bundledLexicons(), dataset.companies).withCustomTerms();
  const coldCompiled = performance.now();
  analysePage({ url: 'https://bench.example/cold', text: coldText }, { dataset });
  const coldDone = performance.now();
  const result = {
    phrases: uniquePhrases.length,
    node: process.version,
    mcharsPerSec: { matcher: {} as Record<string, number>, analysis: {} as Record<string, number>, perPhrase: {} as Record<string, number>, flatAlternation: {} as Record<string, number> },
    speedupVsPerPhrase: { matcher: {} as Record<string, number>, analysis: {} as Record<string, number> },
    speedupVsFlatAlternation: { matcher: {} as Record<string, number> },
    msMedian: { matcher: {} as Record<string, number>, analysis: {} as Record<string, number>, perPhrase: {} as Record<string, number>, flatAlternation: {} as Record<string, number> },
    scaling5MBvs1MB: { matcher: 0, analysis: 0 },
    hits: {} as Record<string, number>,
    coldStartMs: { compileMatcher: round(coldCompiled - coldStart), firstAnalysis100KB: round(coldDone - coldCompiled) },
    restatingPage100KB: { matcherMs: 0, analysisMs: 0, analysisVsMatcher: 0, restated: 0 },
  };

  console.log(`Pledgewatch bench — ${uniquePhrases.length} phrases (topic terms, vague and specific terms, company names), Node ${process.version}`);
  console.log(`Cold start: matcher built in ${result.coldStartMs.compileMatcher} ms, first 100 KB analysis (regex compilation included) ${result.coldStartMs.firstAnalysis100KB} ms.`);
  console.log('size     matcher            analysis           per-phrase regex   flat alternation   matcher ×per-phrase  ×flat');
  for (const [label, size] of SIZES) {
    const text = generateText(size, 42 + size);
    // Interleaved rounds (matcher ×3, analysis, per-phrase baseline), medians over all of them: on a busy
    // machine a load spike then slows both sides of a ratio instead of one.
    const rounds = size > 2e6 ? 3 : size > 2e5 ? 7 : 15;
    const samples = { matcher: [] as number[], analysis: [] as number[], perPhrase: [] as number[] };
    const runMatcher = () => matcher.match(text).length;
    const runAnalysis = () => analysePage({ url: 'https://bench.example/page', text }, { dataset }).vagueTerms.length;
    const runPerPhrase = () => perPhrase.reduce((n, re) => n + countAll(re, text), 0);
    sink += runMatcher() + runAnalysis() + runMatcher();
    for (let r = 0; r < rounds; r++) {
      for (let k = 0; k < 3; k++) samples.matcher.push(time(1, runMatcher, false));
      samples.analysis.push(time(1, runAnalysis, false));
      samples.perPhrase.push(time(1, runPerPhrase, false));
    }
    const tMatcher = median(samples.matcher);
    const tAnalysis = median(samples.analysis);
    const tPerPhrase = median(samples.perPhrase);
    // The flat alternation re-tries every phrase at every position: at this lexicon's size it runs at about
    // 0.1 M chars/s, so it is measured at 100 KB only (1 MB would take ~30 s, 5 MB minutes).
    const tFlat = size <= 200 * 1024 ? time(2, () => countAll(flat, text)) : NaN;
    const mcps = (ms: number) => round(size / ms / 1000);
    result.hits[label] = matcher.match(text).length;
    result.msMedian.matcher[label] = round(tMatcher, 2);
    result.msMedian.analysis[label] = round(tAnalysis, 2);
    result.msMedian.perPhrase[label] = round(tPerPhrase, 2);
    if (!Number.isNaN(tFlat)) result.msMedian.flatAlternation[label] = round(tFlat, 2);
    result.mcharsPerSec.matcher[label] = mcps(tMatcher);
    result.mcharsPerSec.analysis[label] = mcps(tAnalysis);
    result.mcharsPerSec.perPhrase[label] = mcps(tPerPhrase);
    if (!Number.isNaN(tFlat)) result.mcharsPerSec.flatAlternation[label] = mcps(tFlat);
    result.speedupVsPerPhrase.matcher[label] = round(tPerPhrase / tMatcher);
    result.speedupVsPerPhrase.analysis[label] = round(tPerPhrase / tAnalysis);
    if (!Number.isNaN(tFlat)) result.speedupVsFlatAlternation.matcher[label] = round(tFlat / tMatcher);
    const cell = (ms: number) => (Number.isNaN(ms) ? '   (not run)' : `${mcps(ms).toFixed(1).padStart(6)} Mc/s ${ms.toFixed(1).padStart(6)}ms`).padEnd(19);
    console.log(
      `${label.padEnd(8)} ${cell(tMatcher)}${cell(tAnalysis)}${cell(tPerPhrase)}${cell(tFlat)}${(round(tPerPhrase / tMatcher) + '×').padStart(8)}${(Number.isNaN(tFlat) ? '' : round(tFlat / tMatcher) + '×').padStart(16)}`,
    );
  }
  // A company's human-rights page restating its commitments: the generated text with one of the dataset's
  // own-words quotes every 2,000 characters or so, under the company's name. There the restated search
  // scores windows around every anchor its quotes share with the page, which generated filler never makes
  // it do (the eval pages' analysis spent most of its time there). Its peer: the matcher on the same text.
  {
    const size = 100 * 1024;
    const text = restatingText(size, 7);
    const runMatcher = () => matcher.match(text).length;
    const runAnalysis = () => analysePage({ url: 'https://bench.example/human-rights', text }, { dataset }).restatedCommitments.length;
    sink += runMatcher() + runAnalysis();
    const samples = { matcher: [] as number[], analysis: [] as number[] };
    for (let r = 0; r < 15; r++) {
      samples.matcher.push(time(1, runMatcher, false));
      samples.analysis.push(time(1, runAnalysis, false));
    }
    const tMatcher = median(samples.matcher);
    const tAnalysis = median(samples.analysis);
    result.restatingPage100KB = { matcherMs: round(tMatcher, 2), analysisMs: round(tAnalysis, 2), analysisVsMatcher: round(tAnalysis / tMatcher), restated: runAnalysis() };
    console.log(`100 KB page restating commitments: analysis ${tAnalysis.toFixed(1)} ms, ${round(tAnalysis / tMatcher)}× the matcher's ${tMatcher.toFixed(1)} ms (${result.restatingPage100KB.restated} restated commitments found).`);
  }
  if (!QUICK) {
    result.scaling5MBvs1MB.matcher = round(result.msMedian.matcher['5MB']! / result.msMedian.matcher['1MB']!, 2);
    result.scaling5MBvs1MB.analysis = round(result.msMedian.analysis['5MB']! / result.msMedian.analysis['1MB']!, 2);
    console.log(`5 MB costs ${result.scaling5MBvs1MB.matcher}× the 1 MB time for the matcher and ${result.scaling5MBvs1MB.analysis}× for the whole analysis (linear: about 5×).`);
  }
  return result;
}

const round = (x: number, d = 1) => Math.round(x * 10 ** d) / 10 ** d;

/** What the popup's search box meets: "facial recognition" typed one letter at a time, then common single letters. */
const typed = 'facial recognition';
const KEYSTROKES = [...[...typed].map((_, i) => typed.slice(0, i + 1)), 'e', 'a', 's', 't', 'i', 'o', 'police', 'moratorium'];

/**
 * The popup's search as a reader types: the first search (which builds whatever the search prepares
 * once per dataset) apart, then the slowest keystroke of the sequence, each keystroke's median of five
 * passes after one warm-up pass.
 */
function benchSearch(scaled: Dataset): { firstSearchMs: number; worstKeystrokeMs: number; worstKeystroke: string } {
  const t0 = performance.now();
  sink += searchDataset(scaled, { text: KEYSTROKES[0]! }).length;
  const firstSearchMs = performance.now() - t0;
  for (const text of KEYSTROKES) sink += searchDataset(scaled, { text }).length;
  const perKey = KEYSTROKES.map(() => [] as number[]);
  for (let pass = 0; pass < 5; pass++) {
    KEYSTROKES.forEach((text, i) => perKey[i]!.push(time(1, () => searchDataset(scaled, { text }).length, false)));
  }
  const medians = perKey.map(median);
  const worst = medians.indexOf(Math.max(...medians));
  return { firstSearchMs: round(firstSearchMs, 2), worstKeystrokeMs: round(medians[worst]!, 2), worstKeystroke: KEYSTROKES[worst]! };
}

/** Loading a dataset of this size as a page would: its JSON files parsed and validated (parseDataset). */
function benchLoad(scaled: Dataset): { datasetLoadMs: number; datasetJsonKB: number; loaded: Dataset } {
  const json = Object.fromEntries(COLLECTIONS.map((c) => [c, JSON.stringify(scaled[c])]));
  const datasetJsonKB = round(Object.values(json).reduce((n, text) => n + text.length, 0) / 1024, 0);
  let loaded: Dataset | undefined;
  const datasetLoadMs = time(3, () => {
    const files: DatasetFiles = {};
    for (const c of COLLECTIONS) files[c] = JSON.parse(json[c]!);
    const parsed = parseDataset(files);
    if (!parsed.ok) throw new Error(`the ×N dataset does not validate: ${parsed.issues[0]?.message}`);
    loaded = parsed.dataset;
    return parsed.dataset.commitments.length;
  }, false);
  return { datasetLoadMs: round(datasetLoadMs), datasetJsonKB, loaded: loaded! };
}

/**
 * The whole analysis of the same generated pages with a dataset N times today's, as the content script
 * meets it: the engine's pack is made at build time (`packBuildMs`, not a page's cost); a page parses the
 * pack's parts it needs (`fullPackKB` is what the full stage carries) and builds the engine from them
 * (`coldStartMs`: parse and first 100 KB analysis, matcher compiled from its plan), then analyses.
 */
function benchAnalysis(scaled: Dataset) {
  const t0 = performance.now();
  const pack = enginePackFor(scaled);
  const t1 = performance.now();
  const [screen, page] = [JSON.stringify(pack.screen), JSON.stringify(pack.page)];
  const firstLook = JSON.stringify(pack.firstLook);
  const coldText = generateText(100 * 1024, 1);
  const t2 = performance.now();
  const engine = createEngine({ firstLook: () => JSON.parse(firstLook), screen: () => JSON.parse(screen), page: () => JSON.parse(page) });
  engine.analyse({ url: 'https://bench.example/cold', text: coldText });
  const t3 = performance.now();
  const analysisMs: Record<string, number> = {};
  for (const [label, size] of SIZES) {
    const text = generateText(size, 42 + size);
    const runs = size > 2e6 ? 3 : size > 2e5 ? 7 : 15;
    analysisMs[label] = round(time(runs, () => engine.analyse({ url: 'https://bench.example/page', text }).vagueTerms.length), 2);
  }
  return {
    packBuildMs: round(t1 - t0),
    fullPackKB: round((screen.length + page.length) / 1024),
    firstLookPackKB: round(firstLook.length / 1024),
    coldStartMs: { parseAndFirstAnalysis100KB: round(t3 - t2) },
    analysisMs,
  };
}

const loadBefore = round(loadavg()[0]!, 2);
const today = SCALES.includes(1) && !SEARCH_ONLY ? benchToday() : null;
const scales: Record<string, Record<string, unknown>> = {};
console.log(`\nScaled datasets (seeded synthetic copies, src/data/scale-dataset.ts)${SEARCH_ONLY ? ', search only' : ''}:`);
for (const n of SCALES) {
  const built = scaleDataset(dataset, n);
  // Every scale is measured on a dataset object fresh from validation, so no cache built for another
  // run (matcher, quote index, search index) serves it.
  const { datasetLoadMs, datasetJsonKB, loaded } = benchLoad(built);
  const entry: Record<string, unknown> = { companies: loaded.companies.length, commitments: loaded.commitments.length, datasetJsonKB, datasetLoadMs };
  if (!SEARCH_ONLY) Object.assign(entry, benchAnalysis(loaded));
  entry.popupSearch = benchSearch(loaded);
  scales[`x${n}`] = entry;
  console.log(`×${n}: ${JSON.stringify(entry)}`);
}
if (sink === 0) console.log('(no hits)');
/** 1-minute load average before and after: other work on the machine lowers every figure. */
const loadAverage = { before: loadBefore, after: round(loadavg()[0]!, 2) };
console.log(`Load average ${loadAverage.before} → ${loadAverage.after} (2 cores here): compare ratios, not absolute figures, across machines.`);
console.log(JSON.stringify({ ...(today ?? {}), loadAverage, scales }));

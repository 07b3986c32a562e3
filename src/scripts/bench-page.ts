/**
 * `npm run bench:page`: the content script's page work in headless Chromium, against mark.js and a bare
 * TreeWalker pass, on seeded pages of 100 KB, 1 MB and 5 MB (inline elements split the text; phrases
 * inside <script> must not be marked). Every sample gets a fresh page. The candidates:
 * - ours: the whole pass, as the two stages of the content script make it (first-look.ts): the first
 *   stage's look at textContent, then, where it cannot rule the page out, the full stage (extract, have the
 *   background classify it with the real core, highlight through CSS.highlights), up to the next frame. The
 *   background is the extension's own module (background/page-analysis.ts) in a worker of the page, warmed
 *   beforehand as a service worker is between pages (installBackground); the page pays JSON both ways.
 *   Evaluating each stage's script is timed apart (it precedes any work): the first on every page, the full
 *   one only on pages the first passes on;
 * - oursHere: the same with the page's own engine (the fallback when the background cannot answer, and every
 *   page before the background analysed; pages over BACKGROUND_MAX_CHARS still do), the dataset's part
 *   answered by the same worker;
 * - mark.js `mark(array)` with every phrase our highlighter looks for (each vague term of the bundled
 *   lexicon, main phrase and variants: about 490), with the options that give it our matching rules
 *   (MARK_ARRAY_OPTIONS), `acrossElements`, `separateWordSearch: false`;
 * - mark.js `markRegExp` with the regex our matcher compiles for those phrases (the core's trie
 *   compiler), flags 'gi', `acrossElements`;
 * - the floor: a TreeWalker over every text node, up to the next frame;
 * - the minimal highlighter: the least any content script that highlights these phrases must do, and a
 *   peer for what ours does beyond it (classifying the page, companies, restated commitments, the filters,
 *   the page UI): one TreeWalker pass that skips script and style text by parent tag and builds the text,
 *   one pass of the same regex as `markRegExp`, one live Range per match in one registered Highlight, up
 *   to the next frame. Its match count must equal ours.
 * Mark counts (text-node pieces: a phrase split by an inline element is two) must agree, and so must the
 * pieces themselves, or the run fails and prints where they differ. Also: 50 batches of 20 paragraphs
 * appended one per frame, and an unrelated page. Prints medians and ratios; the last line is JSON.
 *
 * Run time, here (2 cores): `mark(array)` reads the whole page once per phrase, about 6 s at 100 KB and a
 * minute at 1 MB, so it is sampled 3 times at 100 KB, once at 1 MB, and skipped at 5 MB; `markRegExp`
 * is superlinear (it rebuilds its copy of the text at every mark) and sampled once at 5 MB. The whole
 * run takes about six minutes; `--quick` (ours, the floor and the minimal highlighter) about one.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { build } from 'esbuild';
import { packEsbuildPlugin } from '../build/pack-modules';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { getVagueTerms, phrasesOf } from '../core/lexicon/index';
import { phraseKey } from '../core/matcher/phrase-syntax';
import { compileTrieSources } from '../core/matcher/trie-regex';
import { noDetails, pageDetailsFor } from '../core/page-details';
import { datasetIndexFor, datasetPartFor, type DatasetPartRequest } from '../core/dataset-part';
import { getBundledDataset } from '../data/dataset';
import { engineFor } from '../core/bundled-engine';
import { runSteps } from '../core/steps';
import type { PageAnalysis, PageInput } from '../core/analysis-schema';

const ROOT = resolve(import.meta.dirname, '../..');
const CHROME = process.env.CHROME_PATH ?? '/usr/bin/chromium';
/** Planted on the page (each a vague phrase of the lexicon). */
const PHRASES = ['general purpose', 'where appropriate', 'responsibly', 'take appropriate steps', 'in due course', 'we strive'];
/** What our highlighter looks for, so what mark.js is given: every vague term's main phrase and variants. */
const VAGUE_PHRASES = getVagueTerms().flatMap((t) => phrasesOf(t));
// `{year}` and `{n}` have no mark.js spelling; no vague phrase uses one, and if one ever does the peers
// would be doing less work than ours, so stop rather than measure that.
const placeholder = VAGUE_PHRASES.find((p) => phraseKey(p).includes('{'));
if (placeholder) throw new Error(`vague phrase "${placeholder}" has a placeholder mark.js cannot express`);
const unknown = PHRASES.filter((p) => !VAGUE_PHRASES.some((v) => phraseKey(v) === phraseKey(p)));
if (unknown.length) throw new Error(`planted phrases not in the vague lexicon: ${unknown.join(', ')}`);
/** The regex our matcher runs for those phrases: the core's trie compiler over their keys, flags 'gi'. */
const VAGUE_SOURCE = compileTrieSources(new Set(VAGUE_PHRASES.map(phraseKey))).join('|');
/**
 * Options that give `mark(array)` our matcher's semantics (phrase-syntax.ts, trie-regex.ts):
 * - accuracy 'exactly': a phrase starts and ends at a word boundary, as our `\b` asks ("responsibly" is
 *   not in "irresponsibly"). mark.js takes a list of boundary characters, not a class: the list is ASCII
 *   punctuation (every non-word ASCII character but whitespace, which mark.js adds; `_` is a word
 *   character) and common Unicode punctuation. Our `\b` also breaks at accented letters, which no list
 *   can copy; the page is ASCII.
 * - diacritics off: ours matches letters as written ("e" is not "é").
 * - synonyms: a hyphen also matches whitespace and the reverse, an apostrophe also ’. Our separator is
 *   any run of whitespace and hyphens; mark.js's nearest is one hyphen or a run of whitespace (the page
 *   has no hyphenated text).
 * - exclude marks: a phrase inside one already marked is not marked again. mark.js marks the longest
 *   phrases first, so the longest of overlapping phrases wins, as in ours ("take appropriate steps", not
 *   also "appropriate"); without this mark.js nests marks.
 * Ours keeps "may" only in that case and drops a vague term inside specific language, under a negation
 * or in a date; mark.js has no such filters, and the page has none of that text.
 */
const MARK_ARRAY_OPTIONS = {
  acrossElements: true,
  separateWordSearch: false,
  accuracy: { value: 'exactly', limiters: [...'!"#$%&\'()*+,-./:;<=>?@[\\]^`{|}~', ...'\u00a1\u00ab\u00bb\u00bf\u2010\u2011\u2013\u2014\u2018\u2019\u201c\u201d\u2026'] },
  diacritics: false,
  synonyms: { '-': ' ', "'": '\u2019' },
  exclude: ['mark[data-markjs]'],
};
// Filler forms no vague phrase with a planted one. Latin "in" before "general purpose" made "in general",
// a second vague phrase overlapping it: ours keeps the longer, while `markRegExp`, one left-to-right pass
// that resumes after each mark, keeps the first, so the two could not agree.
const FILLER = 'lorem ipsum dolor sit amet consectetur adipiscing elit sed do eiusmod tempor incididunt ut labore et dolore magna aliqua enim ad minim veniam quis nostrud exercitation ullamco laboris nisi aliquip ex ea commodo consequat duis aute irure reprehenderit voluptate velit esse cillum fugiat nulla pariatur'.split(' ');

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32);
}

/** A seeded page of about `bytes`: paragraphs of filler with phrases, some split by inline elements. */
function makePage(bytes: number, seed: number, relevant: boolean): { html: string; phrases: number } {
  const r = rng(seed);
  const parts: string[] = [];
  let size = 0;
  let phrases = 0;
  const head = relevant ? '<h1>IBM and facial recognition technology</h1><p>IBM facial recognition technology is used for mass surveillance and racial profiling by law enforcement. Civil society asks about human rights due diligence and biometric surveillance.</p>' : '<h1>Notes</h1>';
  while (size < bytes) {
    const words: string[] = [];
    for (let i = 0; i < 60; i++) {
      const roll = r();
      if (roll < (relevant ? 0.045 : 0)) {
        const p = PHRASES[Math.floor(r() * PHRASES.length)]!;
        phrases++;
        // One phrase in four is split across an inline element, as on real pages.
        const sp = p.indexOf(' ');
        words.push(sp > 0 && r() < 0.25 ? `${p.slice(0, sp)} <b>${p.slice(sp + 1)}</b>` : p);
      } else if (roll < 0.1) words.push(`<a href="#">${FILLER[Math.floor(r() * FILLER.length)]}</a>`);
      else if (roll < 0.14) words.push(`<em>${FILLER[Math.floor(r() * FILLER.length)]}</em>`);
      else words.push(FILLER[Math.floor(r() * FILLER.length)]!);
    }
    const p = `<p>${words.join(' ')}.</p>\n`;
    parts.push(p);
    size += p.length;
    if (parts.length % 50 === 0) parts.push(`<script>var s${parts.length} = "general purpose where appropriate responsibly";</script>\n`);
  }
  return { html: `<!doctype html><html><head><meta charset="utf-8"><title>bench</title></head><body>${head}${parts.join('')}</body></html>`, phrases };
}

/** The content script's two stages, bundled and minified like the shipped ones (first-look.ts explains the split). */
interface OursScripts {
  /** The first stage (every page): defines `pwFirst()`, the first look's verdict. */
  first: string;
  /** The full stage (pages the first stage passes): defines `pwRun(verdict)`. */
  full: string;
  /** The background's `page/analyse`, run in a worker (installBackground). */
  background: string;
  /** The page's own engine (entrypoints/engine.content.ts), evaluated when a pass first needs it. */
  engine: string;
}

async function bundleOurs(): Promise<OursScripts> {
  const bundle = async (contents: string) => {
    const result = await build({
      stdin: { contents, resolveDir: ROOT, loader: 'ts' },
      bundle: true,
      format: 'iife',
      write: false,
      // Minified like the shipped content script, whose evaluation is timed apart (loadMs); not when profiling.
      minify: !PROFILE_DIR,
      target: 'es2022',
      jsx: 'automatic',
      jsxImportSource: 'preact',
      plugins: [
        packEsbuildPlugin(),
        {
          name: 'inline-css',
          setup(b) {
            b.onResolve({ filter: /\?inline$/ }, (a) => ({ path: resolve(a.resolveDir, a.path.replace(/\?inline$/, '')), namespace: 'inline-css' }));
            b.onLoad({ filter: /.*/, namespace: 'inline-css' }, (a) => ({ contents: readFileSync(a.path, 'utf8'), loader: 'text' }));
          },
        },
      ],
    });
    return result.outputFiles[0]!.text;
  };
  // What first-look.ts does on every page, without the messaging around it.
  const first = await bundle(`
    import { contentFirstLook } from './src/content/first-look-pack';
    import { prescreenPage } from './src/content/prescreen';
    // The first look the first stage parsed, handed to the full stage as first-look-handover.ts does.
    window.pwFirstLookCore = contentFirstLook;
    window.pwFirst = () => {
      const { hints, relaxed } = contentFirstLook();
      return prescreenPage(document, location.href, hints, relaxed).verdict;
    };`);
  const full = await bundle(`
    import { startPageSession } from './src/content/page-session';
    import { createHighlightPainter } from './src/content/paint-highlights';
    import { analyseForContent, analyseInBackgroundOrHere, contentTermInfo, prescreenForContent } from './src/content/analyse';
    import { loadPageEngine } from './src/content/page-engine';
    import { noDetails } from './src/core/page-details';
    import { unpackAnalysis } from './src/core/analysis-wire';
    import { NO_DATASET_PART } from './src/core/dataset-part';
    import { DEFAULT_SETTINGS } from './src/storage/settings-rules';
    // Built on first use, inside the timed pass, as the content script does.
    let terms;
    // The page's own engine, injected when first needed as the background injects it (page/load-engine): its
    // script's evaluation is part of the pass that needs it (ours here; pages over BACKGROUND_MAX_CHARS).
    const pageEngine = () => loadPageEngine(async () => (0, eval)(window.pwEngineSource));
    // No warm-up: the extension's content script starts fresh on every page load, so reading its
    // build-time pack and compiling its regexes are part of the page's cost. \`handed\`: the first
    // stage's verdict, which serves the first pass as in start-content.ts (null: look again).
    window.pwRun = async (handed) => {
      const t0 = performance.now();
      const kept = new WeakSet();
      const session = startPageSession({
        doc: document,
        // The analysis is the background's (background/page-analysis.ts): here a warm engine in the bench's
        // Node process, another process as the extension's service worker is, reached through a binding
        // (window.pwBackground). The page pays what messaging costs it (Chromium serialises messages as JSON)
        // and the round trip; the background's own work is timed apart (npm run bench).
        analyse: async (input, settings, options) => window.pwHere
          ? analyseForContent(await pageEngine(), input, settings, options, async (request) => JSON.parse(await window.pwBackground(JSON.stringify({ dataset: request }))))
          : analyseInBackgroundOrHere(input, settings, options, {
          engine: pageEngine,
          analysis: async (request) => {
            if (window.pwCapture) window.pwCapture.push(request);
            const analysis = unpackAnalysis(JSON.parse(await window.pwBackground(JSON.stringify(request))), request.input.text);
            if (request.record) kept.add(analysis);
            return analysis;
          },
          // Pages over BACKGROUND_MAX_CHARS are analysed here: the dataset's part still comes from the background.
          dataset: async (request) => {
            if (window.pwCapture) window.pwCapture.push({ dataset: request });
            return JSON.parse(await window.pwBackground(JSON.stringify({ dataset: request })));
          },
        }),
        prescreen(doc, url) {
          const verdict = handed;
          handed = null;
          return verdict ?? (window.pwFirstLookCore ? prescreenForContent(window.pwFirstLookCore(), doc, url) : 'maybe');
        },
        // The records' details come from the background, off this page's main thread, after the highlights.
        details: async (request) => {
          if (!window.pwAnswers) return noDetails();
          JSON.stringify({ type: 'page/details', ...request });
          await new Promise((r) => setTimeout(r, 0));
          return JSON.parse(window.pwAnswers.details);
        },
        terms: () => (terms ??= new Map(contentTermInfo().map((t) => [t.id, t]))),
        // Runtime messaging serialises the report on the page's main thread (Chromium: JSON): so does this,
        // except for an analysis the background kept already (start-content.ts).
        report: (analysis) => void (kept.has(analysis) || JSON.stringify({ type: 'page/analysed', analysis })),
        createPainter: () => createHighlightPainter(),
      }, DEFAULT_SETTINGS);
      await session.ready();
      await new Promise((r) => requestAnimationFrame(r));
      const ms = performance.now() - t0;
      window.pwSession = session;
      // mark.js reports one mark per text-node piece; count ours the same way (a split phrase is two).
      const vague = session.painted().filter((i) => i.kind === 'vague');
      return { ms, marks: vague.reduce((n, i) => n + i.segments.length, 0), matches: vague.length, beyond: session.analysis()?.beyondLimits?.vagueTerms ?? 0, relevant: session.analysis()?.relevant };
    };`);
  // The background's analysis (background/page-analysis.ts, the extension's own module) in a worker: another
  // thread with a warm engine, as the extension's service worker is another process.
  const background = await bundle(`
    import { createPageAnalysis } from './src/background/page-analysis';
    import { packAnalysis } from './src/core/analysis-wire';
    import { datasetIndexFor, datasetPartFor } from './src/core/dataset-part';
    import { extensionDataset } from './src/data/extension-dataset';
    const analyse = createPageAnalysis(extensionDataset, async () => []);
    let index;
    // page/analyse, or page/dataset for the page's own engine ({ dataset: request }).
    self.onmessage = async (event) => {
      const message = JSON.parse(event.data);
      // page/analyse answers packed (core/analysis-wire.ts), as background-handlers.ts does.
      const reply = message.dataset ? datasetPartFor((index ??= datasetIndexFor(extensionDataset())), message.dataset) : packAnalysis(await analyse(message), message.input.text);
      self.postMessage(JSON.stringify(reply));
    };`);
  const engine = await bundle(`
    import { installPageEngine } from './src/content/install-page-engine';
    installPageEngine();`);
  return { first, full, background, engine };
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.floor((s.length - 1) / 2)]! : NaN;
};

type Candidate = 'ours' | 'oursHere' | 'floor' | 'minimal' | 'markArray' | 'markRegExp';
/** `loadMs`: evaluating the first stage (every page); `fullLoadMs`: the full stage, where the first passed the page on. */
/** `matches`: whole phrases found (ours and the minimal highlighter), where `marks` counts text-node pieces. */
/** `beyond`: matches ours found past its listing limit (core/match-limits.ts), counted and not painted. */
type Sample = { ms: number; marks: number; matches?: number; beyond?: number; relevant?: boolean; pieces: string[]; loadMs?: number; fullLoadMs?: number };
type Scripts = { ours: OursScripts; markjs: string };

/**
 * One timed run on a fresh page. `timeoutMs` bounds it from Node: mark.js runs synchronously, so a timer
 * in the page could not fire before it ends.
 */
async function sample(browser: Browser, url: string, candidate: Candidate, scripts: Scripts, timeoutMs: number): Promise<Sample> {
  const page: Page = await browser.newPage();
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, fail) => {
    timer = setTimeout(() => fail(new Error(`${url} ${candidate}: no result after ${timeoutMs / 1000} s`)), timeoutMs);
  });
  try {
    return await Promise.race([run(page, url, candidate, scripts), timeout]);
  } finally {
    clearTimeout(timer);
    await page.close();
  }
}

/**
 * The highlights' styles, on the page before any timing as the browser injects the extension's content CSS
 * at load: Chromium's paint step works on styled highlights only, so without them painting would look free.
 * The minimal highlighter's highlight gets the same style as ours.
 */
const HIGHLIGHT_CSS = readFileSync(resolve(ROOT, 'src/content/highlight.css'), 'utf8') + '\n::highlight(bench-minimal) { background-color: rgba(213,94,0,.12); text-decoration: underline solid #D55E00 2px; }';

async function run(page: Page, url: string, candidate: Candidate, scripts: Scripts): Promise<Sample> {
  await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
  const isOurs = candidate === 'ours' || candidate === 'oursHere';
  if (isOurs || candidate === 'minimal') await page.addStyleTag({ content: HIGHLIGHT_CSS });
  // The extension's CSS is on the page from its start, so the page's style and layout are worked out with it
  // before any content script runs: worked out here before timing too, for every candidate. Without this the
  // first candidate to read a layout (ours, placing its window of highlights) paid the whole 1 MB page's
  // style recalculation for the style tag just added, which no candidate pays on a real page.
  await page.evaluate(() => new Promise((r) => {
    document.documentElement.getBoundingClientRect();
    requestAnimationFrame(() => setTimeout(r, 0));
  }));
  // tsx compiles this file with esbuild's keepNames, whose `__name` helper the page lacks.
  await page.evaluate('globalThis.__name = (f) => f');
  if (isOurs) await installBackground(page, scripts.ours);
  // The page's own engine, as the fallback runs it (and as every page did before the background analysed).
  if (candidate === 'oursHere') await page.evaluate(() => void ((window as never as { pwHere: boolean }).pwHere = true));
  let result: Omit<Sample, 'pieces'>;
  if (isOurs) {
    // Evaluating a script (parsing it, module set-up) happens before any of its work: timed apart, for
    // the first stage on every page (loadMs) and the full stage where it is loaded (fullLoadMs).
    const evaluate = (code: string) =>
      page.evaluate((source: string) => {
        const t0 = performance.now();
        (0, eval)(source);
        return performance.now() - t0;
      }, code);
    const loadMs = await evaluate(scripts.ours.first);
    const first = await page.evaluate(async () => {
      const t0 = performance.now();
      const verdict = (window as never as { pwFirst(): string }).pwFirst();
      const ms = performance.now() - t0;
      if (verdict !== 'not-relevant') return { verdict, ms };
      await new Promise((r) => requestAnimationFrame(r));
      return { verdict, ms: performance.now() - t0 };
    });
    if (first.verdict === 'not-relevant') result = { ms: first.ms, marks: 0, relevant: false, loadMs };
    else {
      const fullLoadMs = await evaluate(scripts.ours.full);
      const cdp = PROFILE_DIR ? await page.createCDPSession() : null;
      if (cdp) await Promise.all([cdp.send('Profiler.enable'), cdp.send('Profiler.setSamplingInterval', { interval: 100 })]).then(() => cdp.send('Profiler.start'));
      if (TRACE_DIR) await page.tracing.start({ path: resolve(TRACE_DIR, `${new URL(url).pathname.slice(1).replace(/\W+/g, '-')}-${Date.now()}.json`), categories: TRACE_CATEGORIES });
      const full = await page.evaluate((verdict: string) => (window as never as { pwRun(v: string): Promise<Omit<Sample, 'pieces'>> }).pwRun(verdict), first.verdict);
      if (TRACE_DIR) await page.tracing.stop();
      if (cdp) {
        const { profile } = await cdp.send('Profiler.stop');
        writeFileSync(resolve(PROFILE_DIR!, `${new URL(url).pathname.slice(1).replace(/\W+/g, '-')}-${Date.now()}.cpuprofile`), JSON.stringify(profile));
      }
      result = { ...full, ms: first.ms + full.ms, loadMs, fullLoadMs };
    }
  } else if (candidate === 'floor') {
    result = await page.evaluate(async () => {
      const t0 = performance.now();
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      let chars = 0;
      for (let n = walker.nextNode(); n; n = walker.nextNode()) chars += (n as Text).data.length;
      await new Promise((r) => requestAnimationFrame(r));
      return { ms: performance.now() - t0, marks: chars > 0 ? -1 : 0 };
    });
  } else if (candidate === 'minimal') {
    result = await page.evaluate(async (source: string) => {
      const t0 = performance.now();
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      const nodes: Text[] = [];
      const starts: number[] = [];
      const parts: string[] = [];
      let length = 0;
      for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
        const tag = (n.parentNode as Element).localName;
        if (tag === 'script' || tag === 'style') continue;
        nodes.push(n);
        starts.push(length);
        parts.push(n.data);
        length += n.data.length;
      }
      const text = parts.join('');
      const pattern = new RegExp(source, 'gi');
      const ranges: Range[] = [];
      let at = 0;
      for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
        const end = m.index + m[0].length;
        while (at + 1 < starts.length && starts[at + 1]! <= m.index) at++;
        let last = at;
        while (last + 1 < starts.length && starts[last + 1]! < end) last++;
        const range = document.createRange();
        range.setStart(nodes[at]!, m.index - starts[at]!);
        range.setEnd(nodes[last]!, end - starts[last]!);
        ranges.push(range);
      }
      CSS.highlights.set('bench-minimal', new Highlight(...ranges));
      await new Promise((r) => requestAnimationFrame(r));
      return { ms: performance.now() - t0, marks: -1, matches: ranges.length };
    }, VAGUE_SOURCE);
  } else {
    await page.addScriptTag({ content: scripts.markjs });
    result = await page.evaluate(
      (kind: string, phrases: string[], options: object, source: string) =>
        new Promise<{ ms: number; marks: number }>((done) => {
          const t0 = performance.now();
          const M = (window as never as { Mark: new (el: Element) => Record<string, (...a: unknown[]) => void> }).Mark;
          const instance = new M(document.body);
          const finish = (n: number) => requestAnimationFrame(() => done({ ms: performance.now() - t0, marks: n }));
          // mark.js goes from one phrase to the next by recursion and overflows the stack past about a thousand
          // ("Invalid regular expression: Stack overflow" with 1,277): the same phrases in chunks of 200, longest
          // first overall as mark.js itself orders them.
          if (kind === 'markArray') {
            const sorted = [...phrases].sort((a, b) => b.length - a.length);
            let total = 0;
            const next = (from: number) => {
              if (from >= sorted.length) return finish(total);
              // The next chunk from a fresh stack (a microtask: no timer's delay is added to mark.js's time).
              instance.mark!(sorted.slice(from, from + 200), { ...options, done: (n: number) => ((total += n), queueMicrotask(() => next(from + 200))) });
            };
            next(0);
          } else instance.markRegExp!(new RegExp(source, 'gi'), { acrossElements: true, done: finish });
        }),
      candidate,
      VAGUE_PHRASES,
      MARK_ARRAY_OPTIONS,
      VAGUE_SOURCE,
    );
  }
  // After the timing: every marked piece as "offset in the body's text: [piece]" with some text before
  // it, so a disagreement can say where. Neither mark.js (it splits text nodes) nor ours changes that text.
  if (candidate === 'floor' || candidate === 'minimal') return { ...result, pieces: [] };
  const pieces = await page.evaluate((kind: string) => {
    const starts = new Map<Node, number>();
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    let text = '';
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      starts.set(n, text.length);
      text += (n as Text).data;
    }
    const spans: [number, number][] = [];
    if (kind === 'ours') {
      // No session: the first stage ruled the page out and the full stage never ran, so nothing is marked.
      const session = (window as never as { pwSession?: { painted(): { kind: string; segments: { node: Node; start: number; end: number }[] }[] } }).pwSession;
      for (const item of session?.painted() ?? [])
        if (item.kind === 'vague') for (const s of item.segments) spans.push([starts.get(s.node)! + s.start, s.end - s.start]);
    } else
      for (const m of document.querySelectorAll('mark[data-markjs]')) spans.push([starts.get(m.firstChild!)!, m.textContent!.length]);
    return spans.map(([at, n]) => `${at}: ${text.slice(Math.max(0, at - 30), at).replace(/\s+/g, ' ')}[${text.slice(at, at + n)}]`);
  }, candidate);
  return { ...result, pieces };
}

/** Prints the pieces one candidate marked and the other did not (the first few); false if there are none. */
function describeDifference(name: string, a: [string, string[]], b: [string, string[]]): boolean {
  let differ = false;
  for (const [[x, xs], [y, ys]] of [[a, b], [b, a]] as const) {
    const other = new Set(ys);
    const only = xs.filter((p) => !other.has(p));
    if (only.length) console.error(`${name}: ${only.length} marked by ${x}, not by ${y}; first: ${only.slice(0, 8).join(' | ')}`);
    differ ||= only.length > 0;
  }
  return differ;
}

async function dynamicCase(browser: Browser, url: string, ours: OursScripts): Promise<{ totalMs: number; worstFrameMs: number; marks: number }> {
  const page = await browser.newPage();
  await page.goto(url, { waitUntil: 'load' });
  await page.evaluate('globalThis.__name = (f) => f');
  await installBackground(page, ours);
  await page.addScriptTag({ content: ours.full });
  await page.evaluate(() => (window as never as { pwRun(v: null): Promise<unknown> }).pwRun(null));
  const result = await page.evaluate(async (phrases: string[]) => {
    const before = (window as never as { pwSession: { painted(): unknown[] } }).pwSession.painted().length;
    const t0 = performance.now();
    let last = t0;
    let worst = 0;
    for (let b = 0; b < 50; b++) {
      const frag = document.createDocumentFragment();
      for (let i = 0; i < 20; i++) {
        const p = document.createElement('p');
        p.textContent = `Batch ${b} paragraph ${i}: lorem ipsum ${phrases[(b + i) % phrases.length]} dolor sit amet.`;
        frag.appendChild(p);
      }
      document.body.appendChild(frag);
      const now = await new Promise<number>((r) => requestAnimationFrame(r));
      worst = Math.max(worst, now - last);
      last = now;
    }
    const session = (window as never as { pwSession: { painted(): unknown[] } }).pwSession;
    while (session.painted().length < before + 1000) {
      const now = await new Promise<number>((r) => requestAnimationFrame(r));
      worst = Math.max(worst, now - last);
      last = now;
      if (now - t0 > 30_000) break;
    }
    return { totalMs: performance.now() - t0, worstFrameMs: worst, marks: session.painted().length - before };
  }, PHRASES);
  await page.close();
  return result;
}

/**
 * Worst-case pages (issue 13, row 13): what a hostile or merely huge page makes the content script do on
 * the page's main thread. Each runs ours (first stage, then the full stage) once on a fresh page, with a
 * `longtask` observer registered before either stage is evaluated: the page does nothing of its own after
 * load, so every long task reported is ours. Reports the longest task and the whole pass.
 */
const WORST_CASES: [string, () => string][] = [
  // 60,000 paragraphs restating one tracked commitment (~3.6 MB with markup): the restated search's worst case.
  ['repetitive 3.6MB', () => `<!doctype html><title>IBM</title><body><h1>IBM and facial recognition</h1>${'<p>IBM has sunset its general purpose facial recognition and analysis software products.</p>\n'.repeat(38_000)}</body>`],
  // 50,000 tiny elements, each a vague word: a text node (and a highlight range) per element.
  ['50,000 tiny elements', () => `<!doctype html><title>Facial recognition</title><body><h1>Facial recognition and human rights</h1><p>${'<b>responsibly</b> '.repeat(50_000)}</p></body>`],
  // One 5 MB text node: nothing to split the work on.
  ['one 5MB text node', () => {
    const sentence = 'Our facial recognition work respects human rights and we act responsibly where appropriate in due course. ';
    return `<!doctype html><title>Facial recognition</title><body><p>${sentence.repeat(Math.ceil(5_000_000 / sentence.length))}</p></body>`;
  }],
];

/**
 * The background's answers for a worst case, worked out in Node from the bundled dataset as the extension's
 * background works them out: the dataset's part for the page's request (captured in an untimed pass on
 * another load of the page), and the details of everything it could ask for. Serialised, as messaging
 * hands them to the page.
 */
/**
 * The extension's background as the bench stands in for it: its `page/analyse` (background/page-analysis.ts)
 * in a worker, another thread as the service worker is another process, warmed on a page of its own before
 * any timing (a service worker stays warm between pages). `window.pwBackground(json)` is the message: the
 * page pays for serialising the request and parsing the answer, as runtime messaging (JSON in Chromium).
 */
async function installBackground(page: Page, ours: OursScripts): Promise<void> {
  await page.evaluate(async (source: string) => {
    const worker = new Worker(URL.createObjectURL(new Blob([source], { type: 'text/javascript' })));
    const waiting: ((json: string) => void)[] = [];
    worker.onmessage = (event: MessageEvent<string>) => waiting.shift()?.(event.data);
    const ask = (json: string) =>
      new Promise<string>((resolve) => {
        waiting.push(resolve);
        worker.postMessage(json);
      });
    // A service worker that has analysed a few pages: three of about 100 KB.
    const warm = { url: 'https://warm.example/', title: 'Facial recognition', text: 'We act responsibly, where appropriate, on facial recognition and human rights, in due course. '.repeat(1100) };
    for (let i = 0; i < 3; i++) await ask(JSON.stringify({ input: warm, skipScreen: false }));
    (window as never as { pwBackground: typeof ask }).pwBackground = ask;
  }, ours.background);
  await page.evaluate((source: string) => void ((window as never as { pwEngineSource: string }).pwEngineSource = source), ours.engine);
}

/** The same analysis in Node, for working out the background's other answers beforehand. */
const backgroundEngine = engineFor(getBundledDataset());
const backgroundAnalysis = (request: { input: PageInput; skipScreen: boolean }): PageAnalysis =>
  runSteps(backgroundEngine.screenAndAnalyseSteps(request.input, { skipScreen: request.skipScreen }));

/**
 * The background's answer to the cards' and chip's `page/details` on a worst-case page, worked out beforehand
 * from a dry run's analysis as the background works it out (off the page's thread). The page pays what
 * messaging costs it: parsing the answer.
 */
async function backgroundAnswers(browser: Browser, url: string, ours: OursScripts): Promise<{ details: string }> {
  const page = await browser.newPage();
  try {
    await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
    await page.evaluate('globalThis.__name = (f) => f');
    await installBackground(page, ours);
    await page.evaluate(ours.first);
    await page.evaluate(ours.full);
    const request = (await page.evaluate(async () => {
      const w = window as never as { pwCapture: unknown[]; pwRun(v: null): Promise<unknown> };
      w.pwCapture = [];
      await w.pwRun(null);
      return w.pwCapture[0] ?? null;
    })) as { input: PageInput; skipScreen: boolean } | { dataset: DatasetPartRequest } | null;
    if (!request) return { details: JSON.stringify(noDetails()) };
    // The whole analysis (page/analyse), or for a page analysed on the page the dataset's part (page/dataset).
    const found =
      'dataset' in request ? datasetPartFor(datasetIndexFor(getBundledDataset()), request.dataset) : backgroundAnalysis(request);
    const details = pageDetailsFor(
      getBundledDataset(),
      {
        terms: getVagueTerms().map((t) => ({ id: t.id, questionIds: [...t.questionIds] })),
        commitmentIds: [...new Set([...found.restatedCommitments.map((r) => r.commitmentId), ...found.missingQuotes])],
        companyIds: found.companies.map((c) => c.id),
      },
      new Date(),
    );
    console.log(`worst case ${new URL(url).pathname}: the background names ${found.companies.length} companies and ${found.restatedCommitments.length} restated commitments`);
    return { details: JSON.stringify(details) };
  } finally {
    await page.close();
  }
}

async function worstCase(browser: Browser, url: string, ours: OursScripts): Promise<{ longestTaskMs: number; longTasks: number; totalMs: number; matches: number }> {
  const answers = await backgroundAnswers(browser, url, ours);
  const page = await browser.newPage();
  try {
    await page.evaluateOnNewDocument((a: { details: string }) => void ((window as unknown as { pwAnswers: unknown }).pwAnswers = a), answers);
    await page.evaluateOnNewDocument(() => {
      const w = window as unknown as { pwLongTasks: number[] };
      w.pwLongTasks = [];
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) w.pwLongTasks.push(entry.duration);
      }).observe({ type: 'longtask', buffered: true });
    });
    await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
    await page.addStyleTag({ content: HIGHLIGHT_CSS });
    await page.evaluate('globalThis.__name = (f) => f');
    await installBackground(page, ours);
    // The warmed worker's own clean-up (its garbage collection, its code optimised on other threads) is over
    // before timing, as a service worker's is between two pages.
    await new Promise((r) => setTimeout(r, 1500));
    if (TRACE_DIR) await page.tracing.start({ path: resolve(TRACE_DIR, `${new URL(url).pathname.slice(1).replace(/\W+/g, '-')}.json`), categories: TRACE_CATEGORIES });
    // Loading the page is the page's own work: only long tasks from here on are ours.
    await page.evaluate(() => ((window as unknown as { pwLongTasks: number[] }).pwLongTasks.length = 0));
    const t0 = Date.now();
    await page.evaluate(ours.first);
    const verdict = await page.evaluate(() => (window as never as { pwFirst(): string }).pwFirst());
    let matches = 0;
    if (verdict !== 'not-relevant') {
      await page.evaluate(ours.full);
      const cdp = PROFILE_DIR ? await page.createCDPSession() : null;
      if (cdp) await Promise.all([cdp.send('Profiler.enable'), cdp.send('Profiler.setSamplingInterval', { interval: 200 })]).then(() => cdp.send('Profiler.start'));
      matches = (await page.evaluate((v: string) => (window as never as { pwRun(v: string): Promise<{ matches: number }> }).pwRun(v), verdict)).matches;
      if (cdp) {
        const { profile } = await cdp.send('Profiler.stop');
        writeFileSync(resolve(PROFILE_DIR!, `${new URL(url).pathname.slice(1).replace(/\W+/g, '-')}.cpuprofile`), JSON.stringify(profile));
      }
    }
    const totalMs = Date.now() - t0;
    // A long task is reported after it ends: give the observer a frame.
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 1000))));
    const tasks = await page.evaluate(() => (window as unknown as { pwLongTasks: number[] }).pwLongTasks);
    if (TRACE_DIR) await page.tracing.stop();
    return { longestTaskMs: Math.max(0, ...tasks), longTasks: tasks.length, totalMs, matches };
  } finally {
    await page.close();
  }
}

/** `--trace DIR`: a Chromium trace of each of our passes, written to DIR (open it in DevTools' Performance panel). */
const TRACE_CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink.user_timing', 'v8', 'v8.execute'];
const TRACE_DIR = process.argv.includes('--trace') ? process.argv[process.argv.indexOf('--trace') + 1] : undefined;

/** `--worst`: the worst-case pages only. */
const WORST_ONLY = process.argv.includes('--worst');

/**
 * `--quick`: ours, the floor and the minimal highlighter, for iterating on the content script. Without
 * mark.js the run checks only that ours and the minimal highlighter find as many phrases, and its ratios
 * to mark.js are null.
 */
const QUICK = process.argv.includes('--quick');
/**
 * `--scale 1,4,20`: only the 100 KB relevant page, ours and the minimal highlighter, with the content script
 * built from datasets N times today's (PLEDGEWATCH_DATASET_SCALE, src/data/scale-dataset.ts): what a page
 * pays as the dataset grows, and what the content script's stages weigh.
 */
const SCALES = process.argv.includes('--scale') ? process.argv[process.argv.indexOf('--scale') + 1]!.split(',').map(Number) : null;
/**
 * `--sizes 1MB` (or `100KB,1MB`): only those relevant pages, ours, ours here, the floor and the minimal
 * highlighter, with no worst cases, unrelated or dynamic page: for iterating on one size.
 */
const ONLY_SIZES = process.argv.includes('--sizes') ? process.argv[process.argv.indexOf('--sizes') + 1]!.split(',') : null;
/** `--profile DIR`: a CPU profile of each of our full passes, written to DIR (open it in Chromium's DevTools). */
const PROFILE_DIR = process.argv.includes('--profile') ? process.argv[process.argv.indexOf('--profile') + 1] : undefined;

/** Per-sample limits, several times what a sample took here (2 cores): past them something is wrong. */
const MAX_SAMPLE_MS = 180_000;
const MARK_ARRAY_1MB_MS = 360_000;
/** `markRegExp` at 5 MB is superlinear: about a minute on a fast machine, over 180 s on a slow one (session 8). */
const MARK_REGEXP_5MB_MS = 600_000;
const sampleLimitMs = (size: string, candidate: Candidate) =>
  candidate === 'markArray' && size === '1MB' ? MARK_ARRAY_1MB_MS : candidate === 'markRegExp' && size === '5MB' ? MARK_REGEXP_5MB_MS : MAX_SAMPLE_MS;

async function main(): Promise<void> {
  const pages = new Map<string, string>();
  const sizes = ([['100KB', 100_000], ['1MB', 1_000_000], ['5MB', 5_000_000]] as [string, number][]).filter(([name]) => !ONLY_SIZES || ONLY_SIZES.includes(name));
  const expected = new Map<string, number>();
  for (const [name, bytes] of sizes) {
    const page = makePage(bytes, 42 + bytes, true);
    pages.set(`/${name}.html`, page.html);
    expected.set(name, page.phrases);
  }
  pages.set('/unrelated.html', makePage(1_000_000, 7, false).html);
  WORST_CASES.forEach(([, make], i) => pages.set(`/worst-${i}.html`, make()));
  pages.set('/base.html', makePage(5_000, 3, true).html);
  const server = createServer((req, res) => {
    const body = pages.get(req.url ?? '');
    res.writeHead(body ? 200 : 404, { 'content-type': 'text/html; charset=utf-8' }).end(body ?? 'not found');
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  if (PROFILE_DIR) mkdirSync(PROFILE_DIR, { recursive: true });
  if (TRACE_DIR) mkdirSync(TRACE_DIR, { recursive: true });
  const scripts = { ours: await bundleOurs(), markjs: readFileSync(resolve(ROOT, 'node_modules/mark.js/dist/mark.min.js'), 'utf8') };
  // The protocol's own limit (default 3 minutes per call) must not cut a long mark(array) sample short.
  const browser = await puppeteer.launch({ executablePath: CHROME, headless: true, defaultViewport: { width: 1200, height: 900 }, protocolTimeout: 2 * Math.max(MARK_ARRAY_1MB_MS, MARK_REGEXP_5MB_MS), args: ['--no-sandbox', '--disable-background-networking', '--no-first-run'] });
  const samples = { ours: 5, oursHere: 5, floor: 5, minimal: 5, markRegExp: 3, markArray: 1 } as const;
  const medians: Record<string, Partial<Record<Candidate, number>>> = {};
  let failed = false;
  const loads: number[] = [];
  const fullLoads: number[] = [];
  const worst: Record<string, Awaited<ReturnType<typeof worstCase>>> = {};
  try {
    for (const [i, [name]] of SCALES || ONLY_SIZES ? [] : WORST_CASES.entries()) {
      worst[name] = await worstCase(browser, `${origin}/worst-${i}.html`, scripts.ours);
      console.log(`worst case, ${name}: longest main-thread task ${worst[name]!.longestTaskMs.toFixed(0)} ms (${worst[name]!.longTasks} tasks over 50 ms), whole pass ${worst[name]!.totalMs} ms, ${worst[name]!.matches} matches`);
    }
    if (WORST_ONLY) {
      console.log(JSON.stringify({ worst }));
      return;
    }
    if (SCALES) {
      const scales: Record<string, unknown> = {};
      for (const n of SCALES) {
        process.env.PLEDGEWATCH_DATASET_SCALE = String(n);
        const ours = await bundleOurs();
        const byScale = { ...scripts, ours };
        const runs = { ours: [] as number[], minimal: [] as number[], fullLoad: [] as number[] };
        for (let i = 0; i < 7; i++) {
          runs.minimal.push((await sample(browser, origin + '/100KB.html', 'minimal', byScale, MAX_SAMPLE_MS)).ms);
          const s = await sample(browser, origin + '/100KB.html', 'ours', byScale, MAX_SAMPLE_MS);
          if (s.relevant !== true) failed = true;
          runs.ours.push(s.ms);
          if (s.fullLoadMs !== undefined) runs.fullLoad.push(s.fullLoadMs);
        }
        const entry = {
          firstStageKB: Math.round(ours.first.length / 1024),
          fullStageKB: Math.round(ours.full.length / 1024),
          fullStageEvalMs: Number(median(runs.fullLoad).toFixed(1)),
          ours100KBMs: Number(median(runs.ours).toFixed(1)),
          minimal100KBMs: Number(median(runs.minimal).toFixed(1)),
          oursWithEvalMs: Number((median(runs.ours) + median(runs.fullLoad)).toFixed(1)),
        };
        scales[`x${n}`] = entry;
        console.log(`×${n}: ${JSON.stringify(entry)}`);
      }
      delete process.env.PLEDGEWATCH_DATASET_SCALE;
      console.log(JSON.stringify({ scales }));
      return;
    }
    for (const [name] of sizes) {
      medians[name] = {};
      const counts: Partial<Record<Candidate, number>> = {};
      const matches: Partial<Record<Candidate, number>> = {};
      const pieces: Partial<Record<Candidate, string[]>> = {};
      let beyond = 0;
      for (const candidate of (QUICK || ONLY_SIZES ? ['floor', 'minimal', 'ours', 'oursHere'] : ['floor', 'minimal', 'ours', 'oursHere', 'markRegExp', 'markArray']) as Candidate[]) {
        if (candidate === 'markArray' && name === '5MB') {
          console.log(`${name} markArray: skipped (one pass per phrase over 5 MB would take tens of minutes)`);
          continue;
        }
        // mark.js is superlinear: one markRegExp sample at 5 MB already takes about a minute.
        const n = candidate === 'markArray' && name === '100KB' ? 3 : candidate === 'markRegExp' && name === '5MB' ? 1 : samples[candidate];
        const times: number[] = [];
        for (let i = 0; i < n; i++) {
          const s = await sample(browser, origin + `/${name}.html`, candidate, scripts, sampleLimitMs(name, candidate));
          times.push(s.ms);
          counts[candidate] = s.marks;
          matches[candidate] = s.matches;
          pieces[candidate] = s.pieces;
          if (candidate === 'ours') beyond = s.beyond ?? 0;
          if (s.loadMs !== undefined) loads.push(s.loadMs);
          if (s.fullLoadMs !== undefined) fullLoads.push(s.fullLoadMs);
          if ((candidate === 'ours' || candidate === 'oursHere') && s.relevant !== true) console.log(`${name}: page judged not relevant`);
        }
        medians[name]![candidate] = median(times);
        const found = matches[candidate] === undefined ? '' : `, matches ${matches[candidate]}`;
        console.log(`${name} ${candidate}: median ${median(times).toFixed(1)} ms over ${n} (${times.map((t) => t.toFixed(0)).join(', ')}); marks ${counts[candidate]}${found}`);
      }
      // Past its listing limit ours paints the first matches and counts the rest: its figure then covers
      // less painting than the peers' (said here), and the peers' pieces are compared up to as many as it has.
      if (beyond > 0) {
        console.log(`${name}: ours lists and paints the first ${matches.ours} of ${(matches.ours ?? 0) + beyond} phrases (core/match-limits.ts); the peers paint all`);
        const byOffset = (list: string[]) => [...list].sort((a, b) => parseInt(a, 10) - parseInt(b, 10));
        for (const c of ['markRegExp', 'markArray'] as const) if (pieces[c]) pieces[c] = byOffset(pieces[c]).slice(0, pieces.ours!.length);
      }
      const markCounts = (['ours', 'markRegExp', 'markArray'] as Candidate[]).filter((c) => counts[c] !== undefined && (beyond === 0 || c === 'ours')).map((c) => [c, counts[c]] as const);
      if (new Set(markCounts.map(([, n]) => n)).size !== 1) {
        console.error(`${name}: mark counts disagree: ${markCounts.map(([c, n]) => `${c}=${n}`).join(' ')} (pieces; ${expected.get(name)} phrases generated)`);
        failed = true;
      }
      if (matches.oursHere !== matches.ours) {
        console.error(`${name}: ours found ${matches.ours} phrases through the background, ${matches.oursHere} on the page`);
        failed = true;
      }
      if ((matches.ours ?? 0) + beyond !== matches.minimal) {
        console.error(`${name}: the minimal highlighter found ${matches.minimal} phrases, ours ${matches.ours}`);
        failed = true;
      }
      // Equal counts can still hide different marks ("in general" where ours marks "general purpose"):
      // the pieces, where and what, must be the same too.
      for (const c of ['markRegExp', 'markArray'] as const)
        if (pieces[c] && describeDifference(name, ['ours', pieces.ours!], [c, pieces[c]])) failed = true;
    }
    if (ONLY_SIZES) {
      console.log(JSON.stringify({ ratioToMinimal: Object.fromEntries(sizes.map(([n]) => [n, medians[n]!.ours! / medians[n]!.minimal!])), mediansMs: medians, fullStageEvalMs: median(fullLoads) }));
      return;
    }
    const unrelated = { ours: [] as number[], floor: [] as number[] };
    // Nine samples: "up to the next frame" rounds some samples up by most of a frame, and these are short.
    for (let i = 0; i < 9; i++) {
      unrelated.floor.push((await sample(browser, origin + '/unrelated.html', 'floor', scripts, MAX_SAMPLE_MS)).ms);
      const s = await sample(browser, origin + '/unrelated.html', 'ours', scripts, MAX_SAMPLE_MS);
      if (s.marks !== 0) failed = true;
      unrelated.ours.push(s.ms);
      if (s.loadMs !== undefined) loads.push(s.loadMs);
    }
    const list = (xs: number[]) => xs.map((t) => t.toFixed(0)).join(', ');
    console.log(`unrelated 1MB: ours median ${median(unrelated.ours).toFixed(1)} ms (${list(unrelated.ours)}), floor ${median(unrelated.floor).toFixed(1)} ms (${list(unrelated.floor)})`);
    console.log(`script evaluation (before any work; not in the ratios above): first stage, every page, median ${median(loads).toFixed(1)} ms over ${loads.length}; full stage, pages the first passes on, median ${median(fullLoads).toFixed(1)} ms over ${fullLoads.length}`);
    const dynamic = await dynamicCase(browser, origin + '/base.html', scripts.ours);
    console.log(`dynamic: 50 batches x 20 paragraphs: total ${dynamic.totalMs.toFixed(0)} ms, worst frame ${dynamic.worstFrameMs.toFixed(1)} ms, ${dynamic.marks} marks`);
    const ratio = (a?: number, b?: number) => (a !== undefined && b !== undefined ? Number((a / b).toFixed(2)) : null);
    const summary = {
      ratioVsMarkArray: Object.fromEntries(sizes.map(([n]) => [n, ratio(medians[n]!.markArray, medians[n]!.ours)])),
      ratioVsMarkRegExp: Object.fromEntries(sizes.map(([n]) => [n, ratio(medians[n]!.markRegExp, medians[n]!.ours)])),
      // What ours costs beyond the least a highlighter of the same phrases does, and what that least costs.
      ratioToMinimal: Object.fromEntries(sizes.map(([n]) => [n, ratio(medians[n]!.ours, medians[n]!.minimal)])),
      // The same with the page's own engine (the fallback; every page before the background analysed).
      hereToMinimal: Object.fromEntries(sizes.map(([n]) => [n, ratio(medians[n]!.oursHere, medians[n]!.minimal)])),
      minimalToFloor: Object.fromEntries(sizes.map(([n]) => [n, ratio(medians[n]!.minimal, medians[n]!.floor)])),
      ratioToFloor: { ...Object.fromEntries(sizes.map(([n]) => [n, ratio(medians[n]!.ours, medians[n]!.floor)])), unrelated1MB: ratio(median(unrelated.ours), median(unrelated.floor)) },
      mediansMs: medians,
      scriptEvalMs: { firstStage: Number(median(loads).toFixed(1)), fullStage: Number(median(fullLoads).toFixed(1)) },
      unrelated1MBWithScriptEval: ratio(median(unrelated.ours) + median(loads), median(unrelated.floor)),
      dynamic,
      worst,
      countsAgree: !failed,
    };
    console.log(JSON.stringify(summary));
  } finally {
    await browser.close();
    server.close();
  }
  if (failed) process.exit(1);
}

await main();

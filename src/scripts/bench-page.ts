/**
 * `npm run bench:page`: the content script's page work in headless Chromium, against mark.js and a bare
 * TreeWalker pass, on seeded pages of 100 KB, 1 MB and 5 MB (inline elements split the text; phrases
 * inside <script> must not be marked). Every sample gets a fresh page. Times: our whole pass (extract,
 * classify with the real core, highlight through CSS.highlights, up to the next frame); mark.js
 * `mark(array)` (separateWordSearch: false, acrossElements: true) and `markRegExp` with the same
 * phrases; the floor (a TreeWalker over every text node, up to the next frame). Mark counts must agree
 * or the run fails. Also: 50 batches of 20 paragraphs appended one per frame, and an unrelated page.
 * Prints medians and ratios; the last line is JSON.
 *
 * mark.js is superlinear in page size: `mark(array)` is sampled once at 1 MB and skipped at 5 MB, and
 * `markRegExp` sampled once at 5 MB (about a minute), so the whole run takes about three minutes.
 */
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { build } from 'esbuild';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';

const ROOT = resolve(import.meta.dirname, '../..');
const CHROME = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const PHRASES = ['general purpose', 'where appropriate', 'responsibly', 'take appropriate steps', 'in due course', 'we strive'];
const FILLER = 'lorem ipsum dolor sit amet consectetur adipiscing elit sed do eiusmod tempor incididunt ut labore et dolore magna aliqua enim ad minim veniam quis nostrud exercitation ullamco laboris nisi aliquip ex ea commodo consequat duis aute irure in reprehenderit voluptate velit esse cillum fugiat nulla pariatur'.split(' ');

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

async function bundleOurs(): Promise<string> {
  const result = await build({
    stdin: {
      contents: `
        import { startPageSession } from './src/content/page-session';
        import { createHighlightPainter } from './src/content/paint-highlights';
        import { analyseForContent } from './src/content/analyse';
        import { getVagueTerms } from './src/core/lexicon/index';
        import { getBundledDataset } from './src/data/dataset';
        import { DEFAULT_SETTINGS } from './src/storage/settings';
        const terms = new Map(getVagueTerms().map((t) => [t.id, t]));
        // No warm-up: the extension's content script starts fresh on every page load, so building its
        // matchers (and, on a relevant page, validating the dataset) is part of the page's cost.
        window.pwRun = async () => {
          const t0 = performance.now();
          const session = startPageSession({
            doc: document,
            analyse: (input, _settings, options) => analyseForContent(input, DEFAULT_SETTINGS, options),
            dataset: getBundledDataset,
            terms: () => terms,
            report: () => {},
            createPainter: () => createHighlightPainter(),
            now: () => new Date(),
          }, DEFAULT_SETTINGS);
          await session.ready();
          await new Promise((r) => requestAnimationFrame(r));
          const ms = performance.now() - t0;
          window.pwSession = session;
          // mark.js reports one mark per text-node piece; count ours the same way (a split phrase is two).
          const vague = session.painted().filter((i) => i.kind === 'vague');
          return { ms, marks: vague.reduce((n, i) => n + i.segments.length, 0), matches: vague.length, relevant: session.analysis()?.relevant };
        };`,
      resolveDir: ROOT,
      loader: 'ts',
    },
    bundle: true,
    format: 'iife',
    write: false,
    target: 'es2022',
    jsx: 'automatic',
    jsxImportSource: 'preact',
    plugins: [
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
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.floor((s.length - 1) / 2)]! : NaN;
};

type Candidate = 'ours' | 'floor' | 'markArray' | 'markRegExp';

async function sample(browser: Browser, url: string, candidate: Candidate, scripts: { ours: string; markjs: string }): Promise<{ ms: number; marks: number }> {
  const page: Page = await browser.newPage();
  try {
    await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
    // tsx compiles this file with esbuild's keepNames, whose `__name` helper the page lacks.
    await page.evaluate('globalThis.__name = (f) => f');
    if (candidate === 'ours') {
      await page.addScriptTag({ content: scripts.ours });
      return await page.evaluate(() => (window as never as { pwRun(): Promise<{ ms: number; marks: number }> }).pwRun());
    }
    if (candidate === 'floor') {
      return await page.evaluate(async () => {
        const t0 = performance.now();
        const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
        let chars = 0;
        for (let n = walker.nextNode(); n; n = walker.nextNode()) chars += (n as Text).data.length;
        await new Promise((r) => requestAnimationFrame(r));
        return { ms: performance.now() - t0, marks: chars > 0 ? -1 : 0 };
      });
    }
    await page.addScriptTag({ content: scripts.markjs });
    return await page.evaluate(
      (kind: string, phrases: string[], timeout: number) =>
        new Promise<{ ms: number; marks: number }>((done, fail) => {
          const t0 = performance.now();
          const M = (window as never as { Mark: new (el: Element) => Record<string, (...a: unknown[]) => void> }).Mark;
          const instance = new M(document.body);
          const finish = (n: number) => requestAnimationFrame(() => done({ ms: performance.now() - t0, marks: n }));
          setTimeout(() => fail(new Error('mark.js timed out')), timeout);
          const common = { acrossElements: true, done: finish };
          if (kind === 'markArray') instance.mark!(phrases, { ...common, separateWordSearch: false });
          else {
            const escaped = phrases.map((p) => p.replace(/ /g, '[\\s\\-]+'));
            instance.markRegExp!(new RegExp(`\\b(?:${escaped.join('|')})\\b`, 'gi'), common);
          }
        }),
      candidate,
      PHRASES,
      600_000,
    );
  } finally {
    await page.close();
  }
}

async function dynamicCase(browser: Browser, url: string, ours: string): Promise<{ totalMs: number; worstFrameMs: number; marks: number }> {
  const page = await browser.newPage();
  await page.goto(url, { waitUntil: 'load' });
  await page.evaluate('globalThis.__name = (f) => f');
  await page.addScriptTag({ content: ours });
  await page.evaluate(() => (window as never as { pwRun(): Promise<unknown> }).pwRun());
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

async function main(): Promise<void> {
  const pages = new Map<string, string>();
  const sizes: [string, number][] = [['100KB', 100_000], ['1MB', 1_000_000], ['5MB', 5_000_000]];
  const expected = new Map<string, number>();
  for (const [name, bytes] of sizes) {
    const page = makePage(bytes, 42 + bytes, true);
    pages.set(`/${name}.html`, page.html);
    expected.set(name, page.phrases);
  }
  pages.set('/unrelated.html', makePage(1_000_000, 7, false).html);
  pages.set('/base.html', makePage(5_000, 3, true).html);
  const server = createServer((req, res) => {
    const body = pages.get(req.url ?? '');
    res.writeHead(body ? 200 : 404, { 'content-type': 'text/html; charset=utf-8' }).end(body ?? 'not found');
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const scripts = { ours: await bundleOurs(), markjs: readFileSync(resolve(ROOT, 'node_modules/mark.js/dist/mark.min.js'), 'utf8') };
  const browser = await puppeteer.launch({ executablePath: CHROME, headless: true, args: ['--no-sandbox', '--disable-background-networking', '--no-first-run'] });
  const samples = { ours: 5, floor: 5, markRegExp: 3, markArray: 1 } as const;
  const medians: Record<string, Partial<Record<Candidate, number>>> = {};
  let failed = false;
  try {
    for (const [name] of sizes) {
      medians[name] = {};
      const counts: Partial<Record<Candidate, number>> = {};
      for (const candidate of ['floor', 'ours', 'markRegExp', 'markArray'] as Candidate[]) {
        if (candidate === 'markArray' && name === '5MB') {
          console.log(`${name} markArray: skipped (one pass per phrase over 5 MB takes minutes)`);
          continue;
        }
        // mark.js is superlinear: one markRegExp sample at 5 MB already takes about a minute.
        const n = candidate === 'markArray' && name === '100KB' ? 3 : candidate === 'markRegExp' && name === '5MB' ? 1 : samples[candidate];
        const times: number[] = [];
        for (let i = 0; i < n; i++) {
          const s = await sample(browser, origin + `/${name}.html`, candidate, scripts);
          times.push(s.ms);
          counts[candidate] = s.marks;
          if (candidate === 'ours' && (s as { relevant?: boolean }).relevant !== true) console.log(`${name}: page judged not relevant`);
        }
        medians[name]![candidate] = median(times);
        console.log(`${name} ${candidate}: median ${median(times).toFixed(1)} ms over ${n} (${times.map((t) => t.toFixed(0)).join(', ')}); marks ${counts[candidate]}`);
      }
      const markCounts = (['ours', 'markRegExp', 'markArray'] as Candidate[]).filter((c) => counts[c] !== undefined).map((c) => [c, counts[c]] as const);
      if (new Set(markCounts.map(([, n]) => n)).size !== 1) {
        console.error(`${name}: mark counts disagree: ${markCounts.map(([c, n]) => `${c}=${n}`).join(' ')} (pieces; ${expected.get(name)} phrases generated)`);
        failed = true;
      }
    }
    const unrelated = { ours: [] as number[], floor: [] as number[] };
    for (let i = 0; i < 5; i++) {
      unrelated.floor.push((await sample(browser, origin + '/unrelated.html', 'floor', scripts)).ms);
      const s = await sample(browser, origin + '/unrelated.html', 'ours', scripts);
      if (s.marks !== 0) failed = true;
      unrelated.ours.push(s.ms);
    }
    console.log(`unrelated 1MB: ours median ${median(unrelated.ours).toFixed(1)} ms, floor ${median(unrelated.floor).toFixed(1)} ms`);
    const dynamic = await dynamicCase(browser, origin + '/base.html', scripts.ours);
    console.log(`dynamic: 50 batches x 20 paragraphs: total ${dynamic.totalMs.toFixed(0)} ms, worst frame ${dynamic.worstFrameMs.toFixed(1)} ms, ${dynamic.marks} marks`);
    const ratio = (a?: number, b?: number) => (a !== undefined && b !== undefined ? Number((a / b).toFixed(2)) : null);
    const summary = {
      ratioVsMarkArray: Object.fromEntries(sizes.map(([n]) => [n, ratio(medians[n]!.markArray, medians[n]!.ours)])),
      ratioVsMarkRegExp: Object.fromEntries(sizes.map(([n]) => [n, ratio(medians[n]!.markRegExp, medians[n]!.ours)])),
      ratioToFloor: { ...Object.fromEntries(sizes.map(([n]) => [n, ratio(medians[n]!.ours, medians[n]!.floor)])), unrelated1MB: ratio(median(unrelated.ours), median(unrelated.floor)) },
      mediansMs: medians,
      dynamic,
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

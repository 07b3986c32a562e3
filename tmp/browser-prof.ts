import { build } from 'esbuild';
import puppeteer from 'puppeteer-core';
import { resolve } from 'node:path';
const ROOT = resolve(process.argv[2] ?? '.');
const plugins: any[] = [];
try { const m = await import(ROOT + '/src/build/pack-modules.ts'); plugins.push(m.packEsbuildPlugin()); } catch {}
const code = (await build({ stdin: { contents: `
  import { analyseForContent } from './src/content/analyse';
  window.pwAnalyse = (text) => { const t0 = performance.now(); const r = analyseForContent({ url: 'https://bench.example/p', title: 'Facial recognition', text }, { customTerms: [] }, { skipScreen: true }); return { ms: performance.now() - t0, relevant: r.relevant, vague: r.vagueTerms.length, restated: r.restatedCommitments.length }; };
`, resolveDir: ROOT, loader: 'ts' }, bundle: true, format: 'iife', write: false, minify: true, target: 'es2022', plugins })).outputFiles[0]!.text;
const words = 'the general purpose company facial recognition where appropriate responsibly human rights policy we will and data of to in IBM'.split(' ');
let text = ''; let i = 0; while (text.length < 100_000) { text += words[(i * 7919) % words.length] + ' '; i++; if (i % 40 === 0) text += '.\n'; }
const browser = await puppeteer.launch({ executablePath: '/usr/bin/chromium', headless: true, args: ['--no-sandbox'] });
for (let k = 0; k < 5; k++) {
  const page = await browser.newPage();
  await page.goto('about:blank');
  const e0 = Date.now();
  await page.evaluate((c: string) => { const t = performance.now(); (0, eval)(c); (window as any).evalMs = performance.now() - t; }, code);
  const r = await page.evaluate((t: string) => ({ ...(window as any).pwAnalyse(t), evalMs: (window as any).evalMs, second: (window as any).pwAnalyse(t).ms }), text);
  console.log(JSON.stringify(r), code.length);
  await page.close();
}
await browser.close();

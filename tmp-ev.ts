import { readFileSync } from 'node:fs';
import puppeteer from 'puppeteer-core';
const code = readFileSync(process.argv[2] ?? '/tmp/prof/full-wxt-unmin.js', 'utf8');
const stub = `globalThis.browser = globalThis.chrome = { runtime: { id: 'x', onMessage: { addListener() {}, removeListener() {} }, sendMessage: async () => ({ ok: true, value: null }), getURL: (p) => p }, storage: { local: { get: async () => ({}) }, onChanged: { addListener() {}, removeListener() {} } } };`;
const browser = await puppeteer.launch({ executablePath: '/usr/bin/chromium', headless: true, args: ['--no-sandbox'] });
const agg = new Map<string, number>(); const times: number[] = [];
const N = 6;
for (let i = 0; i < N; i++) {
  const page = await browser.newPage(); await page.goto('about:blank');
  await page.evaluate((s: string) => { (0, eval)(s); }, stub);
  const cdp = await page.createCDPSession();
  await cdp.send('Profiler.enable'); await cdp.send('Profiler.setSamplingInterval', { interval: 50 }); await cdp.send('Profiler.start');
  times.push(await page.evaluate((s: string) => { const t = performance.now(); try { (0, eval)(s); } catch (e) { console.log(e); return -1; } return performance.now() - t; }, code));
  const { profile } = await cdp.send('Profiler.stop');
  const byId = new Map(profile.nodes.map((n: any) => [n.id, n])); const dt = profile.timeDeltas;
  profile.samples.forEach((s: number, k: number) => { const n: any = byId.get(s); const key = `${n.callFrame.functionName || '(anon)'}:${n.callFrame.lineNumber}`; if (/\(idle\)|\(program\)/.test(key)) return; agg.set(key, (agg.get(key) ?? 0) + (dt[k + 1] ?? 0) / 1000 / N); });
  await page.close();
}
console.log('eval ms', times.map((t) => t.toFixed(1)).join(' '));
for (const [k, v] of [...agg].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log(v.toFixed(2).padStart(6), k);
await browser.close();

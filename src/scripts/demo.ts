/**
 * `npm run demo`: builds the extension and opens Chromium with it on a bundled sample press release.
 * With a display: a normal window you can use (close it to end). Without one (or with --headless):
 * headless, printing what the extension found and saving screenshots of the page and the popup.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { extensionIdOf, findChromium, HOW_TO_GET_CHROMIUM, launchChromiumWithExtension, tabIdOf } from './chromium';
import { startStaticServer } from './static-server';

const root = resolve(import.meta.dirname, '../..');
const args = process.argv.slice(2);
const outDir = resolve(root, args.find((a) => a.startsWith('--out='))?.slice(6) ?? 'demo-output');
const hasDisplay = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY) || process.platform !== 'linux';
const headless = args.includes('--headless') || !hasDisplay;

const executablePath = findChromium();
if (!executablePath) {
  console.error(HOW_TO_GET_CHROMIUM);
  process.exit(1);
}

if (!args.includes('--no-build')) {
  console.log('Building the extension (wxt build)…');
  execFileSync('npx', ['wxt', 'build'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
}

const server = await startStaticServer(resolve(root, 'assets/demo'));
const pageUrl = server.url('/press-release.html');
const browser = await launchChromiumWithExtension({
  executablePath,
  extensionDir: resolve(root, '.output/chrome-mv3'),
  headless,
});
const extensionId = await extensionIdOf(browser);
const [page] = await browser.pages();
const tab = page ?? (await browser.newPage());
await tab.goto(pageUrl, { waitUntil: 'load' });

if (!headless) {
  console.log(`Chromium (${executablePath}) is open on ${pageUrl} with Pledgewatch loaded.`);
  console.log('Click the Pledgewatch toolbar button (pin it from the puzzle-piece menu) to open the popup. Close the window to end.');
  await new Promise<void>((done) => browser.on('disconnected', () => done()));
  await server.close();
  process.exit(0);
}

mkdirSync(outDir, { recursive: true });
const popup = await browser.newPage();
await popup.goto(`chrome-extension://${extensionId}/popup.html`);
const tabId = await tabIdOf(popup, pageUrl);
const state = await waitForAnalysis(popup, tabId);
await tab.bringToFront();
await tab.screenshot({ path: resolve(outDir, 'page.png'), fullPage: true });
await popup.setViewport({ width: 440, height: 600 });
await popup.goto(`chrome-extension://${extensionId}/popup.html?tabId=${tabId}`);
await popup.bringToFront();
await popup.waitForNetworkIdle({ idleTime: 300, timeout: 5_000 }).catch(() => {});
await popup.screenshot({ path: resolve(outDir, 'popup.png'), fullPage: true });
printSummary(state);
console.log(`\nScreenshots: ${resolve(outDir, 'page.png')} and ${resolve(outDir, 'popup.png')}`);
await browser.close();
await server.close();

/** Asks the background for the tab's state until the content script's analysis has arrived. */
async function waitForAnalysis(extensionPage: import('puppeteer-core').Page, id: number): Promise<unknown> {
  let reply: unknown = null;
  for (let attempt = 0; attempt < 50; attempt++) {
    reply = await extensionPage.evaluate(async (tab) => {
      const api = (globalThis as unknown as { chrome: { runtime: { sendMessage(m: object): Promise<unknown> } } }).chrome;
      return api.runtime.sendMessage({ type: 'tab/get', tabId: tab }).catch((e: Error) => ({ ok: false, error: e.message }));
    }, id);
    if ((reply as { value?: { analysis?: unknown } } | null)?.value?.analysis) return reply;
    await new Promise((r) => setTimeout(r, 200));
  }
  return reply;
}

function printSummary(reply: unknown): void {
  const value = (reply as { ok?: boolean; value?: { analysis?: Record<string, unknown> | null } } | undefined)?.value;
  const analysis = value?.analysis as
    | { relevant: boolean; kind: string; topics: { id: string; score: number }[]; companies: { name: string }[]; vagueTerms: { text: string; category: string }[]; restatedCommitments: { commitmentId: string }[] }
    | undefined;
  if (!analysis) {
    console.log('The extension reported no analysis for the sample page.', JSON.stringify(reply));
    process.exitCode = 1;
    return;
  }
  console.log(`\nPledgewatch on ${pageUrl}`);
  console.log(`  relevant: ${analysis.relevant}   kind: ${analysis.kind}`);
  console.log(`  companies: ${analysis.companies.map((c) => c.name).join(', ') || 'none'}`);
  console.log(`  topics: ${analysis.topics.map((t) => `${t.id} (${t.score.toFixed(1)})`).join(', ') || 'none'}`);
  const terms = [...new Set(analysis.vagueTerms.map((v) => `"${v.text}" (${v.category})`))];
  console.log(`  vague terms: ${terms.join(', ') || 'none'}`);
  console.log(`  restated commitments: ${analysis.restatedCommitments.map((r) => r.commitmentId).join(', ') || 'none'}`);
}

// The import boundaries in tests/eslint.config.js, run through ESLint itself: each rule reports a
// deliberate violation, and the same code where the rule does not apply passes. Without this, a typo in
// a glob or a pattern would leave a boundary silently unenforced while `npm run lint` stays green.
import { fileURLToPath } from 'node:url';
import { ESLint, type Linter } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
const BOUNDARY_RULES = new Set(['no-restricted-imports', 'no-restricted-syntax', 'no-restricted-globals']);

let eslint: ESLint;
beforeAll(() => {
  eslint = new ESLint({ cwd: ROOT, overrideConfigFile: 'tests/eslint.config.js', cache: false });
});

/** What ESLint says of `code` as if it were the file at `filePath` (which need not exist). */
async function lint(code: string, filePath: string): Promise<Linter.LintMessage[]> {
  const [result] = await eslint.lintText(code, { filePath, warnIgnored: true });
  const messages = result!.messages;
  // A parse error or "file ignored" would make every expectation below meaningless.
  expect(messages.filter((m) => m.fatal || m.ruleId === null), `${filePath}: ${JSON.stringify(messages)}`).toEqual([]);
  return messages;
}

const boundaryErrors = async (code: string, filePath: string) =>
  (await lint(code, filePath)).filter((m) => m.severity === 2 && BOUNDARY_RULES.has(m.ruleId ?? ''));

// [what, code, where it is refused, where the same code is allowed]
const CASES: [string, string, string, string][] = [
  ['the extension API in the core', "import { browser } from 'wxt/browser';\nexport const id = browser.runtime.id;", 'src/core/x.ts', 'src/background/x.ts'],
  ['the extension API in a core subfolder', "export { browser } from 'wxt/browser';", 'src/core/matcher/x.ts', 'src/content/x.ts'],
  ['the polyfill in the core', "import 'webextension-polyfill';", 'src/core/x.ts', 'src/background/x.ts'],
  ['IndexedDB in the core', "import { openDB } from 'idb';\nexport const open = openDB;", 'src/core/x.ts', 'src/storage/x.ts'],
  ['Preact in the core', "import { render } from 'preact';\nexport const r = render;", 'src/core/x.ts', 'src/ui/x.tsx'],
  ['Preact hooks in the core', "import { useState } from 'preact/hooks';\nexport const u = useState;", 'src/core/lexicon/x.ts', 'src/ui/popup/x.tsx'],
  ['storage in the core', "import { loadSettings } from '../storage/settings';\nexport const l = loadSettings;", 'src/core/x.ts', 'src/content/x.ts'],
  ['UI code in the core, two folders up', "import { nameOf } from '../../ui/common/records';\nexport const n = nameOf;", 'src/core/matcher/x.ts', 'src/content/ui/x.ts'],
  ['UI code in the core through the @ alias', "import { nameOf } from '@/src/ui/common/records';\nexport const n = nameOf;", 'src/core/x.ts', 'src/cli/x.ts'],
  ['messaging in the core', "import { toBackground } from '../messaging/protocol';\nexport const t = toBackground;", 'src/core/x.ts', 'src/background/x.ts'],
  ['the flags database in the core', "import '../flags/store/flags-db';", 'src/core/x.ts', 'src/background/x.ts'],
  ['flags UI in the core', "import '../flags/ui/flag-panel';", 'src/core/x.ts', 'src/ui/x.ts'],
  ['flags background wiring in the core', "import '../flags/background/flags-background';", 'src/core/x.ts', 'src/background/x.ts'],
  ['flags code outside the model in the core', "import '../flags/outbox';", 'src/core/x.ts', 'src/background/x.ts'],
  ['a dynamic import of the extension API in the core', "export const load = () => import('wxt/browser');", 'src/core/x.ts', 'src/content/x.ts'],
  ['a dynamic import of storage in the core', "export const load = () => import('../storage/settings');", 'src/core/x.ts', 'src/content/x.ts'],
  ['a dynamic import of the flags database in the core', "export const load = () => import('../flags/store/flags-db');", 'src/core/x.ts', 'src/background/x.ts'],
  ['the page document in the core', 'export const title = () => document.title;', 'src/core/x.ts', 'src/content/x.ts'],
  ['the window in the core', 'export const href = () => window.location.href;', 'src/core/x.ts', 'src/content/x.ts'],
  ['the browser global in the core', 'export const id = () => browser.runtime.id;', 'src/core/x.ts', 'src/background/x.ts'],
  ['chrome in the core', 'export const id = () => chrome.runtime.id;', 'src/core/x.ts', 'src/background/x.ts'],
  ['IndexedDB as a global in the core', "export const open = () => indexedDB.open('x');", 'src/core/x.ts', 'src/storage/x.ts'],
  ['the background in the content script', "import '../background/badge';", 'src/content/x.ts', 'src/background/x.ts'],
  ['the background in the content UI', "import { computeBadge } from '../../background/badge';\nexport const c = computeBadge;", 'src/content/ui/x.tsx', 'src/background/sub/x.ts'],
  ['flags background wiring in the content script', "import '../flags/background/flags-context-menu';", 'src/content/x.ts', 'src/background/x.ts'],
  ['IndexedDB in the content script', "import { openDB } from 'idb';\nexport const o = openDB;", 'src/content/x.ts', 'src/ui/x.ts'],
  ['the content script in the UI', "import '../content/x';", 'src/ui/x.ts', 'src/content/x.ts'],
  ['the content script in a popup component', "import { startContent } from '../../content/start-content';\nexport const s = startContent;", 'src/ui/popup/x.tsx', 'src/content/sub/x.ts'],
  ['the content script in the flags UI', "import '../../content/first-look';", 'src/flags/ui/x.tsx', 'src/content/sub/x.ts'],
  ['the background in the UI', "import '../background/badge';", 'src/ui/x.ts', 'src/background/x.ts'],
  ['the extension API in the server', "import { browser } from 'wxt/browser';\nexport const b = browser;", 'src/server/x.ts', 'src/background/x.ts'],
  ['IndexedDB in the server', "import { openDB } from 'idb';\nexport const o = openDB;", 'src/server/x.ts', 'src/storage/x.ts'],
  ['the content script in the server', "import '../content/x';", 'src/server/x.ts', 'src/content/x.ts'],
  ['the background in the reviewer page', "import '../../background/badge';", 'src/server/reviewer-page/x.ts', 'src/background/sub/x.ts'],
  ['the extension UI in the server', "import '../ui/common/labels';", 'src/server/x.ts', 'src/ui/x.ts'],
  ['Preact in the server outside its reviewer page', "import { render } from 'preact';\nexport const r = render;", 'src/server/x.ts', 'src/server/reviewer-page/x.tsx'],
];

describe('import boundaries (tests/eslint.config.js)', () => {
  it.each(CASES)('refuses %s', async (_what, code, refused) => {
    expect((await boundaryErrors(code, refused)).length, code).toBeGreaterThan(0);
  });

  it.each(CASES)('allows %s where the rule does not apply', async (_what, code, _refused, allowed) => {
    expect(await boundaryErrors(code, allowed)).toEqual([]);
  });

  it('explains a refusal', async () => {
    const [error] = await boundaryErrors("import '../background/badge';", 'src/content/x.ts');
    expect(error).toMatchObject({ ruleId: 'no-restricted-imports' });
    expect(error!.message).toContain('content never imports the background');
  });

  it("lets the core import its own modules, the data schemas, zod and the flags model (statically or not), and name a local 'window'", async () => {
    const code = [
      "import { z } from 'zod';",
      "import type { Dataset } from '../data/schema';",
      "import { phraseKey } from './matcher/phrase-syntax';",
      "import { FlagCategory } from '../flags/model/flag-schema';",
      'export const parts = (words: string[], d: Dataset) => {',
      '  const window = words.slice(0, 3);',
      '  return [window, d, z, phraseKey, FlagCategory, () => import(\'../flags/model/flag-schema\')];',
      '};',
    ].join('\n');
    expect(await lint(code, 'src/core/x.ts')).toEqual([]);
  });

  it('lints the repository with this config: the files the boundaries name are not ignored', async () => {
    for (const path of ['src/core/analyse-page.ts', 'src/content/start-content.ts', 'src/ui/popup/PopupApp.tsx', 'src/server/app.ts'])
      expect(await eslint.isPathIgnored(`${ROOT}/${path}`), path).toBe(false);
    expect(await eslint.isPathIgnored(`${ROOT}/tmp/scratch.ts`)).toBe(true);
  });
});

// ESLint for the whole repository: `npm run lint` (part of `npm test`). Run from the repository root:
// with `--config`, ESLint reads every `files` and `ignores` glob below from the working directory.
//
// Two jobs. (1) ESLint's and typescript-eslint's recommended rules, without type information so a run
// takes seconds. (2) The import boundaries (second half of this file): which folder may import what,
// so that the core stays runnable anywhere and no part of the extension runs another part's code by
// importing it. tests/unit/conventions/boundaries.test.ts shows a violation of each rule fails.
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import tseslint from 'typescript-eslint';

/** Matches an import path with `name` as one of its folders: `../background/badge`, `@/src/background`. */
const folder = (name) => `(^|/)${name}(/|$)`;

/** A module path pattern and why it is refused, in the form `no-restricted-imports` takes. */
const refuse = (regex, message) => ({ regex, message });

const extensionApi = [
  refuse('^(wxt|#imports)(/|$)', 'the WebExtension API (WXT) belongs to entrypoints, background, content, storage and messaging'),
  refuse('^webextension-polyfill$', 'the WebExtension API belongs to entrypoints, background, content, storage and messaging'),
];
const indexedDb = refuse('^idb(/|$)', 'IndexedDB is opened only by the background and extension pages (src/storage, src/flags/store)');
const preact = refuse('^(preact|@preact/.*)(/|$)', 'Preact belongs to the UI');
/** Flags code by layer (src/flags/{model,store,ui,background}); only the model is pure. */
const flagsOutsideModel = refuse(
  '(^|/)flags(/(?!model(/|$))|$)',
  'from src/flags the core may import only the pure model (src/flags/model)',
);

/**
 * `no-restricted-imports` does not see `import('…')`; the same patterns as a `no-restricted-syntax`
 * selector, so a dynamic import cannot cross a boundary either.
 */
function boundary(patterns) {
  return {
    'no-restricted-imports': ['error', { patterns }],
    'no-restricted-syntax': [
      'error',
      ...patterns.map(({ regex, message }) => ({
        selector: `ImportExpression[source.value=/${regex.replaceAll('/', '\\/')}/]`,
        message,
      })),
    ],
  };
}

export default defineConfig(
  globalIgnores([
    '.output/',
    '.wxt/',
    '.ci/',
    'dist-cli/',
    'demo-output/',
    'test-output/',
    'web-ext-artifacts/',
    'eval-pages/',
    '.pledgewatch-server/',
    // A developer's scratch folder (ignored by git too).
    'tmp/',
    // Test pages and datasets: inputs, not code of ours.
    'tests/fixtures/',
  ]),
  {
    files: ['**/*.{ts,tsx,mts,js,mjs}'],
    extends: [js.configs.recommended, tseslint.configs.recommended],
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      // Unused code is an error, but a leading underscore marks a parameter a signature needs
      // (`(_body, sender) => …`), and `catch (error)` may name what it ignores.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
    },
  },
  {
    // Off where `any` is the honest type: one-off migration scripts that rewrite raw dataset JSON, and
    // tests that build malformed records on purpose (typing them would need a cast per field).
    files: ['src/scripts/**', 'tests/**'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    // The two plain-JavaScript scripts run in Node (the CLI's launcher and the icon drawer).
    files: ['**/*.{js,mjs}'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', Buffer: 'readonly', URL: 'readonly' } },
  },

  // ---- Import boundaries. One object per folder: a later object's `no-restricted-imports` would
  // replace an earlier one's for the same file, so no two of these match one file.
  {
    // The core runs in the content script, the background, the extension pages, the CLI and Node tests:
    // no DOM, no extension API, no storage, no UI, and nothing from the parts that use it.
    files: ['src/core/**'],
    rules: {
      ...boundary([
        ...extensionApi,
        indexedDb,
        preact,
        ...['ui', 'content', 'background', 'storage', 'messaging', 'server', 'cli', 'scripts'].map((name) =>
          refuse(folder(name), `the core imports nothing from src/${name}: it must run without a browser page or an extension`),
        ),
        flagsOutsideModel,
      ]),
      'no-restricted-globals': [
        'error',
        ...['document', 'window', 'navigator', 'location', 'localStorage', 'sessionStorage', 'indexedDB', 'chrome', 'browser'].map(
          (name) => ({ name, message: `The core runs outside a page and an extension too: take what it needs from ${name} as a parameter.` }),
        ),
      ],
    },
  },
  {
    // The content script runs in the page's world, next to code a page controls: it asks the background
    // by message (src/messaging) and never runs the background's code, nor opens IndexedDB, which from
    // a page would be the site's database.
    files: ['src/content/**'],
    rules: boundary([
      refuse(folder('background'), 'content never imports the background: send it a message (src/messaging/protocol.ts)'),
      indexedDb,
      refuse('(^|/)flags/store(/|$)', 'the flags database is opened only by the background and extension pages'),
    ]),
  },
  {
    // The extension's pages (popup, options, dataset) reach a tab's content script and the background
    // by message only.
    files: ['src/ui/**', 'src/flags/ui/**'],
    rules: boundary([
      refuse(folder('content'), 'the UI never imports the content script: ask it by message (src/messaging/protocol.ts)'),
      refuse(folder('background'), 'the UI never imports the background: ask it by message (src/messaging/protocol.ts)'),
    ]),
  },
  {
    // The project server runs in Node; its reviewer page (src/server/reviewer-page) is a Preact page of
    // its own, served by the server, so only it may import Preact.
    files: ['src/server/**'],
    ignores: ['src/server/reviewer-page/**'],
    rules: boundary([...serverRefusals(), preact]),
  },
  {
    files: ['src/server/reviewer-page/**'],
    rules: boundary(serverRefusals()),
  },
);

/** The server and its reviewer page run outside the extension: none of its API, storage or parts. */
function serverRefusals() {
  return [
    ...extensionApi,
    indexedDb,
    ...['content', 'background', 'ui', 'storage', 'messaging'].map((name) =>
      refuse(folder(name), `the server imports nothing from the extension's src/${name}`),
    ),
    refuse('(^|/)flags/(store|ui|background)(/|$)', "the server imports only the flags model, not the extension's flags database, UI or wiring"),
  ];
}

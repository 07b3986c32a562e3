/** Where the e2e harness finds the repository, the built extensions, the browsers and the fixture site. */
import { resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../..');

/** WXT's output folder; `PW_OUTPUT_DIR` points the harness at a build made elsewhere (with PW_SKIP_BUILD=1). */
export const OUTPUT_DIR = process.env.PW_OUTPUT_DIR ? resolve(process.env.PW_OUTPUT_DIR) : resolve(ROOT, '.output');

export const EXTENSION_DIRS = {
  chromium: resolve(OUTPUT_DIR, 'chrome-mv3'),
  firefox: resolve(OUTPUT_DIR, 'firefox-mv2'),
} as const;

/** Debian's packages; overridable for other machines. The harness never downloads a browser. */
export const BROWSER_PATHS = {
  chromium: process.env.PW_CHROMIUM_PATH ?? '/usr/bin/chromium',
  firefox: process.env.PW_FIREFOX_PATH ?? '/usr/bin/firefox-esr',
} as const;

export const FIXTURE_SITE = resolve(ROOT, 'tests/fixtures/site');

/** Screenshots and other artefacts a test wants to keep (git-ignored). */
export const TEST_OUTPUT = resolve(ROOT, 'test-output');

import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { packVitePlugin } from '../src/build/pack-modules';

// Three projects: fast unit tests (Node, or happy-dom where a file asks for it), the project server's
// tests (embedded PGlite, and PostgreSQL when DATABASE_URL is set), and end-to-end tests that build
// the extension once and drive real Chromium and Firefox ESR.
export default defineConfig({
  // This file lives in tests/; paths below are from the repository root.
  root: fileURLToPath(new URL('..', import.meta.url)),
  esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
  plugins: [packVitePlugin()],
  test: {
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['tests/unit/**/*.test.{ts,tsx}'], environment: 'node' },
      },
      {
        extends: true,
        test: {
          name: 'server',
          include: ['tests/server/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/server/global-setup.ts'],
          testTimeout: 120_000,
          hookTimeout: 180_000,
          // One file at a time in one process sharing its modules: the files then share one embedded
          // PostgreSQL (each test still has its own schema), which takes seconds to start, and the
          // crash test's child servers do not compete with other files for the two cores.
          isolate: false,
          poolOptions: { forks: { singleFork: true } },
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/e2e/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // One browser pair at a time: the machine has two cores.
          poolOptions: { forks: { singleFork: true } },
        },
      },
    ],
  },
});

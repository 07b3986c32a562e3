/**
 * Builds the extension once per e2e run, for both browsers, before any browser starts.
 * `PW_SKIP_BUILD=1` reuses `.output/` as it stands (fast iteration on tests only).
 *
 * Several vitest runs may start at once in a shared work tree; a directory lock keeps two of them
 * from rebuilding `.output/` on top of each other.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { EXTENSION_DIRS, ROOT } from './harness-paths';

const LOCK = resolve(ROOT, '.output/.pw-build.lock');
const STALE_LOCK_MS = 120_000;

async function withBuildLock(work: () => void): Promise<void> {
  mkdirSync(resolve(ROOT, '.output'), { recursive: true });
  for (;;) {
    try {
      mkdirSync(LOCK);
      break;
    } catch {
      // A lock left by a killed run must not block every later run.
      const lock = statSync(LOCK, { throwIfNoEntry: false });
      if (lock && Date.now() - lock.mtimeMs > STALE_LOCK_MS) rmSync(LOCK, { recursive: true, force: true });
      await new Promise((r) => setTimeout(r, 250));
    }
  }
  try {
    work();
  } finally {
    rmSync(LOCK, { recursive: true, force: true });
  }
}

function build(args: string[]): void {
  try {
    execFileSync('npx', ['wxt', 'build', ...args], { cwd: ROOT, stdio: 'pipe', encoding: 'utf8' });
  } catch (error) {
    const e = error as { stdout?: string; stderr?: string };
    throw new Error(`wxt build ${args.join(' ')} failed:\n${e.stdout ?? ''}\n${e.stderr ?? ''}`, { cause: error });
  }
}

export default async function setup(): Promise<void> {
  if (process.env.PW_SKIP_BUILD === '1') {
    for (const dir of Object.values(EXTENSION_DIRS)) {
      if (!existsSync(resolve(dir, 'manifest.json'))) throw new Error(`PW_SKIP_BUILD=1 but ${dir} has no build; run without it once`);
    }
    return;
  }
  await withBuildLock(() => {
    build([]);
    build(['-b', 'firefox']);
  });
}

/**
 * The page's own engine (core/engine.ts over the build-time pack), for when the background cannot analyse
 * the page (restarting, updating, an error) and for pages over BACKGROUND_MAX_CHARS (analyse.ts). It is not
 * part of the full stage: most relevant pages never need it, and evaluating it (its pack and the matcher's
 * code) was two thirds of evaluating the full stage (bench:page: 13.9 ms of which 10 here). The background
 * injects it on request (`page/load-engine`, entrypoints/engine.content.ts, install-page-engine.ts); both
 * scripts run in the extension's own world of the page, where it is handed over under one symbol.
 */
import type { Engine } from '../core/engine';

export const PAGE_ENGINE = Symbol.for('pledgewatch.page-engine');
type Holder = Record<symbol, Engine | undefined>;

export const installedPageEngine = (): Engine | undefined => (globalThis as unknown as Holder)[PAGE_ENGINE];

export function handOverPageEngine(engine: () => Engine): void {
  (globalThis as unknown as Holder)[PAGE_ENGINE] ??= engine();
}

/** The page's engine: installed already, or once `inject` (the background injecting its script) resolves. */
export async function loadPageEngine(inject: () => Promise<unknown>): Promise<Engine> {
  const ready = installedPageEngine();
  if (ready) return ready;
  await inject();
  const engine = installedPageEngine();
  if (!engine) throw new Error('the page engine was injected but not installed');
  return engine;
}

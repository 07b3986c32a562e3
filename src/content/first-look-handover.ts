/**
 * How the full stage takes over from the first (first-look.ts): both run in the extension's isolated world of
 * the same page and meet under two symbols. Kept apart from first-look.ts so the full stage imports none of
 * the first stage's code or its pack: it takes the first look the first stage already parsed (`core()`), and
 * so carries no copy of the tracked domains, which grow with the dataset.
 */
import type { FirstLook as CoreFirstLook } from '../core/relevance/first-look';

export interface FirstLook {
  /** Once the page went on to the full stage: what the prescreen said of it ('maybe' or 'likely'). */
  verdict(): 'maybe' | 'likely' | null;
  /** The first look's hints and relaxed bound, parsed once by the first stage, for the full stage's later looks. */
  core(): CoreFirstLook;
  /** The full stage takes over: stop watching and answering. */
  stop(): void;
}

/** Where the full stage finds the first. */
const HANDOVER = Symbol.for('pledgewatch.firstLook');
/** Set once the full stage runs in this page. */
const FULL_STAGE = Symbol.for('pledgewatch.fullStage');
const world = () => globalThis as Record<symbol, unknown>;

/** For the full stage's entrypoint: true the first time only, so a second injection into the page does nothing. */
export function claimFullStage(): boolean {
  if (world()[FULL_STAGE]) return false;
  world()[FULL_STAGE] = true;
  return true;
}

/** Whether the full stage already runs in this page (it can get there before the first stage). */
export const fullStageRunning = (): boolean => world()[FULL_STAGE] === true;

/** For the first stage: where the full stage will find it. */
export function handOver(first: FirstLook): void {
  world()[HANDOVER] = first;
}

/** For the full stage: the first stage of this page, if it ran, which stops answering from now on. */
export function takeOverFirstLook(): FirstLook | null {
  const first = world()[HANDOVER] as FirstLook | undefined;
  if (!first) return null;
  first.stop();
  delete world()[HANDOVER];
  return first;
}

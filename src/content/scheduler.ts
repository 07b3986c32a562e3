/**
 * Small timing helpers so no piece of the content script's work holds the page's main thread for
 * longer than a frame's budget: yield between slices, batch per animation frame, defer to idle time.
 */
import { nextTask, runStepsSliced, type Steps } from '../core/steps';

/** Work per slice before giving the page a turn (a 60 Hz frame is 16.7 ms; leave the page most of it). */
export const SLICE_MS = 8;

type SchedulerLike = { yield?: () => Promise<void> };

/**
 * Lets the page run (input, rendering) and resumes soon after: `scheduler.yield()` where it exists,
 * else a task of its own (core/steps.ts `nextTask`: no 4 ms clamp, unlike setTimeout).
 */
export function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: SchedulerLike }).scheduler;
  return typeof scheduler?.yield === 'function' ? scheduler.yield() : nextTask();
}

/** A budget that says when the current slice has used its share of the frame. */
export function sliceClock(budgetMs = SLICE_MS): { expired(): boolean; reset(): void } {
  let start = performance.now();
  return {
    expired: () => performance.now() - start > budgetMs,
    reset: () => void (start = performance.now()),
  };
}

/**
 * Runs `work` on each item, yielding to the page whenever a slice's budget is spent. The clock is read after
 * every item: items are chunks of work (400 highlights each), and reading it every 64 items painted any page
 * of fewer than 25,600 highlights in one task.
 */
export async function forEachSliced<T>(items: readonly T[], work: (item: T) => void, budgetMs = SLICE_MS): Promise<void> {
  const clock = sliceClock(budgetMs);
  for (let i = 0; i < items.length; i++) {
    work(items[i]!);
    if (i + 1 < items.length && clock.expired()) {
      await yieldToPage();
      clock.reset();
    }
  }
}

/** Idle callback with a deadline, or a short timeout where `requestIdleCallback` is missing. */
export function whenIdle(win: Window, work: () => void, timeout = 1000): () => void {
  if (typeof win.requestIdleCallback === 'function') {
    const id = win.requestIdleCallback(() => work(), { timeout });
    return () => win.cancelIdleCallback(id);
  }
  const id = win.setTimeout(work, 50);
  return () => win.clearTimeout(id);
}

/** Runs work written in steps (core/steps.ts) a slice at a time, yielding to the page between slices. */
export function runSliced<T>(steps: Steps<T>, budgetMs = SLICE_MS): Promise<T> {
  return runStepsSliced(steps, budgetMs, yieldToPage);
}

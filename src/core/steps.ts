/**
 * Long work in steps: a generator that yields between pieces of work (a few hundred matches, a stretch of
 * text) and returns its result. Node, the CLI and tests run it through at once (`runSteps`); the content
 * script runs it a slice at a time and lets the page breathe between slices, so no task of a huge page
 * holds the main thread for seconds (content/analyse.ts).
 */
export type Steps<T> = Generator<void, T, void>;

export function runSteps<T>(steps: Steps<T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * Runs steps a slice at a time: after `budgetMs` of work it awaits `pause()`, so other work gets a turn (the
 * page's input and rendering in the content script, other tabs' messages in the background).
 */
export async function runStepsSliced<T>(steps: Steps<T>, budgetMs: number, pause: () => Promise<void>): Promise<T> {
  let start = performance.now();
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    if (performance.now() - start > budgetMs) {
      await pause();
      start = performance.now();
    }
  }
}

let channel: MessageChannel | undefined;
const waiting: (() => void)[] = [];

/**
 * Resumes in a task of its own soon: a message to ourselves, where `setTimeout(0)` past a few nested timers is
 * held for 4 ms each (a 1 MB page's analysis in the background spent 40 ms of 120 so, bench:page). The pause
 * for `runStepsSliced` in the background, and the content script's where it has no `scheduler.yield`.
 */
export function nextTask(): Promise<void> {
  if (typeof MessageChannel !== 'function') return new Promise((resolve) => setTimeout(resolve, 0));
  if (!channel) {
    channel = new MessageChannel();
    channel.port1.onmessage = () => waiting.shift()?.();
    // Node (tests, the CLI): a listening port would keep the process alive.
    (channel.port1 as { unref?: () => void }).unref?.();
  }
  return new Promise((resolve) => {
    waiting.push(resolve);
    channel!.port2.postMessage(null);
  });
}

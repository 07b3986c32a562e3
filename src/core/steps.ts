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

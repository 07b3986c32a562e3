// The background analyses long pages in slices, so two tabs' analyses can interleave. Each analysis reads
// its text through its own reading (term-context.ts createTextReading: sentence and line indexes, the
// current sentence's facts), so interleaving changes nothing: held here step by step on two pages whose
// matches meet many context rules.
import { describe, expect, it } from 'vitest';
import { engineFor } from '../../../src/core/bundled-engine';
import { runSteps, type Steps } from '../../../src/core/steps';
import type { PageAnalysis } from '../../../src/core/analysis-schema';
import { fixturePage, getTestDataset } from './fixtures';

describe('two analyses interleaved', () => {
  it('come out as each does alone, step by step', () => {
    const engine = engineFor(getTestDataset());
    const pages = ['classes/noise-fabrikam.html', 'classes/hedges-fabrikam.html'].map((name) => {
      const page = fixturePage(name);
      // A facial-recognition page (the rules run on relevant pages), long enough to take many steps.
      const opening = 'Our facial recognition policy\nFabrikam sets out how it sells facial recognition technology and respects human rights.\n';
      return { ...page, title: 'Facial recognition policy', text: opening + Array.from({ length: 10 }, () => page.text).join('\n') };
    });
    const alone = pages.map((p) => runSteps(engine.screenAndAnalyseSteps(p, { skipScreen: true })));
    // Both relevant, so the rules run: on the noise page they cut nearly every match, on the hedges page few.
    expect(alone.map((a) => a.relevant)).toEqual([true, true]);
    expect(alone[1]!.vagueTerms.length).toBeGreaterThan(100);
    const runs: Steps<PageAnalysis>[] = pages.map((p) => engine.screenAndAnalyseSteps(p, { skipScreen: true }));
    const results: (PageAnalysis | undefined)[] = [undefined, undefined];
    let steps = 0;
    while (results.some((r) => r === undefined))
      for (const [i, run] of runs.entries()) {
        if (results[i]) continue;
        const next = run.next();
        steps++;
        if (next.done) results[i] = next.value;
      }
    expect(steps).toBeGreaterThan(10);
    expect(results).toEqual(alone);
  });
});

// The background's analysis of a page (background/page-analysis.ts): a long page is analysed a slice at a
// time, with other messages let in between slices by a message to itself, never a timer (nested timers are
// held for 4 ms each, which stretched a 1 MB page's analysis by a third in bench:page's worker).
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createPageAnalysis } from '../../../src/background/page-analysis';
import { engineFor } from '../../../src/core/bundled-engine';
import { getBundledDataset } from '../../../src/data/dataset';

afterEach(() => vi.restoreAllMocks());

describe('the background analysis of a long page', () => {
  it('pauses between slices without timers, and answers what the engine answers', async () => {
    const input = {
      url: 'https://www.ibm.com/policy/facial-recognition',
      title: 'IBM and facial recognition',
      text: 'IBM facial recognition technology and human rights.\n' + 'We will act responsibly and, where appropriate, take appropriate steps in due course. We strive to be fair.\n'.repeat(6_000),
    };
    const analyse = createPageAnalysis(getBundledDataset, async () => []);
    // A clock that runs fast, so the analysis uses up several slices on any machine.
    let now = 0;
    vi.spyOn(performance, 'now').mockImplementation(() => (now += 5));
    const timers = vi.spyOn(globalThis, 'setTimeout');
    const ports = vi.spyOn(MessagePort.prototype, 'postMessage');
    const analysis = await analyse({ input, skipScreen: false, record: false });
    expect(ports).toHaveBeenCalled();
    expect(timers).not.toHaveBeenCalled();
    expect(analysis).toEqual(engineFor(getBundledDataset()).analyse(input));
  });
});

// Painting goes in slices (page-session.ts paints 400 items a chunk): past a slice's budget the next chunk
// waits for a task of its own, so a page with thousands of matches gets frames and input between them.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { forEachSliced, SLICE_MS } from '../../../src/content/scheduler';

afterEach(() => vi.restoreAllMocks());

describe('work in slices', () => {
  it('yields to the page once a slice\'s budget is spent, even when there are few items', async () => {
    // Each chunk of work takes longer than a slice (a stepped clock, not the machine's speed).
    let now = 0;
    vi.spyOn(performance, 'now').mockImplementation(() => now);
    const order: string[] = [];
    const done = forEachSliced(['a', 'b', 'c'], (item) => {
      order.push(item);
      now += SLICE_MS + 1;
    });
    // Whatever else the page queued runs between the chunks, not after all of them.
    await Promise.resolve();
    order.push('page');
    await done;
    expect(order.indexOf('page')).toBeLessThan(order.indexOf('c'));
    expect(order.filter((x) => x !== 'page')).toEqual(['a', 'b', 'c']);
  });

  it('runs items in one go while the budget lasts', async () => {
    vi.spyOn(performance, 'now').mockReturnValue(1_000);
    const order: string[] = [];
    const done = forEachSliced(['a', 'b', 'c'], (item) => void order.push(item));
    order.push('page');
    await done;
    expect(order).toEqual(['a', 'b', 'c', 'page']);
  });
});

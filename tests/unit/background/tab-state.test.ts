import { describe, expect, it } from 'vitest';
import { memoryArea } from '../../../src/background/session-area';
import { createTabStore, navigationClears, tabKey } from '../../../src/background/tab-state';
import { analysisOf } from '../../fixtures/popup/mini-dataset';

const state = (tabId: number, url = 'https://example.com/a') => ({ tabId, url, analysis: analysisOf({ url }), updatedAt: 1 });

describe('tab store', () => {
  it('keeps each tab apart and survives a new store over the same area (a restarted worker)', async () => {
    const area = memoryArea();
    const first = createTabStore(area);
    await first.put(state(1, 'https://example.com/one'));
    await first.put(state(2, 'https://example.com/two'));
    const restarted = createTabStore(area);
    expect((await restarted.get(1))?.url).toBe('https://example.com/one');
    expect((await restarted.get(2))?.analysis?.url).toBe('https://example.com/two');
    expect(await restarted.get(3)).toBeNull();
    expect((await restarted.all()).map((s) => s.tabId).sort()).toEqual([1, 2]);
  });

  it('drops a corrupt stored value instead of returning it', async () => {
    const area = memoryArea();
    await area.set({ [tabKey(5)]: { tabId: 5, url: 'x', analysis: { relevant: 'yes' }, updatedAt: 1 } });
    const store = createTabStore(area);
    expect(await store.get(5)).toBeNull();
    expect(await area.get(tabKey(5))).toEqual({});
  });

  it('refuses a value stored under another tab id', async () => {
    const area = memoryArea();
    await area.set({ [tabKey(7)]: state(8) });
    expect(await createTabStore(area).get(7)).toBeNull();
  });

  it('clears a tab', async () => {
    const store = createTabStore(memoryArea());
    await store.put(state(1));
    await store.clear(1);
    expect(await store.get(1)).toBeNull();
  });

  it('ignores other keys when listing', async () => {
    const area = memoryArea();
    await area.set({ 'pw:other': 1, [tabKey(1)]: state(1) });
    expect(await createTabStore(area).all()).toHaveLength(1);
  });
});

describe('navigationClears', () => {
  const stored = state(1, 'https://example.com/a#top');
  it.each([
    [{ url: 'https://example.com/b' }, true],
    [{ url: 'https://example.com/a#section-2' }, false],
    [{ url: 'https://example.com/a' }, false],
    [{ status: 'loading' }, true],
    [{ status: 'complete' }, false],
    [{}, false],
  ])('%j → %s', (change, expected) => {
    expect(navigationClears(stored, change)).toBe(expected);
  });
  it('has nothing to clear without a stored state', () => {
    expect(navigationClears(null, { url: 'https://example.com/b' })).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { createBackgroundHandlers, type BackgroundDeps } from '../../../src/background/background-handlers';
import { memoryArea } from '../../../src/background/session-area';
import { createTabStore } from '../../../src/background/tab-state';
import { DEFAULT_SETTINGS } from '../../../src/storage/settings';
import { analysisOf, mini } from '../../fixtures/popup/mini-dataset';

/** A relevant analysis with two vague terms and no open question: the badge reads "2". */
const twoVague = () =>
  analysisOf({
    vagueTerms: [
      { termId: 'appropriate', text: 'appropriate', offset: 5, length: 11, category: 'undefined-standard' },
      { termId: 'general-purpose', text: 'general purpose', offset: 40, length: 15, category: 'scope-limiter' },
    ],
  });

function setup(over: Partial<BackgroundDeps> = {}) {
  const badges = new Map<number, string>();
  const area = memoryArea();
  const deps: BackgroundDeps = {
    tabs: createTabStore(area),
    badge: {
      setBadgeText: ({ tabId, text }) => void badges.set(tabId, text),
      setBadgeBackgroundColor: () => {},
      setTitle: () => {},
    },
    recordsFor: async (a) => ({
      commitments: mini.commitments.filter((c) => a.companies.some((x) => x.id === c.companyId)),
      questions: [],
      assessments: [],
    }),
    settings: async () => DEFAULT_SETTINGS,
    askTab: async () => null,
    loadFullContent: async () => {},
    saveFlag: async () => 'flag-id',
    kickOutbox: async () => {},
    now: () => 42,
    ...over,
  };
  return { deps, badges, area, ...createBackgroundHandlers(deps) };
}

describe('background handlers', () => {
  it('injects the full content stage into the asking tab, and only for a tab', async () => {
    const injected: number[] = [];
    const { handlers } = setup({ loadFullContent: async (tabId) => void injected.push(tabId) });
    expect(await handlers['page/load-full']({}, { tabId: 7 })).toBe(true);
    expect(injected).toEqual([7]);
    await expect(handlers['page/load-full']({}, {})).rejects.toThrow(/from a tab/);
  });

  it('stores the sender tab’s analysis, sets its badge and returns it on tab/get', async () => {
    const { handlers, badges } = setup();
    await handlers['page/analysed']({ analysis: twoVague() }, { tabId: 4 });
    expect(badges.get(4)).toBe('2');
    const state = await handlers['tab/get']({ tabId: 4 });
    expect(state).toMatchObject({ tabId: 4, url: 'https://example.com/news/1', updatedAt: 42 });
    expect(state?.analysis?.companies[0]?.id).toBe('examplecorp');
  });

  it('keeps state across a restarted background built over the same storage', async () => {
    const first = setup();
    await first.handlers['page/analysed']({ analysis: analysisOf() }, { tabId: 9 });
    const restarted = createBackgroundHandlers({ ...first.deps, tabs: createTabStore(first.area) });
    expect((await restarted.handlers['tab/get']({ tabId: 9 }))?.tabId).toBe(9);
  });

  it('rejects an analysis that does not come from a tab', async () => {
    const { handlers } = setup();
    await expect(handlers['page/analysed']({ analysis: analysisOf() }, {})).rejects.toThrow(/from a tab/);
  });

  it('asks the content script when storage has nothing, and stores its answer', async () => {
    const asked: number[] = [];
    const { handlers, deps } = setup({ askTab: async (id) => (asked.push(id), analysisOf({ url: 'https://example.com/x' })) });
    expect((await handlers['tab/get']({ tabId: 6 }))?.url).toBe('https://example.com/x');
    expect((await deps.tabs.get(6))?.url).toBe('https://example.com/x');
    expect(asked).toEqual([6]);
  });

  it('returns null when neither storage nor the tab can answer', async () => {
    const { handlers } = setup({ askTab: () => Promise.reject(new Error('no receiver')) });
    expect(await handlers['tab/get']({ tabId: 6 })).toBeNull();
  });

  it('clears the badge when badges are switched off', async () => {
    const { handlers, badges } = setup({ settings: async () => ({ ...DEFAULT_SETTINGS, badgeEnabled: false }) });
    await handlers['page/analysed']({ analysis: twoVague() }, { tabId: 1 });
    expect(badges.get(1)).toBe('');
  });

  it('passes outbox/kick to the flags outbox', async () => {
    let kicked = 0;
    const { handlers } = setup({ kickOutbox: async () => void kicked++ });
    expect(await handlers['outbox/kick']()).toBeNull();
    expect(kicked).toBe(1);
  });
});

describe('flags/correction ("Wrong?" on a highlight)', () => {
  const body = { category: 'not-vague-here' as const, passage: 'We will not sell general purpose tools.', term: { id: 'general-purpose', text: 'general purpose' }, textHash: null };

  it('saves a correction of the sender tab’s own page, with the company its analysis found', async () => {
    const saved: unknown[] = [];
    const { handlers } = setup({ saveFlag: async (d) => (saved.push(d), 'f1') });
    await handlers['page/analysed']({ analysis: twoVague() }, { tabId: 5 });
    expect(await handlers['flags/correction'](body, { tabId: 5, url: 'https://example.com/news/1#top' })).toEqual({ flagId: 'f1' });
    expect(saved).toEqual([
      expect.objectContaining({ url: 'https://example.com/news/1', companyId: 'examplecorp', category: 'not-vague-here', quote: body.passage }),
    ]);
  });

  it('refuses a message that does not come from a page', async () => {
    const { handlers } = setup();
    await expect(handlers['flags/correction'](body, {})).rejects.toThrow(/from a page/);
    await expect(handlers['flags/correction'](body, { tabId: 3 })).rejects.toThrow(/from a page/);
  });
});

describe('recoverTab (a page back from the back-forward cache)', () => {
  it('asks the tab for its analysis when nothing is stored, and sets the badge', async () => {
    const { recoverTab, deps, badges } = setup({ askTab: async () => twoVague() });
    await recoverTab(3);
    expect((await deps.tabs.get(3))?.url).toBe('https://example.com/news/1');
    expect(badges.get(3)).toBe('2');
  });
  it('leaves a stored analysis alone and does not ask', async () => {
    let asked = 0;
    const { recoverTab, handlers, deps } = setup({ askTab: async () => (asked++, analysisOf({ url: 'https://example.com/other' })) });
    await handlers['page/analysed']({ analysis: twoVague() }, { tabId: 3 });
    await recoverTab(3);
    expect(asked).toBe(0);
    expect((await deps.tabs.get(3))?.url).toBe('https://example.com/news/1');
  });
  it('does nothing when the tab cannot answer', async () => {
    const { recoverTab, deps, badges } = setup({ askTab: () => Promise.reject(new Error('no receiver')) });
    await recoverTab(3);
    expect(await deps.tabs.get(3)).toBeNull();
    expect(badges.has(3)).toBe(false);
  });
});

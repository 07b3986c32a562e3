import { pageDetailsFor } from '../../../src/core/page-details';
import { datasetIndexFor, datasetPartFor } from '../../../src/core/dataset-part';
import { describe, expect, it } from 'vitest';
import { createBackgroundHandlers, type BackgroundDeps } from '../../../src/background/background-handlers';
import { memoryArea } from '../../../src/background/session-area';
import { createTabStore } from '../../../src/background/tab-state';
import type { Sender } from '../../../src/messaging/runtime';
import { DEFAULT_SETTINGS } from '../../../src/storage/settings';
import { analysisOf, mini } from '../../fixtures/popup/mini-dataset';
import { engineFor } from '../../../src/core/bundled-engine';
import { runSteps } from '../../../src/core/steps';
import { unpackAnalysis } from '../../../src/core/analysis-wire';

/** A relevant analysis with two vague terms and no open question: the badge reads "2". */
const twoVague = () =>
  analysisOf({
    vagueTerms: [
      { termId: 'appropriate', text: 'appropriate', offset: 5, length: 11, category: 'undefined-standard' },
      { termId: 'general-purpose', text: 'general purpose', offset: 40, length: 15, category: 'scope-limiter' },
    ],
  });
/** A content script in tab `tabId` (or, without one, a sender with no tab), and an extension page. */
const tab = (tabId?: number): Sender => (tabId === undefined ? { fromExtensionPage: false } : { tabId, fromExtensionPage: false, url: 'https://example.com/' });
const EXTENSION_PAGE: Sender = { fromExtensionPage: true, url: 'chrome-extension://abc/popup.html' };

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
    detailsFor: async (request) => pageDetailsFor(mini, request, new Date('2026-01-01')),
    analysePage: async (request) => runSteps(engineFor(mini).screenAndAnalyseSteps(request.input, { skipScreen: request.skipScreen ?? false })),
    datasetPartFor: async (request) => datasetPartFor(datasetIndexFor(mini), request),
    settings: async () => DEFAULT_SETTINGS,
    askTab: async () => null,
    loadFullContent: async () => {},
    loadPageEngine: async () => {},
    tabUrl: async () => 'https://example.org/statement',
    saveFlag: async () => 'flag-id',
    kickOutbox: async () => {},
    endpoint: { get: async () => null, set: async () => {} },
    now: () => 42,
    ...over,
  };
  return { deps, badges, area, ...createBackgroundHandlers(deps) };
}

describe('background handlers', () => {
  it('injects the full content stage into the asking tab, and only for a tab', async () => {
    const injected: number[] = [];
    const { handlers } = setup({ loadFullContent: async (tabId) => void injected.push(tabId) });
    expect(await handlers['page/load-full']({}, tab(7))).toBe(true);
    expect(injected).toEqual([7]);
    await expect(handlers['page/load-full']({}, tab())).rejects.toThrow(/from a tab/);
  });

  it('injects the page engine into the asking tab, and only for a tab', async () => {
    const injected: number[] = [];
    const { handlers } = setup({ loadPageEngine: async (tabId) => void injected.push(tabId) });
    expect(await handlers['page/load-engine']({}, tab(8))).toBe(true);
    expect(injected).toEqual([8]);
    await expect(handlers['page/load-engine']({}, tab())).rejects.toThrow(/from a tab/);
  });

  it('stores the sender tab’s analysis, sets its badge and returns it on tab/get', async () => {
    const { handlers, badges } = setup();
    await handlers['page/analysed']({ analysis: twoVague() }, tab(4));
    expect(badges.get(4)).toBe('2');
    const state = await handlers['tab/get']({ tabId: 4 }, EXTENSION_PAGE);
    expect(state).toMatchObject({ tabId: 4, url: 'https://example.com/news/1', updatedAt: 42 });
    expect(state?.analysis?.companies[0]?.id).toBe('examplecorp');
  });

  it('keeps state across a restarted background built over the same storage', async () => {
    const first = setup();
    await first.handlers['page/analysed']({ analysis: analysisOf() }, tab(9));
    const restarted = createBackgroundHandlers({ ...first.deps, tabs: createTabStore(first.area) });
    expect((await restarted.handlers['tab/get']({ tabId: 9 }, EXTENSION_PAGE))?.tabId).toBe(9);
  });

  it('rejects an analysis that does not come from a tab', async () => {
    const { handlers } = setup();
    await expect(handlers['page/analysed']({ analysis: analysisOf() }, tab())).rejects.toThrow(/from a tab/);
  });

  it('asks the content script when storage has nothing, and stores its answer', async () => {
    const asked: number[] = [];
    const { handlers, deps } = setup({ askTab: async (id) => (asked.push(id), analysisOf({ url: 'https://example.com/x' })) });
    expect((await handlers['tab/get']({ tabId: 6 }, EXTENSION_PAGE))?.url).toBe('https://example.com/x');
    expect((await deps.tabs.get(6))?.url).toBe('https://example.com/x');
    expect(asked).toEqual([6]);
  });

  it('returns null when neither storage nor the tab can answer', async () => {
    const { handlers } = setup({ askTab: () => Promise.reject(new Error('no receiver')) });
    expect(await handlers['tab/get']({ tabId: 6 }, EXTENSION_PAGE)).toBeNull();
  });

  it('clears the badge when badges are switched off', async () => {
    const { handlers, badges } = setup({ settings: async () => ({ ...DEFAULT_SETTINGS, badgeEnabled: false }) });
    await handlers['page/analysed']({ analysis: twoVague() }, tab(1));
    expect(badges.get(1)).toBe('');
  });

  it('passes outbox/kick to the flags outbox', async () => {
    let kicked = 0;
    const { handlers } = setup({ kickOutbox: async () => void kicked++ });
    expect(await handlers['outbox/kick']({}, EXTENSION_PAGE)).toBeNull();
    expect(kicked).toBe(1);
  });
});

describe('page/analyse: the whole analysis in the background', () => {
  const statement = {
    url: 'https://example.org/statement',
    title: 'Our position on facial recognition',
    text: 'We will not sell facial recognition technology to police. Facial recognition raises human rights concerns, and we act where appropriate on facial recognition.',
  };

  it('answers what the engine with the dataset answers: topics, vague terms and companies', async () => {
    const { handlers } = setup();
    const analysis = unpackAnalysis(await handlers['page/analyse']({ input: statement }, tab(1)), statement.text);
    expect(analysis).toEqual(engineFor(mini).analyse(statement));
    expect(analysis.relevant).toBe(true);
    expect(analysis.vagueTerms.map((v) => v.termId)).toContain('where-appropriate');
  });

  it('rules a page out with the screen, unless told to skip it (content added to a relevant page)', async () => {
    const { handlers } = setup();
    const recipe = { url: 'https://example.org/recipe', title: 'Soup', text: 'Where appropriate, add salt. Stir the soup.' };
    const ruledOut = unpackAnalysis(await handlers['page/analyse']({ input: recipe }, tab(1)), recipe.text);
    expect(ruledOut.relevant).toBe(false);
    expect(ruledOut.vagueTerms).toEqual([]);
    const skipped = unpackAnalysis(await handlers['page/analyse']({ input: recipe, skipScreen: true }, tab(1)), recipe.text);
    expect(skipped.vagueTerms.map((v) => v.termId)).toContain('where-appropriate');
  });

  it("keeps a whole page's answer as the tab's analysis (record), so the page need not send it back; content added to a page is not kept", async () => {
    const { handlers, badges } = setup();
    const added = await handlers['page/analyse']({ input: statement, skipScreen: true }, tab(7));
    expect(added.relevant).toBe(true);
    expect(await handlers['tab/get']({ tabId: 7 }, EXTENSION_PAGE)).toBeNull();
    const whole = unpackAnalysis(await handlers['page/analyse']({ input: statement, record: true }, tab(7)), statement.text);
    expect((await handlers['tab/get']({ tabId: 7 }, EXTENSION_PAGE))?.analysis).toEqual(whole);
    expect(badges.get(7)).not.toBe('');
  });

  it('keeps an answer only while the tab still shows the page analysed: not after it navigated away or closed', async () => {
    let url: string | null = 'https://example.org/other-page';
    const { handlers } = setup({ tabUrl: async () => url });
    await handlers['page/analyse']({ input: statement, record: true }, tab(8));
    expect(await handlers['tab/get']({ tabId: 8 }, EXTENSION_PAGE)).toBeNull();
    url = null;
    await handlers['page/analyse']({ input: statement, record: true }, tab(8));
    expect(await handlers['tab/get']({ tabId: 8 }, EXTENSION_PAGE)).toBeNull();
    // A jump to an anchor is the same page.
    url = statement.url + '#q2';
    await handlers['page/analyse']({ input: statement, record: true }, tab(8));
    expect((await handlers['tab/get']({ tabId: 8 }, EXTENSION_PAGE))?.url).toBe(statement.url);
  });
});

describe('privileged messages check the sender (issue 13, rows 2 and 3)', () => {
  it('tab/get from a content script answers for its own tab only', async () => {
    const { handlers } = setup();
    await handlers['page/analysed']({ analysis: twoVague() }, tab(4));
    await handlers['page/analysed']({ analysis: analysisOf({ url: 'https://private.example/inbox' }) }, tab(5));
    expect((await handlers['tab/get']({ tabId: 4 }, tab(4)))?.url).toBe('https://example.com/news/1');
    await expect(handlers['tab/get']({ tabId: 5 }, tab(4))).rejects.toThrow(/only ask about its own tab/);
    expect((await handlers['tab/get']({ tabId: 5 }, EXTENSION_PAGE))?.url).toBe('https://private.example/inbox');
  });

  it('outbox/kick, endpoint/get and endpoint/set are refused from a content script', async () => {
    let stored: { url: string; token?: string } | null = { url: 'https://p.example/f', token: 'secret' };
    let kicked = 0;
    const { handlers } = setup({ endpoint: { get: async () => stored, set: async (e) => void (stored = e) }, kickOutbox: async () => void kicked++ });
    await expect(handlers['outbox/kick']({}, tab(1))).rejects.toThrow(/extension's own pages/);
    await expect(handlers['endpoint/get']({}, tab(1))).rejects.toThrow(/extension's own pages/);
    await expect(handlers['endpoint/set']({ endpoint: { url: 'https://evil.example/' } }, tab(1))).rejects.toThrow(/extension's own pages/);
    expect(stored).toEqual({ url: 'https://p.example/f', token: 'secret' });
    expect(kicked).toBe(0);
  });

  it('endpoint/get never returns the token, even to an extension page', async () => {
    const { handlers } = setup({ endpoint: { get: async () => ({ url: 'https://p.example/f', token: 'secret' }), set: async () => {} } });
    expect(await handlers['endpoint/get']({}, EXTENSION_PAGE)).toEqual({ url: 'https://p.example/f', hasToken: true, problem: null });
  });

  it('endpoint/set keeps the token for the same address, drops it for another, refuses a token over plain http', async () => {
    let stored: { url: string; token?: string } | null = { url: 'https://p.example/f', token: 'secret' };
    const { handlers } = setup({ endpoint: { get: async () => stored, set: async (e) => void (stored = e) } });
    await handlers['endpoint/set']({ endpoint: { url: 'https://p.example/f' } }, EXTENSION_PAGE);
    expect(stored).toEqual({ url: 'https://p.example/f', token: 'secret' });
    await expect(handlers['endpoint/set']({ endpoint: { url: 'http://p.example/f', token: 't' } }, EXTENSION_PAGE)).rejects.toThrow(/only sent over https/);
    expect(stored).toEqual({ url: 'https://p.example/f', token: 'secret' });
    await handlers['endpoint/set']({ endpoint: { url: 'https://q.example/f' } }, EXTENSION_PAGE);
    expect(stored).toEqual({ url: 'https://q.example/f' });
    await handlers['endpoint/set']({ endpoint: { url: 'http://localhost:8080/f', token: 'dev' } }, EXTENSION_PAGE);
    expect(stored).toEqual({ url: 'http://localhost:8080/f', token: 'dev' });
    await handlers['endpoint/set']({ endpoint: null }, EXTENSION_PAGE);
    expect(stored).toBeNull();
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
    await handlers['page/analysed']({ analysis: twoVague() }, tab(3));
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

// @vitest-environment happy-dom
// The settings store and the options page against a fake WebExtension API (wxt's fakeBrowser, in
// place before `wxt/browser` is first imported): saves merge, reset keeps the endpoint, and a
// storage that refuses to write produces a visible "Not saved" message while the page keeps working.
import { fakeBrowser } from 'wxt/testing';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS, SETTINGS_KEY } from '../../../src/storage/settings';

(globalThis as { browser?: unknown }).browser = fakeBrowser;
let store: typeof import('../../../src/storage/settings-store');
let OptionsApp: typeof import('../../../src/ui/options/OptionsApp').OptionsApp;

beforeAll(async () => {
  store = await import('../../../src/storage/settings-store');
  ({ OptionsApp } = await import('../../../src/ui/options/OptionsApp'));
});
beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
});

const raw = async () => (await fakeBrowser.storage.local.get(SETTINGS_KEY))[SETTINGS_KEY] as Record<string, unknown> | undefined;

describe('settings store', () => {
  it('reads defaults from empty or corrupt storage', async () => {
    expect(await store.loadSettings()).toEqual(DEFAULT_SETTINGS);
    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: { badgeEnabled: 'yes', disabledSites: ['bad host!'] } });
    expect(await store.loadSettings()).toEqual(DEFAULT_SETTINGS);
  });

  it('merges a patch into what is stored, keeping fields it does not touch', async () => {
    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: { ...DEFAULT_SETTINGS, highlightingEnabled: false } });
    await store.updateSettings({ badgeEnabled: false });
    expect(await raw()).toMatchObject({ badgeEnabled: false, highlightingEnabled: false });
  });

  it('resets to defaults', async () => {
    await store.updateSettings({ highlightingEnabled: false, disabledSites: ['example.com'] });
    expect(await store.resetSettings()).toEqual(DEFAULT_SETTINGS);
  });

  it('one invalid stored item is left out alone, reported, and set aside (not lost) on the next save (issue 13, row 11)', async () => {
    const good = { id: 'custom-where-feasible', phrase: 'where feasible', variants: [], category: 'hedge', explanation: 'e', alternative: 'a', questionIds: [], example: 'Done where feasible.' };
    const bad = { ...good, id: 'custom-we-will', phrase: 'we {will}', example: 'we {will}' };
    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: { disabledSites: ['example.com', 'bad host!'], customTerms: [good, bad] } });
    const { settings, problems } = await store.loadSettingsWithProblems();
    expect(settings.disabledSites).toEqual(['example.com']);
    expect(settings.customTerms.map((t) => t.id)).toEqual(['custom-where-feasible']);
    expect(problems.map((p) => [p.field, p.item])).toEqual([['disabledSites', 'bad host!'], ['customTerms', bad]]);
    await store.updateSettings({ badgeEnabled: false });
    expect(await raw()).toMatchObject({ disabledSites: ['example.com'], customTerms: [good], badgeEnabled: false });
    const after = await store.loadSettingsWithProblems();
    expect(after.problems).toEqual([]);
    expect(after.setAside.map((p) => p.item)).toEqual(['bad host!', bad]);
  });

  it('tells watchers about changes made anywhere', async () => {
    const seen: boolean[] = [];
    const stop = store.watchSettings((s) => seen.push(s.badgeEnabled));
    await store.updateSettings({ badgeEnabled: false });
    stop();
    await store.updateSettings({ badgeEnabled: true });
    expect(seen).toEqual([false]);
  });
});

describe('options page', () => {
  async function mount(): Promise<HTMLElement> {
    const root = document.createElement('div');
    document.body.replaceChildren(root);
    await act(async () => {
      render(<OptionsApp />, root);
    });
    await vi.waitFor(() => expect(root.querySelector('#pw-badge')).not.toBeNull());
    return root;
  }

  it('saves a switch and says so', async () => {
    const root = await mount();
    await act(async () => root.querySelector<HTMLInputElement>('#pw-badge')!.click());
    await vi.waitFor(async () => expect((await raw())?.badgeEnabled).toBe(false));
    await vi.waitFor(() => expect(root.querySelector('[data-pw-save-status]')?.textContent).toBe('Saved.'));
    expect(root.querySelector<HTMLInputElement>('#pw-badge')!.checked).toBe(false);
  });

  it('says "Not saved" when storage refuses, and stays usable', async () => {
    const root = await mount();
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValue(new Error('QUOTA_BYTES quota exceeded'));
    await act(async () => root.querySelector<HTMLInputElement>('#pw-highlighting')!.click());
    await vi.waitFor(() => expect(root.querySelector('[data-pw-save-status]')?.textContent).toBe('Not saved: QUOTA_BYTES quota exceeded'));
    expect(root.querySelector('[data-pw-save-status]')?.className).toBe('pw-error');
    expect(await raw()).toBeUndefined();
    // The switch shows what is in force (still on), not the change that failed.
    await vi.waitFor(() => expect(root.querySelector<HTMLInputElement>('#pw-highlighting')!.checked).toBe(true));
    vi.restoreAllMocks();
    await act(async () => root.querySelector<HTMLInputElement>('#pw-badge')!.click());
    await vi.waitFor(async () => expect((await raw())?.badgeEnabled).toBe(false));
  });
});

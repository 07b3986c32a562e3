// @vitest-environment happy-dom
// The settings item and the options page against a fake WebExtension API (wxt's fakeBrowser, in
// place before `wxt/browser` is first imported): saves merge, reset keeps the endpoint, invalid stored
// items are set aside and never written over, watchers get validated settings, a value stored before
// the item had versions is kept as it was, and a storage that refuses to write produces a visible
// "Not saved" message while the page keeps working.
import { fakeBrowser } from 'wxt/testing';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS, readSettingsReport, Settings, SETTINGS_KEY } from '../../../src/storage/settings';

(globalThis as { browser?: unknown }).browser = fakeBrowser;
type ItemModule = typeof import('../../../src/storage/settings-item');
let item: ItemModule['settingsItem'];
let OptionsApp: typeof import('../../../src/ui/options/OptionsApp').OptionsApp;

beforeAll(async () => {
  ({ settingsItem: item } = await import('../../../src/storage/settings-item'));
  ({ OptionsApp } = await import('../../../src/ui/options/OptionsApp'));
});
beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
});

const raw = async () => (await fakeBrowser.storage.local.get(SETTINGS_KEY))[SETTINGS_KEY] as Record<string, unknown> | undefined;
const META_KEY = `${SETTINGS_KEY}$`;
const storedVersion = async () => ((await fakeBrowser.storage.local.get(META_KEY))[META_KEY] as { v?: number } | undefined)?.v;

const GOOD_TERM = { id: 'custom-where-feasible', phrase: 'where feasible', variants: [], category: 'hedge', explanation: 'e', alternative: 'a', questionIds: [], example: 'Done where feasible.' };
const BAD_TERM = { ...GOOD_TERM, id: 'custom-we-will', phrase: 'we {will}', example: 'we {will}' };

/** The item as a context that starts now defines it (WXT runs its migrations then). */
async function freshItem(): Promise<ItemModule> {
  vi.resetModules();
  const module: ItemModule = await import('../../../src/storage/settings-item');
  await module.settingsItem.migrate();
  return module;
}

describe('settings item', () => {
  it('reads defaults from empty or corrupt storage', async () => {
    expect(await item.getValue()).toEqual(DEFAULT_SETTINGS);
    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: { badgeEnabled: 'yes', disabledSites: ['bad host!'] } });
    expect(await item.getValue()).toEqual(DEFAULT_SETTINGS);
  });

  it('has the defaults the schema gives, and reads a valid value as one full parse of it would', () => {
    expect(DEFAULT_SETTINGS).toEqual(Settings.parse({}));
    expect(item.fallback).toEqual(Settings.parse({}));
    const stored = { highlightingEnabled: false, badgeEnabled: false, disabledSites: [' *.Example.COM '], enabledCategories: ['hedge'], customTerms: [GOOD_TERM], endpoint: { url: 'https://x.example/' } };
    expect(readSettingsReport(stored)).toEqual({ settings: Settings.parse(stored), problems: [] });
    expect(readSettingsReport({ customTerms: 'not a list' }).settings).toEqual(DEFAULT_SETTINGS);
  });

  it('merges a patch into what is stored, keeping fields it does not touch', async () => {
    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: { ...DEFAULT_SETTINGS, highlightingEnabled: false } });
    await item.update({ badgeEnabled: false });
    expect(await raw()).toMatchObject({ badgeEnabled: false, highlightingEnabled: false });
  });

  it('resets to defaults', async () => {
    await item.update({ highlightingEnabled: false, disabledSites: ['example.com'] });
    expect(await item.reset()).toEqual(DEFAULT_SETTINGS);
    expect(await raw()).toEqual(DEFAULT_SETTINGS);
  });

  it('one invalid stored item is left out alone, reported, and set aside (not lost) on the next save (issue 13, row 11)', async () => {
    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: { disabledSites: ['example.com', 'bad host!'], customTerms: [GOOD_TERM, BAD_TERM] } });
    const { settings, problems } = await item.getReport();
    expect(settings.disabledSites).toEqual(['example.com']);
    expect(settings.customTerms.map((t) => t.id)).toEqual(['custom-where-feasible']);
    expect(problems.map((p) => [p.field, p.item])).toEqual([['disabledSites', 'bad host!'], ['customTerms', BAD_TERM]]);
    await item.update({ badgeEnabled: false });
    expect(await raw()).toMatchObject({ disabledSites: ['example.com'], customTerms: [GOOD_TERM], badgeEnabled: false });
    const after = await item.getReport();
    expect(after.problems).toEqual([]);
    expect(after.setAside.map((p) => p.item)).toEqual(['bad host!', BAD_TERM]);
  });

  it('when the save after setting aside fails, the items are kept in both places, shown and set aside once', async () => {
    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: { disabledSites: ['example.com', 'bad host!'] } });
    const set = fakeBrowser.storage.local.set.bind(fakeBrowser.storage.local);
    vi.spyOn(fakeBrowser.storage.local, 'set').mockImplementation(async (items) => {
      if (SETTINGS_KEY in items) throw new Error('QUOTA_BYTES quota exceeded');
      return set(items);
    });
    await expect(item.update({ badgeEnabled: false })).rejects.toThrow(/QUOTA/);
    expect((await raw())?.disabledSites).toEqual(['example.com', 'bad host!']);
    let report = await item.getReport();
    expect([...report.setAside, ...report.problems].map((p) => p.item)).toEqual(['bad host!']);
    vi.restoreAllMocks();
    await item.update({ badgeEnabled: false });
    report = await item.getReport();
    expect(report.problems).toEqual([]);
    expect(report.setAside.map((p) => p.item)).toEqual(['bad host!']);
  });

  it('tells watchers about changes made anywhere', async () => {
    const seen: boolean[] = [];
    const stop = item.watch((s) => seen.push(s.badgeEnabled));
    await item.update({ badgeEnabled: false });
    stop();
    await item.update({ badgeEnabled: true });
    expect(seen).toEqual([false]);
  });

  it('gives watchers validated settings: what another context wrote, with invalid items left out, and defaults once removed', async () => {
    const seen: Settings[] = [];
    const stop = item.watch((s) => seen.push(s));
    // Written straight into storage.local, as a content script's world (or a page that took it over) can.
    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: { highlightingEnabled: false, disabledSites: ['example.com', 'bad host!'], customTerms: [BAD_TERM], enabledCategories: 'all' } });
    await fakeBrowser.storage.local.remove(SETTINGS_KEY);
    // Another key changing is not a settings change.
    await fakeBrowser.storage.local.set({ 'pw:other': 1 });
    stop();
    expect(seen).toEqual([{ ...DEFAULT_SETTINGS, highlightingEnabled: false, disabledSites: ['example.com'] }, DEFAULT_SETTINGS]);
  });
});

describe('settings versions', () => {
  it('a value stored before the item had versions is version 1, kept as it was: existing users keep their settings', async () => {
    // What versions before the item stored: no version meta, an item that no longer validates, and the
    // endpoint that the background moves out on start (background/endpoint-migration.ts).
    const before = { highlightingEnabled: false, badgeEnabled: false, disabledSites: ['example.com', '*.example.org', 'bad host!'], enabledCategories: ['hedge', 'aspiration'], customTerms: [GOOD_TERM, BAD_TERM], endpoint: { url: 'https://flags.example/in', token: 't' } };
    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: structuredClone(before) });
    const { settingsItem, SETTINGS_VERSION } = await freshItem();
    expect(await settingsItem.getValue()).toEqual(readSettingsReport(before).settings);
    expect(await settingsItem.getValue()).toEqual({ highlightingEnabled: false, badgeEnabled: false, disabledSites: ['example.com', '*.example.org'], enabledCategories: ['hedge', 'aspiration'], customTerms: [GOOD_TERM] });
    expect((await settingsItem.getReport()).problems.map((p) => p.item)).toEqual(['bad host!', BAD_TERM]);
    // Version 1 is today's shape: nothing is rewritten (so nothing a later save must set aside is lost).
    expect(SETTINGS_VERSION).toBe(1);
    expect(await raw()).toEqual(before);
    expect((await storedVersion()) ?? 1).toBe(SETTINGS_VERSION);
  });

  it('a first save on a fresh install records the version, for the migrations of later versions', async () => {
    const { settingsItem, SETTINGS_VERSION } = await freshItem();
    await settingsItem.update({ badgeEnabled: false });
    expect(await storedVersion()).toBe(SETTINGS_VERSION);
    expect(await settingsItem.getValue()).toEqual({ ...DEFAULT_SETTINGS, badgeEnabled: false });
  });

  it('has a migration for every version after the first, and none beyond the current one', async () => {
    const { SETTINGS_MIGRATIONS, SETTINGS_VERSION } = await freshItem();
    for (let v = 2; v <= SETTINGS_VERSION; v++) expect(typeof SETTINGS_MIGRATIONS[v], `migration to version ${v}`).toBe('function');
    expect(Object.keys(SETTINGS_MIGRATIONS).map(Number).filter((v) => v < 2 || v > SETTINGS_VERSION)).toEqual([]);
  });

  it('a value a newer version stored is read (validated) and not rewritten when an older version runs', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const { SETTINGS_VERSION } = await import('../../../src/storage/settings-item');
    const newer = { badgeEnabled: false, disabledSites: ['example.com'], somethingNew: { a: 1 } };
    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: structuredClone(newer), [META_KEY]: { v: SETTINGS_VERSION + 1 } });
    vi.resetModules();
    const { settingsItem } = await import('../../../src/storage/settings-item');
    expect(await settingsItem.getValue()).toEqual({ ...DEFAULT_SETTINGS, badgeEnabled: false, disabledSites: ['example.com'] });
    expect(await raw()).toEqual(newer);
    expect(await storedVersion()).toBe(SETTINGS_VERSION + 1);
    expect(error).toHaveBeenCalledWith(expect.stringMatching(/Migration failed/), expect.anything());
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

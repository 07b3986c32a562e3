/**
 * Reading and writing the settings in `browser.storage.local`. Every value written is the schema's
 * output: nothing unvalidated reaches storage. A stored list item that no longer validates (an older
 * version's, or one written by hand) is not silently lost on the next save: it is moved, with its
 * reason, to SET_ASIDE_KEY, which Options lists.
 */
import { browser } from 'wxt/browser';
import { DEFAULT_SETTINGS, readSettingsReport, Settings, SETTINGS_KEY, type SettingsProblem } from './settings';

export const SET_ASIDE_KEY = 'pw:settings-set-aside';
/** Bounded: whatever fills storage.local cannot grow this without end. */
const SET_ASIDE_MAX = 200;

export type SetAsideItem = SettingsProblem & { setAsideAt: string };

export async function loadSettings(): Promise<Settings> {
  const stored = await browser.storage.local.get(SETTINGS_KEY);
  return readSettingsReport(stored[SETTINGS_KEY]).settings;
}

/** The settings, the stored items they left out, and those set aside by earlier saves. */
export async function loadSettingsWithProblems(): Promise<{ settings: Settings; problems: SettingsProblem[]; setAside: SetAsideItem[] }> {
  const stored = await browser.storage.local.get([SETTINGS_KEY, SET_ASIDE_KEY]);
  const { settings, problems } = readSettingsReport(stored[SETTINGS_KEY]);
  const setAside = Array.isArray(stored[SET_ASIDE_KEY]) ? (stored[SET_ASIDE_KEY] as SetAsideItem[]) : [];
  return { settings, problems, setAside };
}

async function write(next: Settings): Promise<Settings> {
  const stored = await browser.storage.local.get([SETTINGS_KEY, SET_ASIDE_KEY]);
  const { problems } = readSettingsReport(stored[SETTINGS_KEY]);
  const items: Record<string, unknown> = { [SETTINGS_KEY]: next };
  if (problems.length > 0) {
    const before = Array.isArray(stored[SET_ASIDE_KEY]) ? (stored[SET_ASIDE_KEY] as unknown[]) : [];
    const now = new Date().toISOString();
    items[SET_ASIDE_KEY] = [...before, ...problems.map((p) => ({ ...p, setAsideAt: now }))].slice(-SET_ASIDE_MAX);
  }
  await browser.storage.local.set(items);
  return next;
}

/** Applies `patch` over the stored settings and returns what was saved. Throws when storage refuses (full, blocked). */
export async function updateSettings(patch: Partial<Settings>): Promise<Settings> {
  return write(Settings.parse({ ...(await loadSettings()), ...patch }));
}

/** Back to defaults. The flags endpoint is not a setting here (the background keeps it) and stays. */
export async function resetSettings(): Promise<Settings> {
  return write(DEFAULT_SETTINGS);
}

/** Forgets the items set aside (the reader has seen or copied them). */
export async function clearSetAside(): Promise<void> {
  await browser.storage.local.remove(SET_ASIDE_KEY);
}

/** Calls back with the new settings whenever any page changes them. Returns the remover. */
export function watchSettings(onChange: (settings: Settings) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && SETTINGS_KEY in changes) onChange(readSettingsReport(changes[SETTINGS_KEY]?.newValue).settings);
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}

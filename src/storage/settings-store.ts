/**
 * Reading and writing the settings in `browser.storage.local`. Writes merge into what is stored, so the
 * options page never drops a field another part owns (the flags endpoint), and every value written is
 * the schema's output: nothing unvalidated reaches storage.
 */
import { browser } from 'wxt/browser';
import { DEFAULT_SETTINGS, readSettings, Settings, SETTINGS_KEY } from './settings';

export async function loadSettings(): Promise<Settings> {
  const stored = await browser.storage.local.get(SETTINGS_KEY);
  return readSettings(stored[SETTINGS_KEY]);
}

/** Applies `patch` over the stored settings and returns what was saved. Throws when storage refuses (full, blocked). */
export async function updateSettings(patch: Partial<Settings>): Promise<Settings> {
  const next = Settings.parse({ ...(await loadSettings()), ...patch });
  await browser.storage.local.set({ [SETTINGS_KEY]: next });
  return next;
}

/** Back to defaults, keeping the flags endpoint: resetting the display must not disconnect submissions. */
export async function resetSettings(): Promise<Settings> {
  const { endpoint } = await loadSettings();
  const next = { ...DEFAULT_SETTINGS, endpoint };
  await browser.storage.local.set({ [SETTINGS_KEY]: next });
  return next;
}

/** Calls back with the new settings whenever any page changes them. Returns the remover. */
export function watchSettings(onChange: (settings: Settings) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && SETTINGS_KEY in changes) onChange(readSettings(changes[SETTINGS_KEY]?.newValue));
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}

/** The user's settings as the content script sees them: read once, then followed live. */
import { browser } from 'wxt/browser';
import { DEFAULT_SETTINGS, readSettings, SETTINGS_KEY, type Settings } from '../storage/settings';

export async function loadSettings(): Promise<Settings> {
  try {
    const stored = await browser.storage.local.get(SETTINGS_KEY);
    return readSettings(stored[SETTINGS_KEY]);
  } catch {
    // Storage unavailable (extension updating, profile locked): behave as installed.
    return DEFAULT_SETTINGS;
  }
}

/** Calls `listener` with the parsed settings each time the options page (or a test) writes them. */
export function followSettings(listener: (settings: Settings) => void): () => void {
  const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && SETTINGS_KEY in changes) listener(readSettings(changes[SETTINGS_KEY]!.newValue));
  };
  browser.storage.onChanged.addListener(onChanged);
  return () => browser.storage.onChanged.removeListener(onChanged);
}

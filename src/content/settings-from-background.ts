/**
 * The content script's settings: asked of the background (`settings/get`), which validates what is stored
 * (storage/settings-item.ts), so this stage carries no zod; asked again whenever the stored value changes.
 * Without an answer (a background restarting) the defaults serve until the next change.
 */
import { browser } from 'wxt/browser';
import type { Settings } from '../storage/settings';
import { DEFAULT_SETTINGS, SETTINGS_KEY } from '../storage/settings-rules';
import { sendFromContent } from './content-messages';

export async function loadSettings(): Promise<Settings> {
  return sendFromContent({ type: 'settings/get' }).catch(() => DEFAULT_SETTINGS);
}

/** Calls `onChange` with the settings in force after each change to the stored value; returns the remover. */
export function followSettings(onChange: (settings: Settings) => void): () => void {
  let latest = 0;
  const listener = (changes: Record<string, unknown>, area: string) => {
    if (area !== 'local' || !Object.hasOwn(changes, SETTINGS_KEY)) return;
    // Answers may come back out of order: only the newest question's answer is applied.
    const asked = ++latest;
    void loadSettings().then((settings) => {
      if (asked === latest) onChange(settings);
    });
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}

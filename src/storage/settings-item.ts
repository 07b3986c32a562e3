/**
 * The user's settings as one WXT storage item (`local:pw:settings`): the only way the background, the
 * content script, the popup and the options page read, write and watch them.
 *
 * Every read is validated (settings.ts readSettingsReport): a content script's world can write
 * storage.local, so nothing read from it is trusted. Every value written is the schema's output. A stored
 * list item that no longer validates (an older version's, or one written by hand) is left out of what is
 * read and reported; the next save moves it, with its reason, to the set-aside list Options shows, so it is
 * never written over and lost (issue 13, row 11).
 *
 * Versions: what versions before this item stored (no `pw:settings$` meta) is version 1, and is today's
 * shape. A change of shape raises SETTINGS_VERSION to n and adds SETTINGS_MIGRATIONS[n], taking a version
 * n-1 value to version n; WXT runs the missing steps when the item is defined (each extension context, on
 * start) and records the version. A step gets whatever was stored, written by anyone, so it must never throw
 * on odd input and must keep what it does not understand (the reader reports it). It must also return a
 * value already in its own shape unchanged: a value written without the meta (by the background's endpoint
 * move, background/endpoint-migration.ts, the one other writer of this key; by a test; or after a first
 * save that failed half-way) reads as version 1.
 */
import { storage, type Unwatch } from 'wxt/utils/storage';
import { DEFAULT_SETTINGS, readSettingsReport, Settings, SETTINGS_KEY, type SettingsProblem } from './settings';

export const SETTINGS_VERSION = 1;
/** By target version: SETTINGS_MIGRATIONS[n] takes a version n-1 value to version n. */
export const SETTINGS_MIGRATIONS: Readonly<Record<number, (stored: unknown) => unknown>> = {};

export const SET_ASIDE_KEY = 'pw:settings-set-aside';
/** Bounded: whatever fills storage.local cannot grow this without end. */
const SET_ASIDE_MAX = 200;

export type SetAsideItem = SettingsProblem & { setAsideAt: string };
export type SettingsReport = {
  settings: Settings;
  /** Stored items the settings left out. */
  problems: SettingsProblem[];
  /** Items left out and moved aside by earlier saves. */
  setAside: SetAsideItem[];
};

/** What is stored, unvalidated: read only through readSettingsReport below. */
const storedItem = storage.defineItem<unknown>(`local:${SETTINGS_KEY}`, { version: SETTINGS_VERSION, migrations: { ...SETTINGS_MIGRATIONS } });
const setAsideItem = storage.defineItem<unknown>(`local:${SET_ASIDE_KEY}`);

const setAsideList = (raw: unknown): SetAsideItem[] => (Array.isArray(raw) ? (raw as SetAsideItem[]) : []);
const sameItem = (a: SettingsProblem, b: SettingsProblem) => a.field === b.field && JSON.stringify(a.item) === JSON.stringify(b.item);

async function write(next: Settings): Promise<Settings> {
  const { problems } = readSettingsReport(await storedItem.getValue());
  if (problems.length > 0) {
    // Set aside first: if the settings write then fails, the items are kept twice (shown once, as below), never lost.
    const before = setAsideList(await setAsideItem.getValue());
    const now = new Date().toISOString();
    const added = problems.filter((p) => !before.some((b) => sameItem(b, p))).map((p) => ({ ...p, setAsideAt: now }));
    await setAsideItem.setValue([...before, ...added].slice(-SET_ASIDE_MAX));
  }
  await storedItem.setValue(next);
  return next;
}

export const settingsItem = {
  key: storedItem.key,
  /** What is read when nothing (or nothing usable) is stored. */
  fallback: DEFAULT_SETTINGS,

  /** The settings in force: every stored item that validates, defaults for the rest. */
  async getValue(): Promise<Settings> {
    return readSettingsReport(await storedItem.getValue()).settings;
  },

  /** The settings, the stored items they left out, and the items earlier saves set aside (for Options). */
  async getReport(): Promise<SettingsReport> {
    const [stored, setAside] = await Promise.all([storedItem.getValue(), setAsideItem.getValue()]);
    const { settings, problems } = readSettingsReport(stored);
    const kept = setAsideList(setAside);
    return { settings, problems: problems.filter((p) => !kept.some((k) => sameItem(k, p))), setAside: kept };
  },

  /** Applies `patch` over the stored settings and returns what was saved. Throws when storage refuses (full, blocked). */
  async update(patch: Partial<Settings>): Promise<Settings> {
    return write(Settings.parse({ ...(await settingsItem.getValue()), ...patch }));
  },

  /** Back to defaults. The flags endpoint is not a setting here (the background keeps it) and stays. */
  reset(): Promise<Settings> {
    return write(DEFAULT_SETTINGS);
  },

  /** Forgets the items set aside (the reader has seen or copied them). */
  clearSetAside(): Promise<void> {
    return setAsideItem.removeValue();
  },

  /** Calls back with the settings in force whenever any part of the extension (or a page) changes them. */
  watch(onChange: (settings: Settings) => void): Unwatch {
    return storedItem.watch((stored) => onChange(readSettingsReport(stored).settings));
  },

  /** Runs the migrations still missing; WXT already does when the item is defined (for tests). */
  migrate(): Promise<void> {
    return storedItem.migrate();
  },
};

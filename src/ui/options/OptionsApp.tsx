import { useEffect, useState } from 'preact/hooks';
import type { Settings, SettingsProblem } from '../../storage/settings';
import { settingsItem, type SetAsideItem } from '../../storage/settings-item';
import { StatusMessage } from '../common/StatusMessage';
import { FlagsManager } from '../../flags/ui/flags-manager';
import { CategoryToggles } from './CategoryToggles';
import { CustomTerms } from './CustomTerms';
import { ResetSettings } from './ResetSettings';
import { SiteExceptions } from './SiteExceptions';
import { ToggleSetting } from './ToggleSetting';

/** The options page: every change is saved at once and confirmed; a failed save says so and keeps the form. */
export function OptionsApp() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [loadError, setLoadError] = useState('');
  const [status, setStatus] = useState<{ text: string; error: boolean }>({ text: '', error: false });
  const [unusable, setUnusable] = useState<(SettingsProblem | SetAsideItem)[]>([]);

  const refreshProblems = () =>
    settingsItem.getReport().then(({ problems, setAside }) => setUnusable([...setAside, ...problems]), () => {});
  useEffect(() => {
    settingsItem.getReport().then(({ settings: s, problems, setAside }) => {
      setSettings(s);
      setUnusable([...setAside, ...problems]);
    }, (e: unknown) => setLoadError(String(e)));
    return settingsItem.watch((s) => {
      setSettings(s);
      void refreshProblems();
    });
  }, []);

  const save = async (patch: Partial<Settings>) => {
    try {
      setSettings(await settingsItem.update(patch));
      setStatus({ text: 'Saved.', error: false });
    } catch (e) {
      setStatus({ text: `Not saved: ${e instanceof Error ? e.message : String(e)}`, error: true });
    }
  };
  const reset = async () => {
    try {
      setSettings(await settingsItem.reset());
      setStatus({ text: 'Settings reset to the defaults.', error: false });
    } catch (e) {
      setStatus({ text: `Not reset: ${String(e)}`, error: true });
    }
  };

  return (
    <main class="pw-options">
      <h1>Pledgewatch options</h1>
      <p>
        <a href="dataset.html">Open the dataset browser</a>
      </p>
      <p class={status.error ? 'pw-error' : 'pw-saved'} role="status" aria-live="polite" data-pw-save-status>
        {status.text}
      </p>
      {loadError ? <StatusMessage tone="error" title="Settings could not be read.">{loadError}</StatusMessage> : null}
      {settings === null && !loadError ? <StatusMessage tone="loading" title="Loading settings…" /> : null}
      {unusable.length > 0 ? (
        <StatusMessage tone="error" title={`${unusable.length} stored setting${unusable.length === 1 ? '' : 's'} could not be used and ${unusable.length === 1 ? 'is' : 'are'} left out.`}>
          <p>Each is kept aside as it was (nothing is deleted); copy what you need, then dismiss.</p>
          <ul data-pw-settings-problems>
            {unusable.map((p, i) => (
              <li key={i}>
                {p.field}: <code>{JSON.stringify(p.item)?.slice(0, 200)}</code>: {p.reason}
              </li>
            ))}
          </ul>
          <button type="button" class="pw-button pw-button--secondary" onClick={() => void settingsItem.clearSetAside().then(refreshProblems)}>
            Dismiss
          </button>
        </StatusMessage>
      ) : null}
      {settings ? (
        <>
          <section class="pw-panel" aria-labelledby="pw-display-h">
            <h2 id="pw-display-h">Display</h2>
            <ToggleSetting id="pw-highlighting" label="Highlight vague terms on pages" description="Marks vague terms in the page text and explains them on hover or focus." checked={settings.highlightingEnabled} onChange={(v) => save({ highlightingEnabled: v })} />
            <ToggleSetting id="pw-badge" label="Show the toolbar badge" description="The number of tracked records for the page, red when an NGO question to the company is still open." checked={settings.badgeEnabled} onChange={(v) => save({ badgeEnabled: v })} />
          </section>
          <SiteExceptions sites={settings.disabledSites} onChange={(disabledSites) => save({ disabledSites })} />
          <CategoryToggles enabled={settings.enabledCategories} onChange={(enabledCategories) => save({ enabledCategories })} />
          <CustomTerms terms={settings.customTerms} onChange={(customTerms) => save({ customTerms })} />
          <ResetSettings onReset={reset} />
        </>
      ) : null}
      <FlagsManager />
    </main>
  );
}

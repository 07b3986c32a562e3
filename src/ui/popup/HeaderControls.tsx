import { useEffect, useState } from 'preact/hooks';
import { highlightingAllowed, siteMatches, type Settings } from '../../storage/settings';
import { settingsItem } from '../../storage/settings-item';
import { errorText } from '../../flags/ui/flag-labels';
import { toggleSite } from './popup-model';

/**
 * The two controls a reader wants without opening Options: pause Pledgewatch on this site, hide
 * highlights everywhere. Saved through the settings item, as Options does; the page follows live.
 */
export function HeaderControls({ host }: { host: string | null }) {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [problem, setProblem] = useState('');
  useEffect(() => {
    settingsItem.getValue().then(setSettings, (e: unknown) => setProblem(`Settings could not be read: ${errorText(e)}`));
    return settingsItem.watch(setSettings);
  }, []);
  if (!settings) return problem ? <p class="pw-error" role="alert">{problem}</p> : null;

  const save = async (patch: Partial<Settings>) => {
    try {
      setSettings(await settingsItem.update(patch));
      setProblem('');
    } catch (e) {
      setProblem(`Not saved: ${errorText(e)}`);
    }
  };
  const paused = host !== null && settings.disabledSites.some((p) => siteMatches(p, host));
  return (
    <div class="pw-controls" role="group" aria-label="Highlighting">
      {host ? (
        <button type="button" class="pw-toggle" aria-pressed={paused} data-pw-pause onClick={() => save({ disabledSites: toggleSite(settings.disabledSites, host, !paused) })}>
          Pause on this site
        </button>
      ) : null}
      <button type="button" class="pw-toggle" aria-pressed={!settings.highlightingEnabled} data-pw-hide-highlights onClick={() => save({ highlightingEnabled: !settings.highlightingEnabled })}>
        Hide highlights
      </button>
      <span class="pw-visually-hidden" role="status">
        {host && !highlightingAllowed(settings, host) ? 'No highlights on this page.' : ''}
      </span>
      {problem ? <p class="pw-error" role="alert">{problem}</p> : null}
    </div>
  );
}

import { useState } from 'preact/hooks';

/** Reset in two steps inside the page (no modal `confirm()`, which some embedded options pages block). */
export function ResetSettings({ onReset }: { onReset: () => void }) {
  const [asking, setAsking] = useState(false);
  return (
    <section class="pw-panel" aria-labelledby="pw-reset-h">
      <h2 id="pw-reset-h">Reset</h2>
      <p class="pw-muted">Restores the defaults for display, site exceptions, categories and your own terms. Your flags and the submission endpoint are kept.</p>
      {asking ? (
        <div role="group" aria-label="Confirm reset">
          <button type="button" class="pw-button pw-button--danger" data-pw-confirm-reset onClick={() => (setAsking(false), onReset())}>
            Yes, reset
          </button>{' '}
          <button type="button" class="pw-button pw-button--secondary" onClick={() => setAsking(false)}>
            Cancel
          </button>
        </div>
      ) : (
        <button type="button" class="pw-button pw-button--danger" data-pw-reset onClick={() => setAsking(true)}>
          Reset to defaults…
        </button>
      )}
    </section>
  );
}

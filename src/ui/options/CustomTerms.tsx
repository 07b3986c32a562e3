import type { VagueTerm } from '../../core/lexicon/schema';
import { CATEGORY_LABELS } from '../popup/popup-model';
import { CustomTermForm } from './CustomTermForm';

/** The user's own vague terms: listed, removable, and a form to add more. */
export function CustomTerms({ terms, onChange }: { terms: VagueTerm[]; onChange: (terms: VagueTerm[]) => void }) {
  return (
    <section class="pw-panel" aria-labelledby="pw-custom-h">
      <h2 id="pw-custom-h">Your own vague terms</h2>
      {terms.length === 0 ? <p class="pw-empty">None yet. Terms you add are highlighted like the built-in ones.</p> : null}
      <ul class="pw-list" data-pw-custom-terms>
        {terms.map((t) => (
          <li key={t.id}>
            <strong>{t.phrase}</strong> <span class="pw-chip">{CATEGORY_LABELS[t.category]}</span> — {t.explanation}{' '}
            <button type="button" class="pw-button pw-button--small pw-button--secondary" aria-label={`Remove ${t.phrase}`} onClick={() => onChange(terms.filter((x) => x.id !== t.id))}>
              Remove
            </button>
          </li>
        ))}
      </ul>
      <CustomTermForm existing={terms} onAdd={(term) => onChange([...terms, term])} />
    </section>
  );
}

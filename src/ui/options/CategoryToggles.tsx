import { VagueCategory } from '../../core/lexicon/schema';
import { CATEGORY_LABELS } from '../popup/popup-model';

/** Which kinds of vague language are highlighted; an unticked category is hidden on pages. */
export function CategoryToggles({ enabled, onChange }: { enabled: VagueCategory[]; onChange: (enabled: VagueCategory[]) => void }) {
  const toggle = (category: VagueCategory, on: boolean) =>
    onChange(VagueCategory.options.filter((c) => (c === category ? on : enabled.includes(c))));
  return (
    <fieldset class="pw-panel">
      <legend>Kinds of vague language to highlight</legend>
      <ul class="pw-list pw-list--columns">
        {VagueCategory.options.map((category) => (
          <li key={category}>
            <input id={`pw-cat-${category}`} type="checkbox" checked={enabled.includes(category)} onChange={(e) => toggle(category, e.currentTarget.checked)} />{' '}
            <label for={`pw-cat-${category}`}>{CATEGORY_LABELS[category]}</label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}

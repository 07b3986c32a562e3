import { useState } from 'preact/hooks';
import { VagueCategory, type VagueTerm } from '../../core/lexicon/schema';
import { CATEGORY_LABELS } from '../popup/popup-model';
import { EMPTY_FORM, parseCustomTerm, type CustomTermForm as Form, type FormErrors } from './custom-term-form';

const FIELDS: Array<{ key: Exclude<keyof Form, 'category'>; label: string; hint: string; multiline?: boolean }> = [
  { key: 'phrase', label: 'Phrase', hint: 'The words to flag, e.g. “where feasible”.' },
  { key: 'variants', label: 'Variants (optional)', hint: 'Other spellings, separated by commas.' },
  { key: 'explanation', label: 'Why it is vague', hint: 'One sentence: why a reader should ask more.', multiline: true },
  { key: 'alternative', label: 'A more precise wording', hint: 'What a reader could ask the company to say instead.', multiline: true },
  { key: 'example', label: 'Example sentence', hint: 'A sentence containing the phrase.', multiline: true },
];

/** Adds a user's own vague term; every field is validated and each error is shown beside its field. */
export function CustomTermForm({ existing, onAdd }: { existing: VagueTerm[]; onAdd: (term: VagueTerm) => void }) {
  const [form, setForm] = useState<Form>(EMPTY_FORM);
  const [errors, setErrors] = useState<FormErrors>({});
  const set = (key: keyof Form, value: string) => setForm({ ...form, [key]: value });
  const submit = (e: Event) => {
    e.preventDefault();
    const result = parseCustomTerm(form, existing);
    if (!result.ok) {
      setErrors(result.errors);
      const first = Object.keys(result.errors)[0];
      if (first) document.getElementById(`pw-term-${first}`)?.focus();
      return;
    }
    setErrors({});
    setForm(EMPTY_FORM);
    onAdd(result.term);
  };
  return (
    <form class="pw-term-form" onSubmit={submit} aria-labelledby="pw-add-term-h" noValidate>
      <h3 id="pw-add-term-h">Add a vague term</h3>
      {FIELDS.map(({ key, label, hint, multiline }) => {
        const Input = multiline ? 'textarea' : 'input';
        return (
          <div class="pw-field" key={key}>
            <label for={`pw-term-${key}`}>{label}</label>
            <Input
              id={`pw-term-${key}`}
              value={form[key]}
              rows={multiline ? 2 : undefined}
              onInput={(e) => set(key, (e.currentTarget as HTMLInputElement).value)}
              aria-invalid={errors[key] ? 'true' : undefined}
              aria-describedby={`pw-term-${key}-hint${errors[key] ? ` pw-term-${key}-error` : ''}`}
            />
            <span id={`pw-term-${key}-hint`} class="pw-muted">
              {hint}
            </span>
            {errors[key] ? (
              <span id={`pw-term-${key}-error`} class="pw-error" data-pw-error={key}>
                {errors[key]}
              </span>
            ) : null}
          </div>
        );
      })}
      <div class="pw-field">
        <label for="pw-term-category">Category</label>
        <select id="pw-term-category" value={form.category} onChange={(e) => set('category', e.currentTarget.value)}>
          {VagueCategory.options.map((c) => (
            <option key={c} value={c}>
              {CATEGORY_LABELS[c]}
            </option>
          ))}
        </select>
        {errors.category ? <span class="pw-error">{errors.category}</span> : null}
      </div>
      <button type="submit" class="pw-button">
        Add term
      </button>
    </form>
  );
}

/**
 * The fields a reader fills in when flagging and edits later: title, company, category, related
 * dataset ids, note. Shared by the popup panel and the options list's editor.
 */
import { extensionDataset } from '../../data/extension-dataset';
import { FlagCategory } from '../../data/schema';
import { parseRelatedIds, type FlagDraft } from '../model/flag-schema';
import { RECORD_TYPE_LABELS } from '../../core/records/labels';
import { findRecord, nameOf, questionNumberText, type AnyRecord } from '../../core/records/records';
import { CATEGORY_LABELS } from './flag-labels';

export type FieldValues = { title: string; companyName: string; category: FlagCategory | ''; relatedText: string; note: string };
export type KnownCompany = { id: string; name: string };
/** A dataset record a flag may be about, as the popup shows it. */
export type RelatedOption = { id: string; label: string };

/** A record already on a flag, named in words when the bundled dataset still has it (its id otherwise). */
function recordOption(id: string): RelatedOption {
  let item: AnyRecord | null = null;
  let asker = (askedById: string) => askedById;
  try {
    const dataset = extensionDataset();
    item = findRecord(dataset, id);
    asker = (askedById) => nameOf(dataset, askedById);
  } catch {
    // An invalid bundled dataset is reported elsewhere; the id still names the record.
  }
  if (!item) return { id, label: id };
  const label = item.kind === 'commitment' ? item.record.summary : item.kind === 'question' ? `${asker(item.record.askedById)}, ${questionNumberText(item.record.number)}` : item.record.title;
  return { id, label: `${RECORD_TYPE_LABELS[item.kind].one[0]!.toUpperCase()}${RECORD_TYPE_LABELS[item.kind].one.slice(1)}: ${label}` };
}

/** The related ids in the form's text, with `id` ticked or unticked; order kept, no duplicates. */
export function toggleRelated(relatedText: string, id: string, on: boolean): string {
  const ids = parseRelatedIds(relatedText).ids.filter((x) => x !== id);
  return (on ? [...ids, id] : ids).join(' ');
}

/**
 * Companies to offer and to recognise: those detected on the page first, then every company the
 * dataset tracks, so a reader who corrects the detection to another tracked company still links its id.
 */
export function knownCompanies(detected: readonly KnownCompany[]): KnownCompany[] {
  let tracked: KnownCompany[] = [];
  try {
    tracked = extensionDataset().companies.map((c) => ({ id: c.id, name: c.name }));
  } catch {
    // An invalid bundled dataset is reported by the popup and dataset pages; flagging still works with names only.
  }
  const seen = new Set(detected.map((c) => c.id));
  return [...detected, ...tracked.filter((c) => !seen.has(c.id))];
}

/** The form's values as flag fields, or the first problem to show. A known company name or id gives its dataset id. */
export function readFields(
  v: FieldValues,
  companies: readonly KnownCompany[],
): { ok: true; fields: Pick<FlagDraft, 'title' | 'companyId' | 'companyName' | 'category' | 'relatedIds' | 'note'> } | { ok: false; error: string } {
  if (v.category === '') return { ok: false, error: 'Choose a category.' };
  const related = parseRelatedIds(v.relatedText);
  if (related.invalid.length) return { ok: false, error: `Not dataset ids: ${related.invalid.join(', ')} (ids look like "ibm" or "edri-2020-ibm-q8").` };
  const name = v.companyName.trim();
  const known = companies.find((c) => c.name.toLowerCase() === name.toLowerCase() || c.id === name.toLowerCase());
  return {
    ok: true,
    fields: { title: v.title, companyId: known?.id ?? null, companyName: known?.name ?? name, category: v.category, relatedIds: related.ids, note: v.note },
  };
}

export function FlagFields({
  idPrefix,
  values,
  onChange,
  companies,
  relatedOptions = [],
}: {
  idPrefix: string;
  values: FieldValues;
  onChange: (v: FieldValues) => void;
  companies: readonly KnownCompany[];
  /** Records to offer as checkboxes (what the popup shows); ids already in the flag are offered too. */
  relatedOptions?: readonly RelatedOption[];
}) {
  const chosen = new Set(parseRelatedIds(values.relatedText).ids);
  const offered = [...relatedOptions, ...[...chosen].filter((id) => !relatedOptions.some((o) => o.id === id)).map(recordOption)];
  const set = <K extends keyof FieldValues>(key: K) => (e: Event) => onChange({ ...values, [key]: (e.currentTarget as HTMLInputElement).value });
  return (
    <>
      <label class="pw-field">
        Title
        <input id={`${idPrefix}-title`} name="title" value={values.title} onInput={set('title')} />
      </label>
      <label class="pw-field">
        Company
        <input id={`${idPrefix}-company`} name="company" list={`${idPrefix}-companies`} value={values.companyName} onInput={set('companyName')} />
        <datalist id={`${idPrefix}-companies`}>
          {companies.map((c) => (
            <option key={c.id} value={c.name} />
          ))}
        </datalist>
      </label>
      <label class="pw-field">
        Category
        <select id={`${idPrefix}-category`} name="category" required value={values.category} onChange={set('category')}>
          <option value="" disabled>
            Choose…
          </option>
          {FlagCategory.options.map((c) => (
            <option key={c} value={c}>
              {CATEGORY_LABELS[c]}
            </option>
          ))}
        </select>
      </label>
      {offered.length > 0 ? (
        <fieldset class="pw-related" data-pw-related>
          <legend>
            Related records <span class="pw-muted">(optional)</span>
          </legend>
          {offered.map((o) => (
            <label key={o.id} class="pw-related__option">
              <input type="checkbox" name="related" value={o.id} checked={chosen.has(o.id)} onChange={(e) => onChange({ ...values, relatedText: toggleRelated(values.relatedText, o.id, e.currentTarget.checked) })} />{' '}
              {o.label}
            </label>
          ))}
        </fieldset>
      ) : null}
      <label class="pw-field">
        Note
        <textarea id={`${idPrefix}-note`} name="note" rows={3} value={values.note} onInput={set('note')} />
      </label>
    </>
  );
}

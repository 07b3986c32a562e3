import { Topic, type Dataset } from '../../data/schema';
import { TOPIC_LABELS, plural } from '../../core/records/labels';
import { isFiltered, NO_FILTER, type BrowserFilter, type RecordType } from './browser-model';

/** Words, topic, company and record type; every control labelled, the count announced. */
export function BrowserFilters(props: { dataset: Dataset; filter: BrowserFilter; onChange: (f: BrowserFilter) => void; shown: number }) {
  const { dataset, filter, onChange } = props;
  return (
    <form role="search" class="pw-filters" aria-label="Filter the dataset" onSubmit={(e) => e.preventDefault()}>
      <label class="pw-field">
        <span>Words</span>
        <input type="search" value={filter.text} onInput={(e) => onChange({ ...filter, text: e.currentTarget.value })} data-pw-filter-text />
      </label>
      <label class="pw-field">
        <span>Topic</span>
        <select value={filter.topic ?? ''} onChange={(e) => onChange({ ...filter, topic: (e.currentTarget.value || null) as Topic | null })}>
          <option value="">Any</option>
          {Topic.options.map((t) => (
            <option key={t} value={t}>
              {TOPIC_LABELS[t]}
            </option>
          ))}
        </select>
      </label>
      <label class="pw-field">
        <span>Company</span>
        <select value={filter.companyId ?? ''} onChange={(e) => onChange({ ...filter, companyId: e.currentTarget.value || null })}>
          <option value="">Any</option>
          {[...dataset.companies]
            .sort((a, b) => a.name.localeCompare(b.name))
            .map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
        </select>
      </label>
      <label class="pw-field">
        <span>Records</span>
        <select value={filter.type ?? ''} onChange={(e) => onChange({ ...filter, type: (e.currentTarget.value || null) as RecordType | null })}>
          <option value="">All</option>
          <option value="commitment">Commitments</option>
          <option value="question">NGO questions</option>
          <option value="assessment">Assessments</option>
        </select>
      </label>
      <button type="button" class="pw-button pw-button--secondary" disabled={!isFiltered(filter)} onClick={() => onChange(NO_FILTER)}>
        Clear filters
      </button>
      <p role="status" aria-live="polite" class="pw-muted pw-filters__count">
        {plural(props.shown, 'company', 'companies')} shown
      </p>
    </form>
  );
}

import { useEffect, useMemo, useState } from 'preact/hooks';
import { Topic, type Dataset } from '../../data/schema';
import { RECORD_TYPE_LABELS, TOPIC_LABELS, browserLink, plural } from '../../core/records/labels';
import { nameOf, questionNumberText } from '../../core/records/records';
import { prepareSearch, recordCompanyId, searchDataset } from '../../core/records/search';

const LIMIT = 20;

/** Search the whole dataset by words, topic or company: what the popup offers on a page that is not relevant. */
export function DatasetSearch({ dataset }: { dataset: Dataset }) {
  const [text, setText] = useState('');
  const [topic, setTopic] = useState<Topic | ''>('');
  const [companyId, setCompanyId] = useState('');
  const results = useMemo(() => searchDataset(dataset, { text, topic: topic || null, companyId: companyId || null }), [dataset, text, topic, companyId]);
  const asked = text.trim() !== '' || topic !== '' || companyId !== '';
  // Once painted, index the dataset, so the first letter typed does not wait for it.
  useEffect(() => prepareSearch(dataset), [dataset]);
  // Sorted and rendered once per dataset: the same options on every keystroke are then not diffed again
  // (a coalition's dataset lists thousands of companies).
  const companyOptions = useMemo(
    () =>
      [...dataset.companies]
        .sort((a, b) => a.name.localeCompare(b.name))
        .map((c) => (
          <option key={c.id} value={c.id}>
            {c.name}
          </option>
        )),
    [dataset],
  );

  return (
    <section class="pw-section" aria-labelledby="pw-search-h" data-pw-section="search">
      <h2 id="pw-search-h" class="pw-section__title">
        Search the dataset
      </h2>
      <form role="search" class="pw-search" onSubmit={(e) => e.preventDefault()}>
        <label class="pw-field">
          <span>Words</span>
          <input type="search" value={text} onInput={(e) => setText(e.currentTarget.value)} placeholder="e.g. moratorium, police, EDRi" data-pw-search-input />
        </label>
        <div class="pw-search__row">
          <label class="pw-field">
            <span>Topic</span>
            <select value={topic} onChange={(e) => setTopic(e.currentTarget.value as Topic | '')}>
              <option value="">Any topic</option>
              {Topic.options.map((t) => (
                <option key={t} value={t}>
                  {TOPIC_LABELS[t]}
                </option>
              ))}
            </select>
          </label>
          <label class="pw-field">
            <span>Company</span>
            <select value={companyId} onChange={(e) => setCompanyId(e.currentTarget.value)}>
              <option value="">Any company</option>
              {companyOptions}
            </select>
          </label>
        </div>
      </form>
      <p role="status" aria-live="polite" class="pw-muted">
        {asked ? `${plural(results.length, 'record')} found${results.length > LIMIT ? `, first ${LIMIT} shown` : ''}` : `${plural(dataset.commitments.length, 'commitment')}, ${plural(dataset.questions.length, 'NGO question')} and ${plural(dataset.assessments.length, 'assessment')} to search.`}
      </p>
      <ul class="pw-results" data-pw-results>
        {results.slice(0, LIMIT).map((item) => (
          <li key={item.record.id}>
            <a href={browserLink(item.record.id)} target="_blank">
              <span class="pw-chip">{RECORD_TYPE_LABELS[item.kind].one}</span> {nameOf(dataset, recordCompanyId(item))}:{' '}
              {item.kind === 'commitment' ? item.record.summary : item.kind === 'question' ? `${nameOf(dataset, item.record.askedById)} ${questionNumberText(item.record.number)}` : item.record.title}
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}

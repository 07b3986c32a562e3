import { plural } from '../../core/records/labels';
import { useEffect, useMemo, useState } from 'preact/hooks';
import { extensionDataset } from '../../data/extension-dataset';
import { isOwnWords, type Dataset } from '../../data/schema';
import { StatusMessage } from '../common/StatusMessage';
import { findRecord } from '../../core/records/records';
import { BrowserFilters } from './BrowserFilters';
import { companiesWithRecords, linkedRecordId, MORATORIA_2020, NO_FILTER, type BrowserFilter } from './browser-model';
import { CompanyBlock } from './CompanyBlock';
import { DatasetChangelog } from './DatasetChangelog';
import { ComparisonColumns } from './ComparisonColumns';
import { QuestionClock } from './QuestionClock';

/** Companies per page of the browser: the list is long, and the comparison and the clock come after it. */
const COMPANIES_PER_PAGE = 6;

type Load = { phase: 'loading' } | { phase: 'error'; message: string } | { phase: 'ready'; dataset: Dataset };

/** The dataset browser: every company's records (filterable, linkable by id), the moratoria side by side, the question clock. */
export function DatasetApp({ now = new Date() }: { now?: Date }) {
  const [load, setLoad] = useState<Load>({ phase: 'loading' });
  const [filter, setFilter] = useState<BrowserFilter>(NO_FILTER);
  const [target, setTarget] = useState<string | null>(() => linkedRecordId(location.search, location.hash));

  useEffect(() => {
    Promise.resolve()
      .then(extensionDataset)
      .then(
        (dataset) => setLoad({ phase: 'ready', dataset }),
        (e: unknown) => setLoad({ phase: 'error', message: e instanceof Error ? e.message : String(e) }),
      );
    const onHash = () => {
      setTarget(linkedRecordId('', location.hash));
      setFilter(NO_FILTER);
    };
    addEventListener('hashchange', onHash);
    return () => removeEventListener('hashchange', onHash);
  }, []);

  // Content renders after load, so the browser's own jump to #id happened on an empty page: do it now.
  useEffect(() => {
    if (load.phase !== 'ready' || target === null) return;
    const el = document.getElementById(target);
    if (!el) return;
    el.scrollIntoView({ block: 'start' });
    el.setAttribute('tabindex', '-1');
    el.focus({ preventScroll: true });
  }, [load.phase, target]);

  const [pages, setPages] = useState(1);
  const companies = useMemo(() => (load.phase === 'ready' ? companiesWithRecords(load.dataset, filter) : []), [load, filter]);
  // A page of companies at a time; a link to one record shows them all, so the record is there to focus.
  const visible = target !== null ? companies : companies.slice(0, pages * COMPANIES_PER_PAGE);

  if (load.phase === 'loading') return <StatusMessage tone="loading" title="Loading the dataset…" />;
  if (load.phase === 'error') return <StatusMessage tone="error" title="The bundled dataset could not be read.">{load.message}</StatusMessage>;
  const { dataset } = load;
  const ownWords = dataset.commitments.filter(isOwnWords).length;
  const missing = target !== null && findRecord(dataset, target) === null && !dataset.companies.some((c) => `company-${c.id}` === target);

  return (
    <div class="pw-browser">
      <header class="pw-browser__header">
        <h1>Pledgewatch dataset</h1>
        <p data-pw-dataset-version>
          Version {dataset.meta.version} of {dataset.meta.date}: {plural(dataset.companies.length, 'company', 'companies')}, {plural(ownWords, 'commitment')} in the companies’ own words,{' '}
          {plural(dataset.commitments.length - ownWords, 'practice')} reported by others, {plural(dataset.questions.length, 'NGO question')},{' '}
          {plural(dataset.assessments.length, 'assessment')}.
        </p>
        <nav aria-label="Sections">
          <a href="#pw-records-h">Companies</a> · <a href="#pw-compare-h">2020 moratoria compared</a> · <a href="#pw-clock-h">Question clock</a> ·{' '}
          <a href="#pw-changelog-h">What changed</a> ·{' '}
          <a href="options.html">Options</a>
        </nav>
      </header>
      <main>
        {missing ? (
          <StatusMessage tone="error" title={`No record “${target}” in dataset ${dataset.meta.version}.`}>
            It may have been renamed or removed; search for it below.
          </StatusMessage>
        ) : null}
        <section aria-labelledby="pw-records-h" class="pw-browser__section">
          <h2 id="pw-records-h">Companies and their records</h2>
          <BrowserFilters dataset={dataset} filter={filter} onChange={(f) => (setFilter(f), setPages(1))} shown={companies.length} />
          {companies.length === 0 ? <p class="pw-empty">No record matches these filters.</p> : null}
          {visible.map((entry) => (
            <CompanyBlock key={entry.company.id} dataset={dataset} entry={entry} now={now} expanded={target !== null} />
          ))}
          {visible.length < companies.length ? (
            <button type="button" class="pw-button pw-button--secondary pw-show-more" onClick={() => setPages(pages + 1)} data-pw-more-companies>
              Show {Math.min(COMPANIES_PER_PAGE, companies.length - visible.length)} more of {plural(companies.length - visible.length, 'company', 'companies')}
            </button>
          ) : null}
        </section>
        <section aria-labelledby="pw-compare-h" class="pw-browser__section">
          <h2 id="pw-compare-h">{MORATORIA_2020.title}</h2>
          <ComparisonColumns dataset={dataset} spec={MORATORIA_2020} />
        </section>
        <section aria-labelledby="pw-clock-h" class="pw-browser__section">
          <h2 id="pw-clock-h">Question clock: how long each letter has waited</h2>
          <QuestionClock dataset={dataset} now={now} />
        </section>
        <section aria-labelledby="pw-changelog-h" class="pw-browser__section">
          <h2 id="pw-changelog-h">What changed, version by version</h2>
          <DatasetChangelog dataset={dataset} />
        </section>
      </main>
    </div>
  );
}

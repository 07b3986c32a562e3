import { useEffect, useState } from 'preact/hooks';
import { FlagPanel } from '../../flags/ui/flag-panel';
import { StatusMessage } from '../common/StatusMessage';
import { DatasetSearch } from './DatasetSearch';
import { loadPopup, type PopupData } from './load-popup';
import { MissingQuotes, UncheckedQuotes } from './MissingQuotes';
import { OtherRecords, QuestionsByLetter, RestatedCommitments } from './PageRecordsView';
import { pageCase } from './popup-model';
import { PopupFooter } from './PopupFooter';
import { UntrackedNotice } from './UntrackedNotice';
import { VagueTermsSection } from './VagueTermsSection';
import { Verdict } from './Verdict';
import { WrongButton } from './WrongButton';
import { HeaderControls } from './HeaderControls';
import { hostOf, relatedOptions } from './popup-model';

type Load = { phase: 'loading' } | { phase: 'error'; message: string } | { phase: 'ready'; data: PopupData };

export function PopupApp({ search, now = new Date() }: { search: string; now?: Date }) {
  const [load, setLoad] = useState<Load>({ phase: 'loading' });
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    setLoad({ phase: 'loading' });
    loadPopup(search).then(
      (data) => setLoad({ phase: 'ready', data }),
      (error: unknown) => setLoad({ phase: 'error', message: error instanceof Error ? error.message : String(error) }),
    );
  }, [search, attempt]);

  return (
    <div class="pw-popup">
      <header class="pw-header">
        <h1>Pledgewatch</h1>
        {load.phase === 'ready' ? <HeaderControls host={hostOf(load.data.state?.url ?? load.data.page?.url ?? '')} /> : null}
      </header>
      <main class="pw-main" aria-busy={load.phase === 'loading'}>
        {load.phase === 'loading' ? <StatusMessage tone="loading" title="Reading this page’s analysis…" /> : null}
        {load.phase === 'error' ? (
          <StatusMessage tone="error" title="Pledgewatch could not load this page’s analysis.">
            <p>{load.message}</p>
            <button type="button" class="pw-button" onClick={() => setAttempt(attempt + 1)}>
              Try again
            </button>
          </StatusMessage>
        ) : null}
        {load.phase === 'ready' ? <PopupBody data={load.data} now={now} /> : null}
      </main>
      <PopupFooter dataset={load.phase === 'ready' ? load.data.dataset : null} />
    </div>
  );
}

function PopupBody({ data, now }: { data: PopupData; now: Date }) {
  const { dataset, records, tabId, page } = data;
  const analysis = data.state?.analysis ?? null;
  const tracked = new Set(dataset.companies.map((c) => c.id));
  const kind = pageCase(analysis, tracked);
  // A passage selected before opening: the reader came to flag it, so the form comes first.
  const selected = (page?.selection.trim() ?? '') !== '';
  const related = analysis && kind === 'tracked' ? relatedOptions(dataset, analysis, records) : [];
  const flagPanel = <FlagPanel tabId={tabId} analysis={analysis} page={page} lead={selected} relatedOptions={related} />;

  if (kind === 'no-analysis' || kind === 'not-relevant' || analysis === null) {
    return (
      <>
        {selected ? flagPanel : null}
        <StatusMessage tone="empty" title={kind === 'no-analysis' ? 'This page has not been analysed.' : 'This page is not about facial recognition, AI ethics or human rights.'}>
          <p>
            {kind === 'no-analysis'
              ? 'Pledgewatch reads ordinary web pages once they have loaded; browser pages and pages still loading have no analysis.'
              : 'Nothing here matches a tracked commitment, question or assessment. You can still search the whole dataset.'}
          </p>
        </StatusMessage>
        <DatasetSearch dataset={dataset} />
      </>
    );
  }

  const props = { dataset, analysis, records, now };
  return (
    <>
      {selected ? flagPanel : null}
      <Verdict {...props} page={page} takeFocus={!selected} />
      <MissingQuotes dataset={dataset} ids={analysis.missingQuotes} />
      <UncheckedQuotes ids={analysis.uncheckedQuotes ?? []} />
      {kind === 'untracked-company' || kind === 'no-company' ? (
        <UntrackedNotice analysis={analysis} />
      ) : (
        <>
          <RestatedCommitments {...props} />
          <QuestionsByLetter {...props} />
        </>
      )}
      <VagueTermsSection
        tabId={tabId}
        matches={analysis.vagueTerms}
        wrong={(t) => (
          <WrongButton page={page} analysis={analysis} category="not-vague-here" passage={t.label} term={{ id: t.termId, text: t.label }} what={`“${t.label}” marked vague`} />
        )}
      />
      {kind === 'tracked' ? <OtherRecords {...props} /> : null}
      {selected ? null : flagPanel}
      {kind !== 'tracked' ? <DatasetSearch dataset={dataset} /> : null}
    </>
  );
}

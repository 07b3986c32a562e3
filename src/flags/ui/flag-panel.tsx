/**
 * The popup's "Flag this page" panel. The page's URL, title, selected passage and text hash come from
 * the content script ('content/snapshot'); the flag is written straight to IndexedDB from the popup (an
 * extension page), and the background is asked to send it when the reader chose to submit.
 */
import { useEffect, useState } from 'preact/hooks';
import type { PageAnalysis } from '../../core/analysis-schema';
import type { Flag } from '../model/flag-schema';
import { describeSubmission } from '../model/outbox';
import { sendToBackground } from '../../messaging/runtime';
import { flagsDb } from '../store/flags-db';
import { findFlag, saveFlag } from '../store/flags-store';
import { FlagFields, knownCompanies, readFields, type FieldValues, type RelatedOption } from './flag-fields';
import { errorText, formatTime } from './flag-labels';
import { kickOutbox } from './outbox-kick';
import { readPage, type FlaggedPage as Page } from './read-page';

/**
 * `page`: the page as the popup already read it (null while unknown: the panel reads it itself).
 * `lead`: the reader selected a passage before opening the popup, so the panel opens first, with focus in it.
 */
export function FlagPanel({
  tabId,
  analysis,
  page: given = null,
  lead = false,
  relatedOptions = [],
}: {
  tabId: number;
  analysis: PageAnalysis | null;
  page?: Page | null;
  lead?: boolean;
  relatedOptions?: readonly RelatedOption[];
}) {
  const detected = (analysis?.companies ?? []).map((c) => ({ id: c.id, name: c.name }));
  const companies = knownCompanies(detected);
  const [page, setPage] = useState<Page | null>(null);
  const [loadError, setLoadError] = useState('');
  const [submitAvailable, setSubmitAvailable] = useState(false);
  const [submit, setSubmit] = useState(true);
  const [quote, setQuote] = useState('');
  const [existing, setExisting] = useState<Flag | null>(null);
  const [values, setValues] = useState<FieldValues>({ title: '', companyName: detected[0]?.name ?? '', category: '', relatedText: '', note: '' });
  const [status, setStatus] = useState<{ text: string; error: boolean }>({ text: '', error: false });
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    (given ? Promise.resolve(given) : readPage(tabId)).then(
      (p) => {
        setPage(p);
        setQuote(p.selection.trim());
        setValues((v) => ({ ...v, title: p.title }));
      },
      (e: unknown) => setLoadError(errorText(e)),
    );
    sendToBackground({ type: 'endpoint/get' }).then(
      (endpoint) => setSubmitAvailable(endpoint !== null),
      () => setSubmitAvailable(false),
    );
  }, [tabId, given]);

  // Opened on a selection: the quote is filled in, the next thing to choose is the category.
  useEffect(() => {
    if (lead && page) document.getElementById('pw-flag-category')?.focus();
  }, [lead, page !== null]);

  // Flagging the same passage again updates the earlier flag: say so before the reader saves.
  useEffect(() => {
    if (!page) return;
    flagsDb()
      .then((db) => findFlag(db, { url: page.url, quote }))
      .then(
        (found) => {
          setExisting(found);
          // Start from what the reader wrote last time, unless they have begun filling the form in.
          if (found)
            setValues((v) =>
              v.category !== ''
                ? v
                : { title: found.title, companyName: found.companyName, category: found.category, relatedText: found.relatedIds.join(' '), note: found.note },
            );
        },
        (e: unknown) => setStatus({ text: errorText(e), error: true }),
      );
  }, [page, quote]);

  const save = async (e: Event) => {
    e.preventDefault();
    if (!page) return;
    const read = readFields(values, companies);
    if (!read.ok) return setStatus({ text: read.error, error: true });
    setBusy(true);
    try {
      const db = await flagsDb();
      const sending = submitAvailable && submit;
      const { flag, created } = await saveFlag(db, { ...read.fields, url: page.url, quote, textHash: page.textHash }, { submit: sending });
      setExisting(flag);
      const warning = sending ? await kickOutbox() : '';
      setStatus({
        text: `${created ? 'Flag saved' : 'Flag updated (same page and passage)'} at ${formatTime(flag.updatedAt)}: ${describeSubmission(flag.submission, formatTime)}. ${warning}`,
        error: false,
      });
    } catch (err) {
      setStatus({ text: errorText(err), error: true });
    } finally {
      setBusy(false);
    }
  };

  return (
    <section class="pw-panel pw-flag-panel" aria-labelledby="pw-flag-h" data-pw-flag-panel>
      <h2 id="pw-flag-h">Flag this page</h2>
      {loadError ? <p class="pw-error" role="alert">{loadError}</p> : null}
      {page ? (
        // Folded unless the reader selected a passage: the popup is for reading first.
        <details open={page.selection.trim() !== '' || existing !== null}>
          <summary>{existing ? 'Edit your flag of this passage' : 'Flag this page or passage for the project'}</summary>
          <form onSubmit={save} class="pw-term-form">
            <p class="pw-meta pw-source">{page.url}</p>
            {page.note ? <p class="pw-error">{page.note}</p> : null}
            <label class="pw-field">
              Passage (verbatim; select text on the page before opening Pledgewatch, or leave empty to flag the whole page)
              <textarea id="pw-flag-quote" name="quote" rows={3} value={quote} onInput={(e) => setQuote(e.currentTarget.value)} />
            </label>
            <FlagFields
              idPrefix="pw-flag"
              values={values}
              onChange={setValues}
              companies={companies}
              relatedOptions={relatedOptions}
            />
            {submitAvailable ? (
              <label>
                <input type="checkbox" name="submit" checked={submit} onChange={(e) => setSubmit(e.currentTarget.checked)} /> Send to the project endpoint
              </label>
            ) : (
              <p class="pw-muted">Saved in this browser only. To send flags to the project, set an endpoint in the options.</p>
            )}
            {existing ? (
              <p class="pw-meta" data-pw-flag-existing>
                You flagged this passage on {formatTime(existing.createdAt)}; saving updates that flag.
              </p>
            ) : null}
            <div class="pw-card__actions">
              <button type="submit" class="pw-button" disabled={busy} data-pw-flag-save>
                {existing ? 'Update flag' : 'Save flag'}
              </button>
              <a href={`options.html#flag=${existing?.id ?? ''}`} target="_blank" rel="noopener">
                All flags
              </a>
            </div>
          </form>
        </details>
      ) : loadError ? null : (
        <p class="pw-muted" role="status">Reading the page…</p>
      )}
      <p class={status.error ? 'pw-error' : 'pw-saved'} role={status.error ? 'alert' : 'status'} data-pw-flag-status={status.error ? 'error' : 'ok'}>
        {status.text}
      </p>
    </section>
  );
}

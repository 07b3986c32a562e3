/**
 * The popup's "Flag this page" panel. The page's URL, title, selected passage and text hash come from
 * the content script ('content/snapshot'); the flag is written straight to IndexedDB from the popup (an
 * extension page), and the background is asked to send it when the reader chose to submit.
 */
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { PageAnalysis } from '../../core/analysis-schema';
import type { Flag } from '../../flags/flag-schema';
import { describeSubmission } from '../../flags/outbox';
import type { PageSnapshot } from '../../messaging/protocol';
import { sendToBackground, sendToTab } from '../../messaging/runtime';
import { flagsDb } from '../../storage/flags-db';
import { findFlag, saveFlag } from '../../storage/flags-store';
import { FlagFields, knownCompanies, readFields, type FieldValues } from './flag-fields';
import { errorText, formatTime } from './flag-labels';
import { kickOutbox } from './outbox-kick';

/** A snapshot, except that the text hash is null when the page could not be read. */
type Page = Omit<PageSnapshot, 'textHash'> & { textHash: string | null; note: string };

/** The content script's snapshot; without one (page not scriptable, script not loaded yet) the tab's URL and title. */
async function readPage(tabId: number): Promise<Page> {
  try {
    // The cast: zod 4 types an empty request schema's input without `type`.
    return { ...(await sendToTab(tabId, { type: 'content/snapshot' })), note: '' };
  } catch (e) {
    const tab = await browser.tabs.get(tabId);
    if (!tab.url) throw new Error(`This tab cannot be flagged: ${errorText(e)}`);
    return {
      url: tab.url,
      title: tab.title ?? '',
      textHash: null,
      selection: '',
      note: `The page's text could not be read (${errorText(e)}): the flag will have no text hash. Reloading the page may help.`,
    };
  }
}

export function FlagPanel({ tabId, analysis }: { tabId: number; analysis: PageAnalysis | null }) {
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
    readPage(tabId).then(
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
  }, [tabId]);

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
              relatedSuggestions={[...new Set(analysis?.restatedCommitments.map((r) => r.commitmentId) ?? [])]}
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

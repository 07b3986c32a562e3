/** One flag in the options list: what was flagged, where it stands with the project, and its actions. */
import { useState } from 'preact/hooks';
import type { Flag } from '../model/flag-schema';
import { describeSubmission } from '../model/outbox';
import { flagsDb } from '../store/flags-db';
import { deleteFlag, editFlag, queueFlags } from '../store/flags-store';
import { FlagFields, knownCompanies, readFields, type FieldValues } from './flag-fields';
import { CATEGORY_LABELS, errorText, formatTime } from './flag-labels';
import { kickOutbox } from './outbox-kick';
import { ReviewOutcome } from './review-outcome';

const valuesOf = (f: Flag): FieldValues => ({ title: f.title, companyName: f.companyName, category: f.category, relatedText: f.relatedIds.join(' '), note: f.note });

export function FlagItem({ flag, canSend, highlighted, onError }: { flag: Flag; canSend: boolean; highlighted: boolean; onError: (text: string) => void }) {
  const [editing, setEditing] = useState<FieldValues | null>(null);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const [problem, setProblem] = useState('');
  const s = flag.submission;

  const run = async (op: () => Promise<unknown>) => {
    setProblem('');
    try {
      await op();
    } catch (e) {
      setProblem(errorText(e));
    }
  };
  const save = () =>
    run(async () => {
      const read = readFields(editing!, knownCompanies([]));
      if (!read.ok) throw new Error(read.error);
      const saved = await editFlag(await flagsDb(), flag.id, read.fields);
      setEditing(null);
      if (saved.submission.state === 'queued') onError(await kickOutbox());
    });
  const send = () =>
    run(async () => {
      await queueFlags(await flagsDb(), [flag.id]);
      onError(await kickOutbox());
    });

  return (
    <li id={`pw-flag-${flag.id}`} class="pw-card" data-pw-flag-id={flag.id} data-pw-flag-state={s.state} data-pw-flag-review={s.state === 'sent' ? (s.reviewStatus ?? '') : ''} style={highlighted ? 'outline: 3px solid var(--pw-accent)' : undefined}>
      <h3 class="pw-card__title">
        <a href={flag.url} target="_blank" rel="noopener noreferrer">
          {flag.title || flag.url}
        </a>
      </h3>
      <p class="pw-meta">
        <span class="pw-chip">{CATEGORY_LABELS[flag.category]}</span>
        {flag.companyName ? <span class="pw-chip">{flag.companyName}</span> : null} flagged {formatTime(flag.createdAt)}
        {flag.updatedAt !== flag.createdAt ? `, edited ${formatTime(flag.updatedAt)}` : ''}
      </p>
      {flag.quote ? <blockquote class="pw-quote" data-pw-flag-quote>{flag.quote}</blockquote> : <p class="pw-muted">Whole page (no passage selected).</p>}
      {flag.note ? <p data-pw-flag-note>{flag.note}</p> : null}
      {flag.relatedIds.length ? (
        <p class="pw-meta">
          Related: {flag.relatedIds.map((id) => <span key={id} class="pw-chip">{id}</span>)}
        </p>
      ) : null}
      <p class={`pw-meta ${s.state === 'failed' ? 'pw-error' : ''}`} data-pw-flag-submission>
        {describeSubmission(s, formatTime)}
        {s.state === 'queued' && !canSend ? ' — waiting for an endpoint to be set' : ''}
      </p>
      <ReviewOutcome flag={flag} />
      {editing ? (
        <form class="pw-term-form" onSubmit={(e) => (e.preventDefault(), void save())}>
          <FlagFields idPrefix={`pw-edit-${flag.id}`} values={editing} onChange={setEditing} companies={knownCompanies([])} />
          <div class="pw-inline-form">
            <button type="submit" class="pw-button">Save changes</button>
            <button type="button" class="pw-button pw-button--secondary" onClick={() => setEditing(null)}>Cancel</button>
          </div>
        </form>
      ) : (
        <div class="pw-inline-form">
          <button type="button" class="pw-button pw-button--small pw-button--secondary" onClick={() => setEditing(valuesOf(flag))}>
            Edit
          </button>
          {canSend && s.state !== 'sent' ? (
            <button type="button" class="pw-button pw-button--small" onClick={() => void send()} data-pw-flag-send>
              {s.state === 'failed' ? 'Retry now' : s.state === 'queued' ? 'Send now' : 'Send to project'}
            </button>
          ) : null}
          {confirmDelete ? (
            <>
              <button type="button" class="pw-button pw-button--small pw-button--danger" onClick={() => void run(async () => deleteFlag(await flagsDb(), flag.id))} data-pw-flag-delete-confirm>
                Delete this flag
              </button>
              <button type="button" class="pw-button pw-button--small pw-button--secondary" onClick={() => setConfirmDelete(false)}>Keep</button>
            </>
          ) : (
            <button type="button" class="pw-button pw-button--small pw-button--danger" onClick={() => setConfirmDelete(true)} data-pw-flag-delete>
              Delete…
            </button>
          )}
        </div>
      )}
      {problem ? <p class="pw-error" role="alert">{problem}</p> : null}
    </li>
  );
}

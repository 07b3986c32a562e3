/**
 * The reviewer page: log in with a reviewer token, the queue with filters, one flag (page link,
 * quote, the dataset records it names, history) and the review actions. Every value from the
 * database is rendered as text through JSX, never as markup; links are made only from http(s)
 * addresses. Keyboard: everything is a native button, link or form field; "j"/"k" move through the
 * queue when no field has focus.
 */
import { render } from 'preact';
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { FlagDetail, QueueItem } from '../review-store';
import { api, ApiError, type Api, type Filters } from './review-api';

const TOKEN_KEY = 'pw-reviewer-token';
const STATES = ['received', 'needs-more-info', 'accepted', 'rejected', 'duplicate'];
const CATEGORIES = ['new-commitment', 'contradicts-commitment', 'answers-question', 'new-assessment', 'vague-claim', 'other'];

function safeHref(url: string): string | undefined {
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : undefined;
  } catch {
    return undefined;
  }
}

function Login({ onToken, error }: { onToken: (t: string) => void; error: string | null }) {
  const [token, setToken] = useState('');
  return (
    <form
      data-pw-review-login
      onSubmit={(e) => {
        e.preventDefault();
        if (token.trim()) onToken(token.trim());
      }}
      style={{ padding: '1rem', maxWidth: '30rem' }}
    >
      <h2>Log in</h2>
      <label>
        Reviewer token
        <input id="pw-review-token" type="password" autoComplete="off" value={token} onInput={(e) => setToken(e.currentTarget.value)} autoFocus />
      </label>{' '}
      <button type="submit">Log in</button>
      {error && <p class="status error" role="alert">{error}</p>}
    </form>
  );
}

function QueueList({ items, selected, onSelect }: { items: QueueItem[]; selected: string | null; onSelect: (id: string) => void }) {
  if (!items.length) return <p data-pw-review-empty>No flags match.</p>;
  return (
    <ul class="queue" aria-label="Flags to review">
      {items.map((item) => (
        <li key={item.flagId}>
          <button type="button" data-pw-review-item={item.flagId} data-pw-review-status={item.reviewStatus} aria-current={item.flagId === selected ? 'true' : undefined} onClick={() => onSelect(item.flagId)}>
            <strong>{item.companyName || item.companyId || 'No company'}</strong> · {item.category} · <em>{item.reviewStatus}</em>
            <div class="meta">{item.quote ? item.quote.slice(0, 160) : '(whole page)'}</div>
            <div class="meta">
              {new Date(item.receivedAt).toLocaleString()} · by {item.submittedBy}
            </div>
          </button>
        </li>
      ))}
    </ul>
  );
}

function Actions({ detail, client, onDone }: { detail: FlagDetail; client: Api; onDone: (message: string, error?: boolean) => void }) {
  const [reason, setReason] = useState('');
  const [duplicateOf, setDuplicateOf] = useState('');
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const act = async (action: string) => {
    setBusy(true);
    try {
      const body: Record<string, unknown> = { action, expectedVersion: detail.item.version };
      if (reason.trim()) body.reason = reason.trim();
      if (action === 'duplicate') body.duplicateOf = duplicateOf.trim();
      const state = await client.act(detail.item.flagId, body);
      setReason('');
      setDuplicateOf('');
      onDone(`Flag ${state.reviewStatus}.`);
    } catch (e) {
      onDone(e instanceof ApiError && e.status === 409 ? `Someone else changed this flag first: ${e.message}` : (e as Error).message, true);
    } finally {
      setBusy(false);
    }
  };
  return (
    <section aria-label="Review actions">
      <div class="actions">
        <label>
          Reason (needed to reject or ask for more)
          <textarea id="pw-review-reason" rows={2} cols={40} value={reason} onInput={(e) => setReason(e.currentTarget.value)} />
        </label>
        <label>
          Duplicate of (flag or dataset id)
          <input id="pw-review-duplicate-of" value={duplicateOf} onInput={(e) => setDuplicateOf(e.currentTarget.value)} />
        </label>
      </div>
      <div class="actions">
        <button type="button" data-pw-review-action="accept" disabled={busy} onClick={() => act('accept')}>Accept</button>
        <button type="button" data-pw-review-action="reject" disabled={busy} onClick={() => act('reject')}>Reject</button>
        <button type="button" data-pw-review-action="duplicate" disabled={busy} onClick={() => act('duplicate')}>Duplicate</button>
        <button type="button" data-pw-review-action="needs-more-info" disabled={busy} onClick={() => act('needs-more-info')}>Needs more information</button>
      </div>
      <form
        class="actions"
        onSubmit={async (e) => {
          e.preventDefault();
          if (!note.trim()) return;
          try {
            await client.note(detail.item.flagId, note.trim());
            setNote('');
            onDone('Note added.');
          } catch (err) {
            onDone((err as Error).message, true);
          }
        }}
      >
        <label>
          Note for reviewers
          <textarea id="pw-review-note" rows={2} cols={40} value={note} onInput={(e) => setNote(e.currentTarget.value)} />
        </label>
        <button type="submit">Add note</button>
      </form>
    </section>
  );
}

function Detail({ detail, client, onDone }: { detail: FlagDetail; client: Api; onDone: (message: string, error?: boolean) => void }) {
  const { item, flag } = detail;
  const href = safeHref(flag.url);
  return (
    <article data-pw-review-detail={item.flagId} aria-label="Flag">
      <h2>{flag.title || flag.url}</h2>
      <p>
        {href ? (
          <a href={href} target="_blank" rel="noopener noreferrer">{flag.url}</a>
        ) : (
          flag.url
        )}
      </p>
      <p class="meta">
        {flag.companyName || flag.companyId || 'No company'} {flag.companyId ? `(dataset: ${flag.companyId})` : '(not a dataset company)'} · {flag.category} · status{' '}
        <strong data-pw-review-current>{item.reviewStatus}</strong>
        {item.reason ? ` — ${item.reason}` : ''} · version {item.version}
      </p>
      <blockquote data-pw-review-quote>{flag.quote || '(the whole page was flagged)'}</blockquote>
      {flag.note && <p class="note">Reader's note: {flag.note}</p>}
      <h3>Dataset records named</h3>
      {detail.related.length ? (
        <ul>
          {detail.related.map((r) => (
            <li key={r.id}>
              <code>{r.id}</code> ({r.kind}): {r.text}
            </li>
          ))}
        </ul>
      ) : (
        <p class="meta">None.</p>
      )}
      <Actions detail={detail} client={client} onDone={onDone} />
      <h3>History</h3>
      <ol>
        {detail.history.map((h, i) => (
          <li key={i}>
            {new Date(h.at).toLocaleString()} · {h.by ?? 'unknown'} · {h.kind}
            {h.toStatus ? ` → ${h.toStatus}` : ''}
            {h.reason ? ` — ${h.reason}` : ''}
            {h.duplicateOf ? ` (duplicate of ${h.duplicateOf})` : ''}
            {h.note ? `: ${h.note}` : ''}
          </li>
        ))}
      </ol>
    </article>
  );
}

function App() {
  const [token, setToken] = useState<string | null>(() => sessionStorage.getItem(TOKEN_KEY));
  const [me, setMe] = useState<{ name: string; role: string } | null>(null);
  const [loginError, setLoginError] = useState<string | null>(null);
  const [filters, setFilters] = useState<Filters>({ state: 'received', category: '', company: '', from: '', to: '' });
  const [items, setItems] = useState<QueueItem[]>([]);
  const [selected, setSelected] = useState<string | null>(null);
  const [detail, setDetail] = useState<FlagDetail | null>(null);
  const [status, setStatus] = useState<{ text: string; error: boolean } | null>(null);
  const client = token ? api(token) : null;

  useEffect(() => {
    if (!token) return;
    api(token)
      .me()
      .then((m) => {
        if (m.role === 'contributor') throw new Error('This token is a contributor token; the queue needs a reviewer token.');
        setMe(m);
        sessionStorage.setItem(TOKEN_KEY, token);
      })
      .catch((e: Error) => {
        sessionStorage.removeItem(TOKEN_KEY);
        setToken(null);
        setLoginError(e.message);
      });
  }, [token]);

  const loadQueue = useCallback(async () => {
    if (!client || !me) return;
    try {
      setItems((await client.queue(filters)).items);
    } catch (e) {
      setStatus({ text: (e as Error).message, error: true });
    }
  }, [token, me, filters]);
  useEffect(() => void loadQueue(), [loadQueue]);

  const loadDetail = useCallback(async (flagId: string) => {
    if (!client) return;
    setSelected(flagId);
    try {
      setDetail(await client.detail(flagId));
    } catch (e) {
      setStatus({ text: (e as Error).message, error: true });
    }
  }, [token]);

  // Read at key time, not when the listener was bound: a key pressed right after the queue renders must
  // see that queue (an effect re-bound one frame later would still hold the empty one).
  const current = useRef({ items, selected, loadDetail });
  current.current = { items, selected, loadDetail };
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const target = e.target as HTMLElement;
      if (['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName) || e.ctrlKey || e.metaKey || e.altKey) return;
      if (e.key !== 'j' && e.key !== 'k') return;
      const { items, selected, loadDetail } = current.current;
      const at = items.findIndex((i) => i.flagId === selected);
      const next = items[Math.max(0, Math.min(items.length - 1, at + (e.key === 'j' ? 1 : -1)))];
      if (next) {
        void loadDetail(next.flagId);
        document.querySelector<HTMLButtonElement>(`[data-pw-review-item="${next.flagId}"]`)?.focus();
      }
    };
    addEventListener('keydown', onKey);
    return () => removeEventListener('keydown', onKey);
  }, []);

  if (!token || !me)
    return (
      <>
        <header><h1>Pledgewatch — review flags</h1></header>
        {token ? <p style={{ padding: '1rem' }}>Checking the token…</p> : <Login onToken={(t) => { setLoginError(null); setToken(t); }} error={loginError} />}
      </>
    );

  const setFilter = (key: keyof Filters) => (e: Event) => setFilters({ ...filters, [key]: (e.currentTarget as HTMLInputElement).value });
  return (
    <>
      <header>
        <h1>Pledgewatch — review flags</h1>
        <span data-pw-review-me>{me.name} ({me.role})</span>
        <button type="button" onClick={() => { sessionStorage.removeItem(TOKEN_KEY); setToken(null); setMe(null); }}>Log out</button>
      </header>
      <main>
        <section aria-label="Queue">
          <form class="filters" onSubmit={(e) => { e.preventDefault(); void loadQueue(); }}>
            <label>State
              <select id="pw-review-filter-state" value={filters.state} onChange={setFilter('state')}>
                <option value="">any</option>
                {STATES.map((s) => <option key={s} value={s}>{s}</option>)}
              </select>
            </label>
            <label>Category
              <select value={filters.category} onChange={setFilter('category')}>
                <option value="">any</option>
                {CATEGORIES.map((c) => <option key={c} value={c}>{c}</option>)}
              </select>
            </label>
            <label>Company<input value={filters.company} onChange={setFilter('company')} size={10} /></label>
            <label>From<input type="date" value={filters.from} onChange={setFilter('from')} /></label>
            <label>To<input type="date" value={filters.to} onChange={setFilter('to')} /></label>
            <button type="submit">Refresh</button>
          </form>
          <QueueList items={items} selected={selected} onSelect={(id) => void loadDetail(id)} />
        </section>
        <section aria-label="Selected flag" aria-live="polite">
          {status && <p class={status.error ? 'status error' : 'status'} role="status" data-pw-review-status>{status.text}</p>}
          {detail ? (
            <Detail
              detail={detail}
              client={client!}
              onDone={(text, error = false) => {
                setStatus({ text, error });
                void loadDetail(detail.item.flagId);
                void loadQueue();
              }}
            />
          ) : (
            <p>Pick a flag from the queue (or press j).</p>
          )}
        </section>
      </main>
    </>
  );
}

render(<App />, document.getElementById('app')!);

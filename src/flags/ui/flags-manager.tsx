/**
 * The options page's flags section: the endpoint, export/import, and the list to review, edit,
 * submit and delete flags. The context menu opens this page at `#flag=<id>` (the new flag) or
 * `#flag-error=<message>` (when saving failed), so both are shown here.
 */
import { useEffect, useState } from 'preact/hooks';
import type { EndpointView } from '../../messaging/protocol';
import { sendToBackground } from '../../messaging/runtime';
import { flagsDb } from '../store/flags-db';
import { clearFlags, queueFlags } from '../store/flags-store';
import { StatusMessage } from '../../ui/common/StatusMessage';
import { EndpointForm } from './endpoint-form';
import { errorText, formatTime } from './flag-labels';
import { FlagItem } from './flag-item';
import { FlagsTransfer } from './flags-transfer';
import { kickOutbox } from './outbox-kick';
import { useFlagList } from './use-flags';

function fromHash(name: string): string | null {
  const match = new RegExp(`^#${name}=(.*)$`).exec(location.hash);
  return match ? decodeURIComponent(match[1]!) : null;
}

export function FlagsManager() {
  const { list, error: readError } = useFlagList();
  const [endpoint, setEndpoint] = useState<EndpointView | null>(null);
  const [error, setError] = useState(() => fromHash('flag-error') ?? '');
  const [notice, setNotice] = useState('');
  const [confirmClear, setConfirmClear] = useState(false);
  const target = fromHash('flag');

  useEffect(() => {
    // The background keeps the endpoint (never in storage a page can read); it tells only extension pages.
    sendToBackground({ type: 'endpoint/get' }).then(setEndpoint, (e: unknown) => setError(errorText(e)));
  }, []);
  useEffect(() => {
    if (target) document.getElementById(`pw-flag-${target}`)?.scrollIntoView({ block: 'center' });
  }, [target, list !== null]);

  const act = async (op: () => Promise<string>) => {
    setError('');
    try {
      setNotice(await op());
    } catch (e) {
      setError(errorText(e));
    }
  };
  const unsent = list?.flags.filter((f) => f.submission.state !== 'sent').length ?? 0;
  const news = list?.flags.filter((f) => f.submission.state === 'sent' && f.submission.reviewNews).length ?? 0;

  return (
    <section class="pw-panel" id="flags" aria-labelledby="pw-flags-h" data-pw-flags-manager>
      <h2 id="pw-flags-h">
        Flags <span class="pw-count">{list ? `(${list.flags.length})` : ''}</span>{' '}
        {news ? <span class="pw-chip" data-pw-flags-news>{news} new review {news === 1 ? 'outcome' : 'outcomes'}</span> : null}
      </h2>
      {error || readError ? <StatusMessage tone="error" title="Something went wrong with your flags.">{error || readError}</StatusMessage> : null}
      {notice ? <p class="pw-saved" role="status">{notice}</p> : null}
      <EndpointForm endpoint={endpoint} onChange={setEndpoint} />
      <FlagsTransfer />
      {list === null && !readError ? <StatusMessage tone="loading" title="Reading your flags…" /> : null}
      {list && list.flags.length === 0 ? <StatusMessage tone="empty" title="No flags yet.">Flag a page from the Pledgewatch popup, or select a passage and use the context menu.</StatusMessage> : null}
      {list && list.flags.length > 0 ? (
        <>
          <div class="pw-inline-form">
            {endpoint && unsent > 0 ? (
              <button type="button" class="pw-button" data-pw-flags-send-all onClick={() => void act(async () => `${await queueFlags(await flagsDb(), 'unsent')} flags queued. ${await kickOutbox()}`)}>
                Send all unsent ({unsent})
              </button>
            ) : null}
            {confirmClear ? (
              <>
                <button type="button" class="pw-button pw-button--danger" data-pw-flags-clear-confirm onClick={() => void act(async () => (await clearFlags(await flagsDb()), setConfirmClear(false), 'All flags deleted.'))}>
                  Delete all {list.flags.length} flags
                </button>
                <button type="button" class="pw-button pw-button--secondary" onClick={() => setConfirmClear(false)}>Keep them</button>
              </>
            ) : (
              <button type="button" class="pw-button pw-button--danger" data-pw-flags-clear onClick={() => setConfirmClear(true)}>
                Delete all flags…
              </button>
            )}
          </div>
          <ul class="pw-list" data-pw-flags-list>
            {list.flags.map((f) => (
              <FlagItem key={f.id} flag={f} canSend={endpoint !== null} highlighted={f.id === target} onError={(t) => t && setError(t)} />
            ))}
          </ul>
        </>
      ) : null}
      {list && (list.problems.length > 0 || list.quarantined.length > 0) ? (
        <StatusMessage tone="error" title="Some stored flags could not be read. They are kept, not deleted.">
          <ul class="pw-list" data-pw-flags-problems>
            {list.problems.map((p, i) => (
              <li key={`p${i}`}>
                {p.id ?? '(no id)'}: {p.reason}
              </li>
            ))}
            {list.quarantined.map((q, i) => (
              <li key={`q${i}`}>
                <details>
                  <summary>
                    Set aside during the upgrade from version {q.fromVersion} on {formatTime(q.storedAt)}: {q.reason}
                  </summary>
                  <pre>{JSON.stringify(q.record, null, 2)}</pre>
                </details>
              </li>
            ))}
          </ul>
        </StatusMessage>
      ) : null}
    </section>
  );
}

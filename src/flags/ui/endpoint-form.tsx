/**
 * Where flags are sent. Nothing is sent anywhere until the reader sets an endpoint here. No permission
 * is asked: the extension holds every http(s) host already (it injects the content script's full stage,
 * wxt.config.ts), and an endpoint must be an http(s) address.
 */
import { useEffect, useState } from 'preact/hooks';
import { Endpoint } from '../model/endpoint';
import type { EndpointView } from '../../messaging/protocol';
import { sendToBackground } from '../../messaging/runtime';
import { errorText } from './flag-labels';

/**
 * The form checks what the background checks again (flags/model/endpoint.ts): an http(s) address, and a
 * token only over https (http only to localhost). The token goes to the background and never comes back.
 */
export function EndpointForm({ endpoint, onChange }: { endpoint: EndpointView | null; onChange: (next: EndpointView | null) => void }) {
  const [url, setUrl] = useState(endpoint?.url ?? '');
  const [token, setToken] = useState('');
  const [status, setStatus] = useState<{ text: string; error: boolean }>({ text: '', error: false });
  // The stored address arrives from the background after the first render.
  useEffect(() => setUrl(endpoint?.url ?? ''), [endpoint?.url]);

  const save = (e: Event) => {
    e.preventDefault();
    const address = url.trim();
    // The stored token stays when the address is unchanged and no new token was typed: check with it.
    const keepsToken = !token && endpoint?.hasToken === true && endpoint.url === address;
    const parsed = Endpoint.safeParse({ url: address, ...(token ? { token } : keepsToken ? { token: 'kept' } : {}) });
    if (!parsed.success) return setStatus({ text: parsed.error.issues[0]?.message ?? 'Invalid address.', error: true });
    sendToBackground({ type: 'endpoint/set', endpoint: { url: address, ...(token ? { token } : {}) } }).then(
      (saved) => {
        setStatus({ text: 'Endpoint saved; Pledgewatch will send flags to it.', error: false });
        setToken('');
        onChange(saved);
      },
      (err: unknown) => setStatus({ text: `Endpoint not saved: ${errorText(err)}`, error: true }),
    );
  };

  const remove = () => {
    sendToBackground({ type: 'endpoint/set', endpoint: null }).then(
      () => {
        setUrl('');
        onChange(null);
        setStatus({ text: 'Endpoint removed. Nothing will be sent; queued flags wait in the outbox.', error: false });
      },
      (err: unknown) => setStatus({ text: `Endpoint not removed: ${errorText(err)}`, error: true }),
    );
  };

  return (
    <form class="pw-term-form" onSubmit={save} data-pw-endpoint-form>
      <h3>Project endpoint</h3>
      <p class="pw-muted">
        {endpoint ? <>Flags you submit are sent to <code>{endpoint.url}</code>{endpoint.hasToken ? ' with your token' : ''}.</> : 'No endpoint set: flags stay in this browser.'}
      </p>
      {endpoint?.problem ? (
        <p class="pw-error" role="alert" data-pw-endpoint-problem>
          Nothing is sent to this endpoint: {endpoint.problem}.
        </p>
      ) : null}
      <div class="pw-inline-form">
        <label class="pw-field">
          Endpoint address
          <input id="pw-endpoint-url" name="url" type="url" placeholder="https://project.example/flags" value={url} onInput={(e) => setUrl(e.currentTarget.value)} />
        </label>
        <label class="pw-field">
          Token (optional)
          <input id="pw-endpoint-token" name="token" type="password" autocomplete="off" placeholder={endpoint?.hasToken ? '(unchanged)' : ''} value={token} onInput={(e) => setToken(e.currentTarget.value)} />
        </label>
        <button type="submit" class="pw-button" data-pw-endpoint-save>
          Save endpoint
        </button>
        {endpoint ? (
          <button type="button" class="pw-button pw-button--secondary" onClick={remove}>
            Remove
          </button>
        ) : null}
      </div>
      <p class={status.error ? 'pw-error' : 'pw-saved'} role="status" aria-live="polite" data-pw-endpoint-status>
        {status.text}
      </p>
    </form>
  );
}

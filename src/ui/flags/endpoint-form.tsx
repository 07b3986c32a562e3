/**
 * Where flags are sent. Nothing is sent anywhere until the reader sets an endpoint here. No permission
 * is asked: the extension holds every http(s) host already (it injects the content script's full stage,
 * wxt.config.ts), and an endpoint must be an http(s) address.
 */
import { useState } from 'preact/hooks';
import { z } from 'zod';
import type { Endpoint } from '../../flags/submission-contract';
import { updateSettings } from '../../storage/settings-store';
import { errorText } from './flag-labels';

const EndpointUrl = z.url({ protocol: /^https?$/, error: 'Enter an http:// or https:// address.' });

export function EndpointForm({ endpoint }: { endpoint: Endpoint | null }) {
  const [url, setUrl] = useState(endpoint?.url ?? '');
  const [token, setToken] = useState('');
  const [status, setStatus] = useState<{ text: string; error: boolean }>({ text: '', error: false });

  const save = (e: Event) => {
    e.preventDefault();
    const parsed = EndpointUrl.safeParse(url.trim());
    if (!parsed.success) return setStatus({ text: parsed.error.issues[0]?.message ?? 'Invalid address.', error: true });
    const next: Endpoint = { url: parsed.data, ...(token ? { token } : endpoint?.token && endpoint.url === parsed.data ? { token: endpoint.token } : {}) };
    updateSettings({ endpoint: next }).then(
      () => {
        setStatus({ text: 'Endpoint saved; Pledgewatch will send flags to it.', error: false });
        setToken('');
      },
      (err: unknown) => setStatus({ text: `Endpoint not saved: ${errorText(err)}`, error: true }),
    );
  };

  const remove = () => {
    updateSettings({ endpoint: null }).then(
      () => {
        setUrl('');
        setStatus({ text: 'Endpoint removed. Nothing will be sent; queued flags wait in the outbox.', error: false });
      },
      (err: unknown) => setStatus({ text: `Endpoint not removed: ${errorText(err)}`, error: true }),
    );
  };

  return (
    <form class="pw-term-form" onSubmit={save} data-pw-endpoint-form>
      <h3>Project endpoint</h3>
      <p class="pw-muted">
        {endpoint ? <>Flags you submit are sent to <code>{endpoint.url}</code>{endpoint.token ? ' with your token' : ''}.</> : 'No endpoint set: flags stay in this browser.'}
      </p>
      <div class="pw-inline-form">
        <label class="pw-field">
          Endpoint address
          <input id="pw-endpoint-url" name="url" type="url" placeholder="https://project.example/flags" value={url} onInput={(e) => setUrl(e.currentTarget.value)} />
        </label>
        <label class="pw-field">
          Token (optional)
          <input id="pw-endpoint-token" name="token" type="password" autocomplete="off" placeholder={endpoint?.token ? '(unchanged)' : ''} value={token} onInput={(e) => setToken(e.currentTarget.value)} />
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

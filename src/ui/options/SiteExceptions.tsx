import { useState } from 'preact/hooks';
import { parseSitePattern } from './site-patterns';

/** Sites where nothing is highlighted; `*.example.com` covers the domain and all its subdomains. */
export function SiteExceptions({ sites, onChange }: { sites: string[]; onChange: (sites: string[]) => void }) {
  const [input, setInput] = useState('');
  const [error, setError] = useState('');
  const add = (e: Event) => {
    e.preventDefault();
    const result = parseSitePattern(input, sites);
    if (!result.ok) return setError(result.error);
    setError('');
    setInput('');
    onChange([...sites, result.pattern]);
  };
  return (
    <section class="pw-panel" aria-labelledby="pw-sites-h">
      <h2 id="pw-sites-h">Sites without highlighting</h2>
      <p class="pw-muted">Write example.com for that host only, or *.example.com for it and every subdomain.</p>
      <form class="pw-inline-form" onSubmit={add} aria-label="Add a site exception">
        <label class="pw-field">
          <span>Site</span>
          <input
            value={input}
            onInput={(e) => setInput(e.currentTarget.value)}
            aria-invalid={error ? 'true' : undefined}
            aria-describedby={error ? 'pw-site-error' : undefined}
            data-pw-site-input
          />
        </label>
        <button type="submit" class="pw-button">
          Add site
        </button>
      </form>
      {error ? (
        <p id="pw-site-error" class="pw-error" role="alert">
          {error}
        </p>
      ) : null}
      {sites.length === 0 ? <p class="pw-empty">No exceptions: highlighting runs on every site.</p> : null}
      <ul class="pw-list" data-pw-sites>
        {sites.map((site) => (
          <li key={site}>
            <code>{site}</code>{' '}
            <button type="button" class="pw-button pw-button--small pw-button--secondary" aria-label={`Remove ${site}`} onClick={() => onChange(sites.filter((s) => s !== site))}>
              Remove
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}

import type { ComponentChild } from 'preact';
import { useState } from 'preact/hooks';
import type { VagueMatch } from '../../core/analysis-schema';
import { sendToTab } from '../../messaging/runtime';
import { plural } from '../../core/records/labels';
import { vagueTerm } from '../common/vague-labels';
import { CATEGORY_LABELS, groupVagueTerms, type TermGroup } from './popup-model';

/**
 * The vague terms found on the page, by category, each a button that scrolls the page to the term;
 * pressing it again moves on to the next occurrence.
 */
export function VagueTermsSection({ tabId, matches, wrong }: { tabId: number; matches: VagueMatch[]; wrong?: (term: TermGroup) => ComponentChild }) {
  const [next, setNext] = useState<Record<string, number>>({});
  const [status, setStatus] = useState('');
  const groups = groupVagueTerms(matches);

  const jump = async (termId: string, label: string, count: number) => {
    const occurrence = (next[termId] ?? 0) % count;
    setNext({ ...next, [termId]: occurrence + 1 });
    try {
      const found = await sendToTab(tabId, { type: 'content/scroll-to', termId, occurrence });
      setStatus(found ? `Showing “${label}” (${occurrence + 1} of ${count}) on the page` : `“${label}” is no longer on the page`);
    } catch {
      setStatus('The page is not reachable (reloaded or closed?)');
    }
  };

  return (
    <section class="pw-section" aria-labelledby="pw-vague-h" data-pw-section="vague">
      <h2 id="pw-vague-h" tabIndex={-1} class="pw-section__title">
        Vague terms on this page <span class="pw-count">({matches.length})</span>
      </h2>
      {groups.length === 0 ? <p class="pw-empty">No vague terms found on this page.</p> : null}
      {groups.map((g) => (
        <div key={g.category} class="pw-vague-group" data-pw-category={g.category}>
          <h3 class="pw-vague-group__title">
            {CATEGORY_LABELS[g.category]} <span class="pw-count">({g.count})</span>
          </h3>
          <ul class="pw-term-list">
            {g.terms.map((t) => (
              <li key={t.termId}>
                <button
                  type="button"
                  class="pw-term"
                  data-pw-term={t.termId}
                  onClick={() => jump(t.termId, t.label, t.count)}
                  title={vagueTerm(t.termId)?.explanation}
                  aria-label={`${t.label}, ${plural(t.count, 'time')} on the page; show on page`}
                >
                  {t.label} <span class="pw-count">×{t.count}</span>
                </button>
                {wrong?.(t)}
              </li>
            ))}
          </ul>
        </div>
      ))}
      <p class="pw-muted" role="status" aria-live="polite" data-pw-vague-status>
        {status}
      </p>
    </section>
  );
}

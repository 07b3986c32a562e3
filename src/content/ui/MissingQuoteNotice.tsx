/** Shown on a commitment's own source page when the quote Pledgewatch recorded from it is gone. */
import type { MissingQuoteView } from '../card-model';
import { SourceLine } from './ExplainCard';

export function MissingQuoteNotice(props: { missing: MissingQuoteView[]; onDismiss: () => void }) {
  return (
    <aside class="notice" role="status" aria-label="Pledgewatch notice">
      <button type="button" class="close" aria-label="Dismiss notice" onClick={props.onDismiss}>
        ×
      </button>
      <h2>Pledgewatch: a tracked quote is no longer on this page</h2>
      {props.missing.map((m) => (
        <div key={m.commitmentId} class="missing" data-pw-missing={m.commitmentId}>
          <p>
            {m.company}
            {m.date ? ` (${m.date})` : ''}: {m.summary}
          </p>
          <blockquote>{m.quote}</blockquote>
          <p class="meta">
            Recorded from: <SourceLine source={m.source} />
          </p>
        </div>
      ))}
    </aside>
  );
}

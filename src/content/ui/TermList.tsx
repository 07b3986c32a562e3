/**
 * The accessible way to the highlights: a landmark listing every highlighted term, reached from the
 * on-page chip, by Alt+Shift+L, by Tab at the end of the page or by a screen reader's landmark list.
 * Visually hidden until it holds focus or the chip opens it. Includes the legend.
 */
import { categoryLabel } from '../categories';
import type { PaintCategory } from '../paint-item';
import { Legend } from './Legend';

/** One line per distinct term or commitment (a page may repeat a term hundreds of times). */
export interface ListEntry {
  key: string;
  text: string;
  category: PaintCategory;
  count: number;
  questionCount: number;
}

export function TermList(props: { entries: ListEntry[]; open?: boolean; onSelect: (key: string) => void }) {
  const count = (commitment: boolean) =>
    props.entries.filter((e) => (e.category === 'commitment') === commitment).reduce((n, e) => n + e.count, 0);
  const vague = count(false);
  const commitments = count(true);
  return (
    <nav class={props.open ? 'list open' : 'list'} aria-label="Pledgewatch: vague language on this page">
      <h2>
        Pledgewatch found {vague} vague {vague === 1 ? 'term' : 'terms'}
        {commitments > 0 ? ` and ${commitments} restated ${commitments === 1 ? 'commitment' : 'commitments'}` : ''}
      </h2>
      <ol>
        {props.entries.map((e) => (
          <li key={e.key}>
            <button type="button" data-pw-key={e.key} onClick={() => props.onSelect(e.key)}>
              “{e.text}”{e.count > 1 ? ` (${e.count} times)` : ''}, {categoryLabel(e.category).toLowerCase()}
              {e.questionCount > 0 ? `, ${e.questionCount} NGO ${e.questionCount === 1 ? 'question' : 'questions'}` : ''}
            </button>
          </li>
        ))}
      </ol>
      <h3>Legend</h3>
      <Legend />
      <p>Alt+Shift+N and Alt+Shift+P step through the highlights; Alt+Shift+L comes back to this list; Escape closes the explanation.</p>
    </nav>
  );
}

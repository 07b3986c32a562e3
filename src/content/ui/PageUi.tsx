/** Everything the content script shows in its shadow root: the card, the term list, the notice, the outline. */
import type { CorrectionCategory } from '../../data/schema';
import type { CorrectionState } from '../card-controller';
import type { CardSection, MissingQuoteView } from '../card-model';
import { chipText, type ChipSummary } from '../page-chip';
import { ExplainCard } from './ExplainCard';
import { MissingQuoteNotice } from './MissingQuoteNotice';
import { TermList, type ListEntry } from './TermList';

/** A viewport box (CSS pixels) of the current item, outlined because `::highlight()` cannot draw outlines. */
export interface OutlineBox {
  top: number;
  left: number;
  width: number;
  height: number;
}

export interface UiState {
  entries: ListEntry[];
  card: { sections: CardSection[]; keyboard: boolean; pinned: boolean; corrections: Record<number, CorrectionState> } | null;
  missing: MissingQuoteView[];
  outline: OutlineBox[];
  /** What the chip says; null once the reader dismissed it (for this page). */
  chip: ChipSummary | null;
  /** The term list shown without focus (opened from the chip). */
  listOpen: boolean;
  dark: boolean;
}

export interface UiHandlers {
  onSelect: (key: string) => void;
  onCloseCard: () => void;
  onPinCard: () => void;
  onWrong: (itemId: number, category: CorrectionCategory) => void;
  onDismissNotice: () => void;
  onToggleList: () => void;
  onDismissChip: () => void;
  cardRef: (el: HTMLElement | null) => void;
}

export function PageUi(props: { state: UiState; handlers: UiHandlers }) {
  const { state, handlers } = props;
  return (
    <div class={state.dark ? 'root dark' : 'root'}>
      {state.outline.map((b, i) => (
        <div key={i} class="outline" aria-hidden="true" style={{ top: `${b.top}px`, left: `${b.left}px`, width: `${b.width}px`, height: `${b.height}px` }} />
      ))}
      {state.missing.length > 0 ? <MissingQuoteNotice missing={state.missing} onDismiss={handlers.onDismissNotice} /> : null}
      {state.entries.length > 0 ? <TermList entries={state.entries} open={state.listOpen} onSelect={handlers.onSelect} /> : null}
      {state.chip && state.entries.length > 0 ? (
        <div class="chip" role="region" aria-label="Pledgewatch summary">
          <button type="button" class="chip-open" aria-expanded={state.listOpen} aria-keyshortcuts="Alt+Shift+L" onClick={handlers.onToggleList} title={`Pledgewatch: ${chipText(state.chip)} (Alt+Shift+L)`}>
            {chipText(state.chip)}
          </button>
          <button type="button" class="chip-close" aria-label="Hide the Pledgewatch summary on this page" onClick={handlers.onDismissChip}>
            ×
          </button>
        </div>
      ) : null}
      {state.card ? (
        <ExplainCard
          sections={state.card.sections}
          keyboard={state.card.keyboard}
          pinned={state.card.pinned}
          corrections={state.card.corrections}
          onWrong={handlers.onWrong}
          position={{ top: -10000, left: -10000 }}
          onClose={handlers.onCloseCard}
          onPin={handlers.onPinCard}
          cardRef={handlers.cardRef}
        />
      ) : null}
    </div>
  );
}

/** Everything the content script shows in its shadow root: the card, the term list, the notice. */
import type { CardSection, MissingQuoteView } from '../card-model';
import { ExplainCard } from './ExplainCard';
import { MissingQuoteNotice } from './MissingQuoteNotice';
import { TermList, type ListEntry } from './TermList';

export interface UiState {
  entries: ListEntry[];
  card: { sections: CardSection[]; keyboard: boolean } | null;
  missing: MissingQuoteView[];
  dark: boolean;
}

export interface UiHandlers {
  onSelect: (key: string) => void;
  onCloseCard: () => void;
  onDismissNotice: () => void;
  cardRef: (el: HTMLElement | null) => void;
}

export function PageUi(props: { state: UiState; handlers: UiHandlers }) {
  const { state, handlers } = props;
  return (
    <div class={state.dark ? 'root dark' : 'root'}>
      {state.missing.length > 0 ? <MissingQuoteNotice missing={state.missing} onDismiss={handlers.onDismissNotice} /> : null}
      {state.entries.length > 0 ? <TermList entries={state.entries} onSelect={handlers.onSelect} /> : null}
      {state.card ? (
        <ExplainCard
          sections={state.card.sections}
          keyboard={state.card.keyboard}
          position={{ top: -10000, left: -10000 }}
          onClose={handlers.onCloseCard}
          cardRef={handlers.cardRef}
        />
      ) : null}
    </div>
  );
}

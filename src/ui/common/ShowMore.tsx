import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';

/**
 * Shows the first `initial` children and a button for the rest: a popup with 28 commitments and 13
 * questions must still let a reader reach the vague terms without scrolling past everything.
 */
export function ShowMore({ items, initial, what }: { items: ComponentChildren[]; initial: number; what: string }) {
  const [all, setAll] = useState(false);
  const hidden = items.length - initial;
  if (all || hidden <= 0) return <>{items}</>;
  return (
    <>
      {items.slice(0, initial)}
      <button type="button" class="pw-button pw-button--secondary pw-show-more" onClick={() => setAll(true)} data-pw-show-more>
        Show {hidden} more {what}
      </button>
    </>
  );
}

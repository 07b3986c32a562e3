/**
 * Where the explanation card goes: next to the highlight, always wholly inside the viewport. It opens
 * below the highlight when its whole height fits there, else on the side with more room, and its height
 * is capped to that side's free space (the card scrolls inside). At 200 % zoom the viewport is half as
 * many CSS pixels, so the same rule holds at any zoom. Pure, so it is tested without a browser.
 */
export interface Box {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

export interface CardPlacement {
  top: number;
  left: number;
  maxHeight: number;
  side: 'below' | 'above';
}

export const CARD_GAP = 6;
/** Below this the card is cramped; it may then cover the highlight rather than shrink further. */
const MIN_HEIGHT = 120;

export function placeCard(
  anchor: Box,
  card: { width: number; height: number },
  viewport: { width: number; height: number },
  gap = CARD_GAP,
): CardPlacement {
  const roomBelow = viewport.height - gap - (anchor.bottom + gap);
  const roomAbove = anchor.top - gap - gap;
  const side = card.height <= roomBelow || roomBelow >= roomAbove ? 'below' : 'above';
  const room = side === 'below' ? roomBelow : roomAbove;
  const usable = viewport.height - 2 * gap;
  // A highlight at the very edge leaves no room on either side: keep a usable card, inside the viewport.
  const maxHeight = Math.max(0, Math.min(card.height, Math.max(room, Math.min(MIN_HEIGHT, usable))));
  let top = side === 'below' ? anchor.bottom + gap : anchor.top - gap - maxHeight;
  top = Math.min(Math.max(gap, top), viewport.height - gap - maxHeight);
  const width = Math.min(card.width, viewport.width - 2 * gap);
  const left = Math.max(gap, Math.min(anchor.left, viewport.width - gap - width));
  return { top, left, maxHeight, side };
}

/**
 * What the content script paints: one item per vague-term match or restated commitment, with the
 * text-node pieces it covers and a live Range for scrolling, anchoring the card and hit-testing.
 */
import type { VagueCategory } from '../core/lexicon/schema';
import type { Segment } from './text-index';

export type PaintCategory = VagueCategory | 'commitment';

export interface PaintItem {
  /** Unique within the page's lifetime; survives repaints of other items. */
  id: number;
  kind: 'vague' | 'commitment';
  /** Lexicon term id or commitment id. */
  key: string;
  category: PaintCategory;
  /** The matched text as it stands on the page. */
  text: string;
  segments: Segment[];
  /** Set by the painter: where the item is in the DOM now (wrapping changes the nodes). */
  range: Range;
}

/** Highlight names are page-visible: always prefixed. */
export const highlightName = (category: PaintCategory | 'current'): string => `pw-${category}`;

/** Whether an item still stands in the page (its nodes not removed by the page, its range not collapsed). */
export function isLive(item: PaintItem): boolean {
  return !item.range.collapsed && item.range.startContainer.isConnected && item.range.endContainer.isConnected;
}

/** Painting back-ends: the CSS Custom Highlight API where it exists, wrapping elements elsewhere. */
export interface Painter {
  readonly mode: 'highlight-api' | 'wrap';
  add(items: PaintItem[]): void;
  /** Forgets items that are no longer painted (removed by the page); returns those dropped. */
  prune(): PaintItem[];
  /** Removes every highlight; with wrapping, puts back the page's own text nodes exactly. */
  clear(): void;
  /** Emphasises one item (keyboard stepping, open card) or none. */
  setCurrent(item: PaintItem | null): void;
  /** The painted items covering a point in a text node, innermost (vague before commitment) first. */
  itemsAt(node: Node, offset: number): PaintItem[];
  /** Every painted item in document order. */
  items(): PaintItem[];
  /** Re-registers highlights a page script removed from `CSS.highlights`; returns true if it had to. */
  repair(): boolean;
  /**
   * Does now any registration `add` left for a task of its own (the look at the viewport). The session calls
   * it after painting and before it shows the page UI: the UI's insertion makes the page's layout stale, and
   * the look's layout read would then lay out the whole page again (16 ms at 1 MB in bench:page).
   */
  settle(): void;
}

/** Document order for items (by start of range). */
export function compareItems(a: PaintItem, b: PaintItem): number {
  const c = a.range.compareBoundaryPoints(Range.START_TO_START, b.range);
  return c !== 0 ? c : a.kind === b.kind ? a.id - b.id : a.kind === 'vague' ? -1 : 1;
}

/**
 * When the explanation card opens and where. Highlights painted with the Highlight API are not
 * elements, so hover is found by hit-testing: the caret position under the pointer
 * (`caretPositionFromPoint`, or `caretRangeFromPoint` in older Chromium) is looked up in the painter's
 * text-node index and confirmed against the range's boxes. The keyboard path: Alt+Shift+N / Alt+Shift+P
 * step through highlights in document order, the term list's buttons jump to a term, Escape closes and
 * gives focus back to where it was (the term list's button, inside our shadow root, included).
 * A card opened from the keyboard, or clicked (on the highlight or in the card), or pinned with Enter
 * while the pointer shows it, stays until closed: hovering elsewhere no longer replaces it.
 */
import type { TermInfo } from '../core/lexicon/term-info';
import type { PageDetails } from '../core/page-details';
import type { CorrectionCategory } from '../data/schema';
import type { CorrectionRequest } from '../flags/model/correction-flag';
import { sentenceAround } from '../flags/model/correction-passage';
import { buildCard, missingQuoteViews, type MissingQuoteView } from './card-model';
import { compareItems, isLive, type Painter, type PaintItem } from './paint-item';
import type { PageUiHost } from './ui/ui-host';

export interface CardDeps {
  doc: Document;
  painter: Painter;
  ui: PageUiHost;
  /** The records' details the background sent for this page so far (core/page-details.ts). */
  details: () => PageDetails;
  terms: () => ReadonlyMap<string, TermInfo>;
  /** Saves a "Wrong?" correction through the background (the flags database is not the page's). */
  correct: (req: Omit<CorrectionRequest, 'textHash'>) => Promise<void>;
}

/** Where a "Wrong?" from the card stands, per painted item. */
export type CorrectionState = { category: CorrectionCategory; state: 'saving' | 'saved' | 'failed' };

export interface CardController {
  show(items: PaintItem[], keyboard: boolean): void;
  /** Keeps the open card until it is closed. */
  pin(): void;
  /** "Wrong?" on one of the open card's items. */
  correct(itemId: number, category: CorrectionCategory): Promise<void>;
  hide(restoreFocus?: boolean): void;
  step(direction: 1 | -1): PaintItem | null;
  stepTo(key: string): PaintItem | null;
  scrollTo(key: string, occurrence: number): boolean;
  openItems(): PaintItem[];
  missingQuotes(ids: readonly string[]): MissingQuoteView[];
  /** The records' details changed (they arrive from the background after the highlights): redraw an open card. */
  detailsChanged(): void;
  pruned(): void;
  detach(): void;
}

type CaretDoc = Document & {
  caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
  caretRangeFromPoint?: (x: number, y: number) => Range | null;
};

export function caretAt(doc: Document, x: number, y: number): { node: Node; offset: number } | null {
  const d = doc as CaretDoc;
  if (typeof d.caretPositionFromPoint === 'function') {
    const p = d.caretPositionFromPoint(x, y);
    return p ? { node: p.offsetNode, offset: p.offset } : null;
  }
  if (typeof d.caretRangeFromPoint === 'function') {
    const r = d.caretRangeFromPoint(x, y);
    return r ? { node: r.startContainer, offset: r.startOffset } : null;
  }
  return null;
}

/** The focused element, looking into open shadow roots (our term list's buttons live in one). */
export function deepActiveElement(doc: Document): HTMLElement | null {
  let active = doc.activeElement as HTMLElement | null;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement as HTMLElement;
  return active && active !== doc.body && active !== doc.documentElement ? active : null;
}

/** At most this many boxes outline the current item (a quote across many lines needs only its shape). */
const MAX_OUTLINE_BOXES = 40;

const BLOCK = 'p,li,td,th,dd,dt,blockquote,figcaption,pre,h1,h2,h3,h4,h5,h6,article,section,main,div';

/** The sentence a painted item stands in, read from its block on the page. */
export function passageOf(item: PaintItem): string {
  const start = item.range.startContainer;
  const block = (start.nodeType === Node.ELEMENT_NODE ? (start as Element) : start.parentElement)?.closest(BLOCK);
  if (!block) return item.text;
  const lead = block.ownerDocument.createRange();
  lead.setStart(block, 0);
  lead.setEnd(item.range.startContainer, item.range.startOffset);
  const at = lead.toString().length;
  return sentenceAround(block.textContent ?? '', at, at + item.text.length) || item.text;
}

const inside = (rect: DOMRect, x: number, y: number) => x >= rect.left - 1 && x <= rect.right + 1 && y >= rect.top - 1 && y <= rect.bottom + 1;

/** Painted items under a viewport point, innermost first. */
export function itemsAtPoint(doc: Document, painter: Painter, x: number, y: number): PaintItem[] {
  const caret = caretAt(doc, x, y);
  if (!caret) return [];
  // The caret sits between characters: the one after it and the one before it are both candidates.
  const near = [...painter.itemsAt(caret.node, caret.offset), ...(caret.offset > 0 ? painter.itemsAt(caret.node, caret.offset - 1) : [])];
  const unique = [...new Set(near)];
  return unique.filter((item) => [...item.range.getClientRects()].some((r) => inside(r, x, y)));
}

export function createCardController(deps: CardDeps): CardController {
  const { doc, painter, ui } = deps;
  const win = doc.defaultView!;
  let open: PaintItem[] = [];
  let keyboardOpen = false;
  let pinned = false;
  const corrections = new Map<number, CorrectionState>();
  let current: PaintItem | null = null;
  let returnFocus: HTMLElement | null = null;
  let frame = 0;
  let hideTimer = 0;
  let pointer = { x: 0, y: 0, overUi: false };

  const sorted = () => painter.items().filter(isLive).sort(compareItems);
  const reducedMotion = () => win.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;

  function outline(): void {
    // The wrapping painter outlines its current element in CSS; the Highlight API cannot.
    if (painter.mode !== 'highlight-api' || !current) return void ui.update({ outline: [] });
    const boxes = [...current.range.getClientRects()]
      .filter((r) => r.width > 0 && r.height > 0 && r.bottom > 0 && r.top < win.innerHeight)
      .slice(0, MAX_OUTLINE_BOXES)
      .map((r) => ({ top: r.top, left: r.left, width: r.width, height: r.height }));
    ui.update({ outline: boxes });
  }

  function place(): void {
    const rect = open[0]?.range.getBoundingClientRect();
    if (rect) ui.place(rect);
    outline();
  }

  function render(keyboard: boolean): void {
    const states = Object.fromEntries(open.flatMap((i) => (corrections.has(i.id) ? [[i.id, corrections.get(i.id)!]] : [])));
    ui.update({ card: { sections: buildCard(open, deps.terms(), deps.details()), keyboard, pinned, corrections: states } });
  }

  function show(items: PaintItem[], keyboard: boolean): void {
    win.clearTimeout(hideTimer);
    if (items.length === 0) return;
    if (keyboard && !keyboardOpen) returnFocus = deepActiveElement(doc);
    open = items;
    keyboardOpen = keyboard;
    pinned = keyboard;
    current = items[0]!;
    painter.setCurrent(current);
    render(keyboard);
    place();
    if (keyboard) ui.card()?.focus({ preventScroll: true });
  }

  function pin(): void {
    if (open.length === 0 || pinned) return;
    win.clearTimeout(hideTimer);
    pinned = true;
    render(keyboardOpen);
  }

  async function correct(itemId: number, category: CorrectionCategory): Promise<void> {
    const item = open.find((i) => i.id === itemId);
    if (!item) return;
    pin();
    corrections.set(itemId, { category, state: 'saving' });
    render(keyboardOpen);
    const term = item.kind === 'vague' ? { id: item.key, text: item.text.slice(0, 300) } : null;
    let state: CorrectionState['state'] = 'saved';
    try {
      await deps.correct({ category, passage: passageOf(item), term });
    } catch (e) {
      state = 'failed';
      console.warn('[pledgewatch] could not save the correction:', e);
    }
    corrections.set(itemId, { category, state });
    if (open.some((i) => i.id === itemId)) render(keyboardOpen);
  }

  function hide(restoreFocus = false): void {
    win.clearTimeout(hideTimer);
    if (open.length === 0) return;
    open = [];
    pinned = false;
    painter.setCurrent(null);
    ui.update({ card: null, outline: [] });
    if (restoreFocus && keyboardOpen) returnFocus?.focus?.({ preventScroll: true });
    keyboardOpen = false;
  }

  function reveal(item: PaintItem): void {
    const el = item.range.startContainer.parentElement;
    el?.scrollIntoView({ block: 'center', inline: 'nearest', behavior: reducedMotion() ? 'auto' : 'instant' });
    const containing = painter.itemsAt(item.segments[0]!.node, item.segments[0]!.start).filter((i) => i !== item);
    show([item, ...containing.filter((i) => i.kind !== item.kind)], true);
  }

  function step(direction: 1 | -1): PaintItem | null {
    const list = sorted();
    if (list.length === 0) return null;
    const at = current ? list.indexOf(current) : -1;
    const next = at < 0 ? (direction === 1 ? list[0]! : list.at(-1)!) : list[(at + direction + list.length) % list.length]!;
    reveal(next);
    return next;
  }

  function hover(): void {
    frame = 0;
    if (pointer.overUi) {
      win.clearTimeout(hideTimer);
      return;
    }
    if (pinned) return;
    const items = itemsAtPoint(doc, painter, pointer.x, pointer.y);
    if (items.length > 0) {
      if (items[0] !== open[0]) show(items, false);
      else win.clearTimeout(hideTimer);
    } else if (open.length > 0) {
      // A short grace period lets the pointer travel from the highlight into the card.
      win.clearTimeout(hideTimer);
      hideTimer = win.setTimeout(() => hide(), 300);
    }
  }

  const onPointerMove = (e: PointerEvent) => {
    pointer = { x: e.clientX, y: e.clientY, overUi: ui.contains(e.composedPath()[0] as Node) };
    if (frame === 0) frame = win.requestAnimationFrame(hover);
  };
  const onClick = (e: MouseEvent) => {
    if (ui.contains(e.composedPath()[0] as Node)) return;
    const items = itemsAtPoint(doc, painter, e.clientX, e.clientY);
    if (items.length === 0) return;
    // The page's own click (a link, say) goes on as usual; the card just stays.
    if (items[0] !== open[0]) show(items, false);
    pin();
  };
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Escape' && open.length > 0) {
      hide(true);
      return;
    }
    if (e.key === 'Enter' && open.length > 0 && !pinned && deepActiveElement(doc) === null) {
      // A card the pointer opened, pinned from the keyboard: focus goes into it, and back on Escape.
      e.preventDefault();
      returnFocus = null;
      keyboardOpen = true;
      pin();
      ui.card()?.focus({ preventScroll: true });
      return;
    }
    if (!e.altKey || !e.shiftKey || e.ctrlKey || e.metaKey) return;
    if (e.code === 'KeyL') {
      e.preventDefault();
      ui.focusList();
      return;
    }
    if (e.code !== 'KeyN' && e.code !== 'KeyP') return;
    e.preventDefault();
    step(e.code === 'KeyN' ? 1 : -1);
  };
  const onViewport = () => {
    if (open.length > 0) place();
  };
  doc.addEventListener('pointermove', onPointerMove, { capture: true, passive: true });
  doc.addEventListener('click', onClick, { capture: true, passive: true });
  win.addEventListener('keydown', onKeyDown, true);
  win.addEventListener('scroll', onViewport, { capture: true, passive: true });
  win.addEventListener('resize', onViewport, { passive: true });

  return {
    show,
    pin,
    correct,
    hide,
    step,
    stepTo(key) {
      const list = sorted().filter((i) => i.key === key);
      if (list.length === 0) return null;
      const at = current ? list.indexOf(current) : -1;
      const next = list[(at + 1) % list.length]!;
      reveal(next);
      return next;
    },
    scrollTo(key, occurrence) {
      const item = sorted().filter((i) => i.key === key)[occurrence];
      if (!item) return false;
      reveal(item);
      return true;
    },
    openItems: () => open,
    missingQuotes: (ids) => missingQuoteViews(ids, deps.details()),
    detailsChanged() {
      if (open.length > 0) render(keyboardOpen);
    },
    pruned() {
      if (open.some((i) => !isLive(i))) hide();
      if (current && !isLive(current)) current = null;
    },
    detach() {
      hide();
      if (frame) win.cancelAnimationFrame(frame);
      doc.removeEventListener('pointermove', onPointerMove, true);
      doc.removeEventListener('click', onClick, true);
      win.removeEventListener('keydown', onKeyDown, true);
      win.removeEventListener('scroll', onViewport, true);
      win.removeEventListener('resize', onViewport);
    },
  };
}

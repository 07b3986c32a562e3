/**
 * The content script's one element on the page: `<pledgewatch-ui>` with an open shadow root holding
 * the card, the term list and the notice (Preact). Created only when there is something to show and
 * removed entirely by `destroy()`, so turning highlighting off leaves the page as it was.
 */
import { h, render } from 'preact';
import { placeCard } from '../card-placement';
import css from './page-ui.css?inline';
import { PageUi, type UiHandlers, type UiState } from './PageUi';
import { UI_TAG } from '../own-tags';

export { UI_TAG };
/** Taller than this the card reads as a page of its own; it scrolls inside instead. */
const MAX_CARD_HEIGHT = 512;

export interface PageUiHost {
  readonly host: HTMLElement;
  update(patch: Partial<UiState>): void;
  state(): UiState;
  /** Places the open card next to `anchor` (a match's client rect), wholly inside the viewport. */
  place(anchor: DOMRect): void;
  card(): HTMLElement | null;
  /** Opens the term list and focuses its first button (the chip and Alt+Shift+L). */
  focusList(): void;
  contains(node: Node | null): boolean;
  destroy(): void;
}

/** Whether the page is dark where it shows text: the first opaque background of body or html. */
export function pageLooksDark(doc: Document): boolean {
  const win = doc.defaultView;
  if (!win) return false;
  for (const el of [doc.body, doc.documentElement]) {
    if (!el) continue;
    const m = win.getComputedStyle(el).backgroundColor.match(/rgba?\(([\d.]+)[, ]+([\d.]+)[, ]+([\d.]+)(?:[,/ ]+([\d.]+))?/);
    if (!m || (m[4] !== undefined && Number(m[4]) === 0)) continue;
    const [r, g, b] = [m[1], m[2], m[3]].map((v) => Number(v) / 255) as [number, number, number];
    return 0.2126 * r + 0.7152 * g + 0.0722 * b < 0.4;
  }
  return false;
}

export function createPageUi(doc: Document, handlers: Omit<UiHandlers, 'cardRef'>): PageUiHost {
  const host = doc.createElement(UI_TAG);
  const shadow = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = css;
  shadow.appendChild(style);
  const mount = doc.createElement('div');
  shadow.appendChild(mount);
  // After <body>, not inside it: page scripts and `body > :last-child` rules never meet it.
  doc.documentElement.appendChild(host);

  let cardEl: HTMLElement | null = null;
  let current: UiState = { entries: [], card: null, missing: [], outline: [], chip: null, listOpen: false, dark: pageLooksDark(doc) };
  const all: UiHandlers = { ...handlers, cardRef: (el) => (cardEl = el) };

  return {
    host,
    update(patch) {
      current = { ...current, ...patch };
      render(h(PageUi, { state: current, handlers: all }), mount);
    },
    state: () => current,
    place(anchor) {
      if (!cardEl) return;
      const win = doc.defaultView!;
      // The content's own height (the card scrolls inside when capped), plus its borders.
      const natural = cardEl.scrollHeight + (cardEl.offsetHeight - cardEl.clientHeight);
      const p = placeCard(anchor, { width: cardEl.offsetWidth, height: Math.min(natural, MAX_CARD_HEIGHT) }, { width: win.innerWidth, height: win.innerHeight });
      cardEl.style.maxHeight = `${p.maxHeight}px`;
      cardEl.style.top = `${p.top}px`;
      cardEl.style.left = `${p.left}px`;
      cardEl.dataset.pwSide = p.side;
    },
    card: () => cardEl,
    focusList() {
      if (current.entries.length === 0) return;
      this.update({ listOpen: true });
      shadow.querySelector<HTMLElement>('nav.list button')?.focus({ preventScroll: true });
    },
    contains: (node) => node !== null && (node === host || host.contains(node) || shadow.contains(node)),
    destroy() {
      render(null, mount);
      host.remove();
    },
  };
}

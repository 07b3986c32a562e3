/**
 * The content script's one element on the page: `<pledgewatch-ui>` with an open shadow root holding
 * the card, the term list and the notice (Preact). Created only when there is something to show and
 * removed entirely by `destroy()`, so turning highlighting off leaves the page as it was.
 */
import { h, render } from 'preact';
import css from './page-ui.css?inline';
import { PageUi, type UiHandlers, type UiState } from './PageUi';

import { UI_TAG } from '../page-capability';

export { UI_TAG };

export interface PageUiHost {
  readonly host: HTMLElement;
  update(patch: Partial<UiState>): void;
  state(): UiState;
  /** Places the open card next to `anchor` (a match's client rect), inside the viewport. */
  place(anchor: DOMRect): void;
  card(): HTMLElement | null;
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
  let current: UiState = { entries: [], card: null, missing: [], dark: pageLooksDark(doc) };
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
      const { width, height } = cardEl.getBoundingClientRect();
      const gap = 6;
      let top = anchor.bottom + gap;
      if (top + height > win.innerHeight - gap && anchor.top - gap - height >= gap) top = anchor.top - gap - height;
      const left = Math.max(gap, Math.min(anchor.left, win.innerWidth - width - gap));
      cardEl.style.top = `${Math.max(gap, top)}px`;
      cardEl.style.left = `${left}px`;
    },
    card: () => cardEl,
    contains: (node) => node !== null && (node === host || host.contains(node) || shadow.contains(node)),
    destroy() {
      render(null, mount);
      host.remove();
    },
  };
}

/**
 * Painting through the CSS Custom Highlight API: one `Highlight` per category holding live `Range`s,
 * registered in `CSS.highlights` and styled by `::highlight(pw-…)` rules in the content script's CSS
 * (extension CSS, so a page's CSP cannot block it). The page's DOM is never touched.
 *
 * What the API lacks is solved here: hit-testing (a text-node → items index), pruning ranges the page
 * detached, and re-registering when a page script clears `CSS.highlights`.
 *
 * Past REGISTER_ALL_UP_TO items only the items of elements near the viewport are registered (an
 * IntersectionObserver on the elements holding them, a few screens' margin): Chromium's paint step
 * re-validates every registered range each frame a highlight changes (~14 µs a range with our styles), so
 * 4,000 registered ranges cost ~60 ms a frame. Every item stays known (`items()`, hit-testing, the term list).
 */
import { highlightName, isLive, type PaintCategory, type PaintItem, type Painter } from './paint-item';

type HighlightCtor = new (...ranges: Range[]) => Highlight;

/** Up to this many items every one is registered; past it, those of elements near the viewport. */
export const REGISTER_ALL_UP_TO = 1_500;
/** How far beyond the viewport an element's items are registered (before the reader scrolls to them). */
const NEAR_VIEWPORT = '200% 0px';

export function highlightApiAvailable(win: typeof globalThis = globalThis): boolean {
  const w = win as unknown as { CSS?: { highlights?: unknown }; Highlight?: unknown };
  return typeof w.Highlight === 'function' && typeof w.CSS?.highlights === 'object' && w.CSS.highlights !== null;
}

export function createHighlightPainter(win: typeof globalThis = globalThis): Painter {
  const HighlightClass = (win as unknown as { Highlight: HighlightCtor }).Highlight;
  const registry = (win as unknown as { CSS: { highlights: HighlightRegistry } }).CSS.highlights;
  const groups = new Map<string, Highlight>();
  const current = new HighlightClass();
  current.priority = 2;
  let currentItem: PaintItem | null = null;
  const byNode = new Map<Text, PaintItem[]>();
  const all = new Map<number, PaintItem>();
  /** Windowed registration (past REGISTER_ALL_UP_TO): items by the element holding their start. */
  const byElement = new Map<Element, PaintItem[]>();
  let observer: IntersectionObserver | null = null;
  const IntersectionObserverClass = (win as unknown as { IntersectionObserver?: typeof IntersectionObserver }).IntersectionObserver;

  function group(category: PaintCategory): Highlight {
    const name = highlightName(category);
    let h = groups.get(name);
    if (!h) {
      h = new HighlightClass();
      // Vague terms above restated commitments, which usually contain them.
      h.priority = category === 'commitment' ? 0 : 1;
      groups.set(name, h);
    }
    return h;
  }

  /** Registers every group not (or no longer) in the page's registry; true if any was missing. */
  function register(): boolean {
    let missing = false;
    for (const [name, h] of groups) {
      if (registry.get(name) !== h) {
        registry.set(name, h);
        missing = true;
      }
    }
    return missing;
  }

  function index(item: PaintItem): void {
    for (const s of item.segments) {
      const list = byNode.get(s.node);
      if (list) list.push(item);
      else byNode.set(s.node, [item]);
    }
  }

  function unindex(item: PaintItem): void {
    for (const s of item.segments) {
      const list = byNode.get(s.node);
      if (!list) continue;
      const rest = list.filter((i) => i !== item);
      if (rest.length) byNode.set(s.node, rest);
      else byNode.delete(s.node);
    }
  }

  const holder = (item: PaintItem): Element | null => item.segments[0]?.node.parentElement ?? null;

  function near(entries: IntersectionObserverEntry[]): void {
    for (const entry of entries)
      for (const item of byElement.get(entry.target) ?? []) {
        if (!all.has(item.id)) continue;
        if (entry.isIntersecting) group(item.category).add(item.range);
        else groups.get(highlightName(item.category))?.delete(item.range);
      }
    register();
  }

  /** From registering every item to registering those near the viewport (see the header). */
  function startWindow(): void {
    observer = new IntersectionObserverClass!(near, { rootMargin: NEAR_VIEWPORT });
    for (const h of groups.values()) h.clear();
    for (const item of all.values()) watchItem(item);
  }

  function watchItem(item: PaintItem): void {
    const element = holder(item);
    if (!element) return;
    const list = byElement.get(element);
    if (list) list.push(item);
    else {
      byElement.set(element, [item]);
      observer!.observe(element);
    }
  }

  return {
    mode: 'highlight-api',
    add(items) {
      for (const item of items) {
        all.set(item.id, item);
        index(item);
      }
      if (!observer && all.size > REGISTER_ALL_UP_TO && IntersectionObserverClass) {
        startWindow();
        return;
      }
      if (observer) {
        for (const item of items) watchItem(item);
        return;
      }
      // Ranges go into highlights before they are registered: a registered highlight asks for a repaint
      // on every range added to it.
      for (const item of items) group(item.category).add(item.range);
      register();
    },
    prune() {
      const dropped: PaintItem[] = [];
      for (const item of all.values()) {
        if (isLive(item)) continue;
        dropped.push(item);
        all.delete(item.id);
        groups.get(highlightName(item.category))?.delete(item.range);
        unindex(item);
        if (item === currentItem) this.setCurrent(null);
      }
      return dropped;
    },
    clear() {
      observer?.disconnect();
      observer = null;
      byElement.clear();
      for (const [name, h] of groups) {
        if (registry.get(name) === h) registry.delete(name);
        h.clear();
      }
      groups.clear();
      if (registry.get(highlightName('current')) === current) registry.delete(highlightName('current'));
      current.clear();
      currentItem = null;
      byNode.clear();
      all.clear();
    },
    setCurrent(item) {
      current.clear();
      currentItem = item;
      if (item) {
        current.add(item.range);
        if (registry.get(highlightName('current')) !== current) registry.set(highlightName('current'), current);
      }
    },
    itemsAt(node, offset) {
      const list = node.nodeType === Node.TEXT_NODE ? byNode.get(node as Text) : undefined;
      if (!list) return [];
      const hits = list.filter((item) => item.segments.some((s) => s.node === node && s.start <= offset && offset < s.end));
      return hits.sort((a, b) => (a.kind === b.kind ? 0 : a.kind === 'vague' ? -1 : 1));
    },
    items() {
      return [...all.values()];
    },
    repair() {
      let repaired = register();
      if (currentItem && registry.get(highlightName('current')) !== current) {
        registry.set(highlightName('current'), current);
        repaired = true;
      }
      return repaired;
    },
  };
}

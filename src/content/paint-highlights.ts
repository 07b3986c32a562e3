/**
 * Painting through the CSS Custom Highlight API: one `Highlight` per category holding live `Range`s,
 * registered in `CSS.highlights` and styled by `::highlight(pw-…)` rules in the content script's CSS
 * (extension CSS, so a page's CSP cannot block it). The page's DOM is never touched.
 *
 * What the API lacks is solved here: hit-testing (a text-node → items index), pruning ranges the page
 * detached, and re-registering when a page script clears `CSS.highlights`.
 *
 * Past REGISTER_ALL_UP_TO items only those near the viewport are registered: Chromium's paint step
 * re-validates every registered range each frame a highlight changes (~14 µs a range with our styles), so
 * 4,000 registered ranges cost ~60 ms a frame. Items go in buckets of consecutive ones; a bucket is
 * registered while the span from its first item's element to its last item's overlaps the viewport and two
 * screens around it, looked at again after the page scrolls or resizes (a few hundred rectangles, about a
 * millisecond) in a task of its own, not in an animation frame, where its layout read joined the paint. An
 * IntersectionObserver on every element cost 10–28 ms a frame with thousands of targets. A layout that moves
 * without a scroll (a section above the reader collapses, images load) changes the document's size, which one
 * ResizeObserver on the root element reports; a move that leaves the size alone (a transform) keeps the
 * window until the next scroll, resize or added content, and the window's two screens of margin cover most.
 * Every item stays known (`items()`, hit-testing, the term list).
 */
import { highlightName, isLive, type PaintCategory, type PaintItem, type Painter } from './paint-item';

type HighlightCtor = new (...ranges: Range[]) => Highlight;

/** Up to this many items every one is registered; past it, those near the viewport. */
export const REGISTER_ALL_UP_TO = 1_500;
/** Consecutive items that are registered or not together. */
const BUCKET_ITEMS = 16;
/** How many screens above and below the viewport a bucket may start or end and still be registered. */
const NEAR_SCREENS = 2;

interface Bucket {
  items: PaintItem[];
  near: boolean;
}

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
  /**
   * Text node → the items in it, for hit-testing; built on the first hit test, not as items are added: a
   * long page paints thousands of items before the reader points at any (7 ms at 1 MB in bench:page).
   */
  let byNode: Map<Text, PaintItem[]> | null = null;
  const all = new Map<number, PaintItem>();
  /** Windowed registration (past REGISTER_ALL_UP_TO): buckets of consecutive items, null before. */
  let buckets: Bucket[] | null = null;
  /** The pending look at the viewport (a timer: in an animation frame its layout read joined the frame's paint). */
  let pending = 0;
  let resized: ResizeObserver | null = null;
  const view = win as unknown as Window;

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
    if (!byNode) return;
    for (const s of item.segments) {
      const list = byNode.get(s.node);
      if (list) list.push(item);
      else byNode.set(s.node, [item]);
    }
  }

  function unindex(item: PaintItem): void {
    if (!byNode) return;
    for (const s of item.segments) {
      const list = byNode.get(s.node);
      if (!list) continue;
      const rest = list.filter((i) => i !== item);
      if (rest.length) byNode.set(s.node, rest);
      else byNode.delete(s.node);
    }
  }

  const holder = (item: PaintItem): Element | null => item.segments[0]?.node.parentElement ?? null;

  /** Whether a bucket's span, from its first item's element to its last's, overlaps the viewport's surroundings. */
  function isNear(bucket: Bucket, top: number, bottom: number): boolean {
    const first = holder(bucket.items[0]!);
    const last = holder(bucket.items.at(-1)!);
    if (!first || !last || !first.isConnected) return false;
    const a = first.getBoundingClientRect();
    const b = last === first ? a : last.getBoundingClientRect();
    // Both empty: elements not rendered (display: none), nothing to see.
    if (a.width + a.height + b.width + b.height === 0) return false;
    return Math.min(a.top, b.top) <= bottom && Math.max(a.bottom, b.bottom) >= top;
  }

  /** Registers the buckets near the viewport and unregisters the others. */
  function registerNearViewport(): void {
    pending = 0;
    if (!buckets) return;
    const screen = view.innerHeight || 800;
    const top = -NEAR_SCREENS * screen;
    const bottom = (NEAR_SCREENS + 1) * screen;
    for (const bucket of buckets) {
      const near = isNear(bucket, top, bottom);
      if (near === bucket.near) continue;
      bucket.near = near;
      for (const item of bucket.items) {
        if (!all.has(item.id)) continue;
        if (near) group(item.category).add(item.range);
        else groups.get(highlightName(item.category))?.delete(item.range);
      }
    }
    register();
  }

  const rewindow = (): void => {
    if (!pending) pending = view.setTimeout(registerNearViewport, 0);
  };

  /** From registering every item to registering those near the viewport (see the header). */
  function startWindow(): void {
    buckets = [];
    for (const h of groups.values()) h.clear();
    bucketize([...all.values()]);
    view.addEventListener('scroll', rewindow, { capture: true, passive: true });
    view.addEventListener('resize', rewindow, { passive: true });
    const Observer = (win as unknown as { ResizeObserver?: typeof ResizeObserver }).ResizeObserver;
    const root = view.document?.documentElement;
    if (Observer && root) {
      resized = new Observer(rewindow);
      resized.observe(root);
    }
    rewindow();
  }

  function bucketize(items: PaintItem[]): void {
    for (let i = 0; i < items.length; i += BUCKET_ITEMS) buckets!.push({ items: items.slice(i, i + BUCKET_ITEMS), near: false });
  }

  return {
    mode: 'highlight-api',
    add(items) {
      for (const item of items) {
        all.set(item.id, item);
        index(item);
      }
      if (!buckets && all.size > REGISTER_ALL_UP_TO && typeof view.setTimeout === 'function') {
        startWindow();
        return;
      }
      if (buckets) {
        bucketize(items);
        rewindow();
        return;
      }
      // Ranges go into highlights before they are registered: a registered highlight asks for a repaint
      // on every range added to it.
      for (const item of items) group(item.category).add(item.range);
      register();
    },
    settle() {
      if (!pending) return;
      view.clearTimeout(pending);
      registerNearViewport();
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
      if (buckets) {
        view.removeEventListener('scroll', rewindow, { capture: true });
        view.removeEventListener('resize', rewindow);
        resized?.disconnect();
        resized = null;
        if (pending) view.clearTimeout(pending);
        pending = 0;
        buckets = null;
      }
      for (const [name, h] of groups) {
        if (registry.get(name) === h) registry.delete(name);
        h.clear();
      }
      groups.clear();
      if (registry.get(highlightName('current')) === current) registry.delete(highlightName('current'));
      current.clear();
      currentItem = null;
      byNode = null;
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
      if (!byNode) {
        byNode = new Map();
        for (const item of all.values()) index(item);
      }
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

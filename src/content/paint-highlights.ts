/**
 * Painting through the CSS Custom Highlight API: one `Highlight` per category holding live `Range`s,
 * registered in `CSS.highlights` and styled by `::highlight(pw-…)` rules in the content script's CSS
 * (extension CSS, so a page's CSP cannot block it). The page's DOM is never touched.
 *
 * What the API lacks is solved here: hit-testing (a text-node → items index), pruning ranges the page
 * detached, and re-registering when a page script clears `CSS.highlights`.
 */
import { highlightName, isLive, type PaintCategory, type PaintItem, type Painter } from './paint-item';

type HighlightCtor = new (...ranges: Range[]) => Highlight;

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

  return {
    mode: 'highlight-api',
    add(items) {
      // Ranges go into highlights before they are registered: a registered highlight asks for a repaint
      // on every range added to it.
      for (const item of items) {
        group(item.category).add(item.range);
        all.set(item.id, item);
        index(item);
      }
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

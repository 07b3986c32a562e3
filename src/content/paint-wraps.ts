/**
 * The fallback where `CSS.highlights` is missing: each matched piece of text is wrapped in a
 * `<pledgewatch-mark>` element. Every affected text node is replaced by ONE fragment (its text cut at
 * all match boundaries, matched pieces wrapped), and the original node is kept aside so `clear()`
 * puts back the very same node object: page scripts holding it, and the serialised DOM, see no change.
 * Text is only ever set through `createTextNode`, never `innerHTML`.
 */
import { MARK_TAG } from './own-tags';
import { isLive, type PaintItem, type Painter } from './paint-item';

export { MARK_TAG };

interface Replaced {
  original: Text;
  pieces: Node[];
}

/** Cuts one text node at every boundary of the items covering it; returns the replacing pieces. */
function wrapNode(node: Text, covering: PaintItem[], marksOf: Map<PaintItem, Element[]>): Node[] {
  const doc = node.ownerDocument;
  const data = node.data;
  const cuts = new Set<number>([0, data.length]);
  for (const item of covering)
    for (const s of item.segments)
      if (s.node === node) {
        cuts.add(Math.min(s.start, data.length));
        cuts.add(Math.min(s.end, data.length));
      }
  const points = [...cuts].sort((a, b) => a - b);
  const pieces: Node[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const from = points[i]!;
    const to = points[i + 1]!;
    const text = doc.createTextNode(data.slice(from, to));
    const inside = covering.filter((item) => item.segments.some((s) => s.node === node && s.start <= from && to <= s.end));
    if (inside.length === 0) {
      pieces.push(text);
      continue;
    }
    const mark = doc.createElement(MARK_TAG);
    const vague = inside.find((i) => i.kind === 'vague');
    mark.setAttribute('data-pw-cat', (vague ?? inside[0]!).category);
    if (inside.some((i) => i.kind === 'commitment')) mark.setAttribute('data-pw-commitment', '');
    mark.setAttribute('data-pw-ids', inside.map((i) => i.id).join(' '));
    mark.appendChild(text);
    pieces.push(mark);
    for (const item of inside) {
      const list = marksOf.get(item);
      if (list) list.push(mark);
      else marksOf.set(item, [mark]);
    }
  }
  return pieces;
}

export function createWrapPainter(): Painter {
  const replaced: Replaced[] = [];
  const all = new Map<number, PaintItem>();
  const markItems = new WeakMap<Element, PaintItem[]>();
  const marksByItem = new Map<number, Element[]>();
  let current: Element[] = [];

  return {
    mode: 'wrap',
    // Wrapping registers nothing later.
    settle() {},
    add(items) {
      const byNode = new Map<Text, PaintItem[]>();
      for (const item of items)
        for (const s of item.segments) {
          // A node already cut by an earlier batch is gone from the page; never wrap twice.
          if (!s.node.isConnected || s.node.parentElement?.tagName === MARK_TAG.toUpperCase()) continue;
          const list = byNode.get(s.node);
          if (list) {
            if (!list.includes(item)) list.push(item);
          } else byNode.set(s.node, [item]);
        }
      const marksOf = new Map<PaintItem, Element[]>();
      for (const [node, covering] of byNode) {
        const pieces = wrapNode(node, covering, marksOf);
        const fragment = node.ownerDocument.createDocumentFragment();
        for (const p of pieces) fragment.appendChild(p);
        node.replaceWith(fragment);
        replaced.push({ original: node, pieces });
      }
      for (const [item, marks] of marksOf) {
        const range = marks[0]!.ownerDocument.createRange();
        range.setStartBefore(marks[0]!);
        range.setEndAfter(marks.at(-1)!);
        item.range = range;
        all.set(item.id, item);
        marksByItem.set(item.id, marks);
        for (const m of marks) markItems.set(m, [...(markItems.get(m) ?? []), item]);
      }
    },
    prune() {
      const dropped = [...all.values()].filter((item) => !isLive(item));
      for (const item of dropped) {
        all.delete(item.id);
        marksByItem.delete(item.id);
      }
      return dropped;
    },
    clear() {
      // Newest first, so a node cut twice (never, but cheaply safe) unwinds in order.
      for (let i = replaced.length - 1; i >= 0; i--) {
        const { original, pieces } = replaced[i]!;
        const anchor = pieces.find((p) => p.parentNode);
        if (anchor) anchor.parentNode!.insertBefore(original, anchor);
        for (const p of pieces) (p as ChildNode).remove();
      }
      replaced.length = 0;
      all.clear();
      marksByItem.clear();
      current = [];
    },
    setCurrent(item) {
      for (const m of current) m.removeAttribute('data-pw-current');
      current = item ? marksByItem.get(item.id) ?? [] : [];
      for (const m of current) m.setAttribute('data-pw-current', '');
    },
    itemsAt(node) {
      const mark = (node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement)?.closest(MARK_TAG);
      const list = mark ? markItems.get(mark) ?? [] : [];
      return [...list].sort((a, b) => (a.kind === b.kind ? 0 : a.kind === 'vague' ? -1 : 1));
    },
    items() {
      return [...all.values()];
    },
    repair() {
      return false;
    },
  };
}

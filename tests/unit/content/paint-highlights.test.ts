// @vitest-environment happy-dom
// The CSS Custom Highlight painter's windowed registration (issue 13, row 13): past REGISTER_ALL_UP_TO items
// only those near the viewport are registered, since the browser re-validates every registered range in each
// frame a highlight changes. happy-dom has neither the Highlight API nor layout: both are stood in for here
// (a Highlight is a Set of ranges; each paragraph's rectangle is its index × 100 px, minus the scroll).
import { afterEach, describe, expect, it } from 'vitest';
import { extractText } from '../../../src/content/extract-text';
import { createHighlightPainter, REGISTER_ALL_UP_TO } from '../../../src/content/paint-highlights';
import type { PaintItem } from '../../../src/content/paint-item';
import { rangeFor, segmentsFor } from '../../../src/content/text-index';

class FakeHighlight extends Set<AbstractRange> {
  priority = 0;
}

const LINE_PX = 100;
const SCREEN_PX = 800;

function fakeWindow(): { win: typeof globalThis; scrollTo(y: number): void; shiftLayout(px: number): void; timers(): void; registered(): number; observed(): number } {
  const registry = new Map<string, FakeHighlight>();
  let scrollY = 0;
  let shift = 0;
  const resizeCallbacks = new Set<() => void>();
  const observed = new Set<Element>();
  class FakeResizeObserver {
    constructor(private readonly callback: () => void) {}
    observe(target: Element) {
      observed.add(target);
      resizeCallbacks.add(this.callback);
    }
    disconnect() {
      observed.clear();
      resizeCallbacks.delete(this.callback);
    }
  }
  let pending: (() => void) | null = null;
  const listeners = new Set<() => void>();
  const win = {
    Highlight: FakeHighlight,
    CSS: { highlights: registry },
    innerHeight: SCREEN_PX,
    document,
    ResizeObserver: FakeResizeObserver,
    setTimeout: (f: () => void) => ((pending = f), 1),
    clearTimeout: () => void (pending = null),
    addEventListener: (type: string, f: () => void) => type === 'scroll' && listeners.add(f),
    removeEventListener: (type: string, f: () => void) => type === 'scroll' && listeners.delete(f),
  } as unknown as typeof globalThis;
  const paragraphs = () => [...document.querySelectorAll('p')];
  for (const [i, p] of paragraphs().entries())
    p.getBoundingClientRect = () => ({ top: i * LINE_PX - scrollY - shift, bottom: (i + 1) * LINE_PX - scrollY - shift, width: 600, height: LINE_PX }) as DOMRect;
  return {
    win,
    scrollTo(y) {
      scrollY = y;
      for (const f of listeners) f();
    },
    // The page's layout moves without a scroll (a section above the reader collapses): the document's size changes.
    shiftLayout(px) {
      shift = px;
      for (const f of resizeCallbacks) f();
    },
    observed: () => observed.size,
    timers() {
      const f = pending;
      pending = null;
      f?.();
    },
    registered: () => [...registry.values()].reduce((n, h) => n + h.size, 0),
  };
}

function itemsFor(root: HTMLElement, phrase: string): PaintItem[] {
  const extracted = extractText(root);
  const items: PaintItem[] = [];
  for (let at = extracted.text.indexOf(phrase), id = 0; at >= 0; at = extracted.text.indexOf(phrase, at + 1))
    items.push({ id: id++, kind: 'vague', key: 'responsibly', category: 'undefined-standard', text: phrase, segments: segmentsFor(extracted, at, phrase.length), range: rangeFor(extracted, at, phrase.length)! });
  return items;
}

afterEach(() => void (document.body.innerHTML = ''));

describe('the highlight painter', () => {
  it('registers every item of an ordinary page at once', () => {
    document.body.innerHTML = '<p>We act responsibly.</p>'.repeat(100);
    const page = fakeWindow();
    const painter = createHighlightPainter(page.win);
    painter.add(itemsFor(document.body, 'responsibly'));
    expect(page.registered()).toBe(100);
  });

  it('past the limit registers only the items near the viewport, and follows the reader as they scroll', () => {
    const paragraphs = REGISTER_ALL_UP_TO + 200;
    document.body.innerHTML = '<p>We act responsibly.</p>'.repeat(paragraphs);
    const page = fakeWindow();
    const painter = createHighlightPainter(page.win);
    painter.add(itemsFor(document.body, 'responsibly'));
    expect(painter.items()).toHaveLength(paragraphs);
    page.timers();
    // Two screens above and below the one shown: at most (1 + 2 + 2) screens of 8 lines, give or take a bucket.
    const near = page.registered();
    expect(near).toBeGreaterThan(0);
    expect(near).toBeLessThanOrEqual(3 * (SCREEN_PX / LINE_PX) + 2 * 16);

    // Far down the page: the first paragraphs' items leave the registry, those around the reader come in.
    page.scrollTo(1_200 * LINE_PX);
    page.timers();
    expect(page.registered()).toBeGreaterThan(0);
    expect(page.registered()).toBeLessThanOrEqual(5 * (SCREEN_PX / LINE_PX) + 2 * 16);
    const firstRange = painter.items()[0]!.range;
    const registeredRanges = new Set([...(page.win as unknown as { CSS: { highlights: Map<string, Set<AbstractRange>> } }).CSS.highlights.values()].flatMap((h) => [...h]));
    expect(registeredRanges.has(firstRange)).toBe(false);
    expect(registeredRanges.has(painter.items()[1_200]!.range)).toBe(true);
    // Hit-testing still knows every item, registered or not.
    const first = painter.items()[0]!;
    expect(painter.itemsAt(first.segments[0]!.node, first.segments[0]!.start)).toEqual([first]);

    painter.clear();
    expect(page.registered()).toBe(0);
  });

  it('follows a layout move that comes without a scroll (the document changes size)', () => {
    document.body.innerHTML = '<p>We act responsibly.</p>'.repeat(REGISTER_ALL_UP_TO + 200);
    const page = fakeWindow();
    const painter = createHighlightPainter(page.win);
    painter.add(itemsFor(document.body, 'responsibly'));
    page.timers();
    const registeredRanges = () => new Set([...(page.win as unknown as { CSS: { highlights: Map<string, Set<AbstractRange>> } }).CSS.highlights.values()].flatMap((h) => [...h]));
    expect(registeredRanges().has(painter.items()[1_000]!.range)).toBe(false);
    // Everything above the reader collapses: paragraph 1,000 is now on screen, and no scroll event came.
    page.shiftLayout(1_000 * LINE_PX);
    page.timers();
    expect(registeredRanges().has(painter.items()[1_000]!.range)).toBe(true);
    expect(registeredRanges().has(painter.items()[0]!.range)).toBe(false);
    painter.clear();
    expect(page.observed()).toBe(0);
  });
});

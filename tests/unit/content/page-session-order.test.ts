// @vitest-environment happy-dom
// The order of a relevant page's last steps (page-session.ts): the highlights' window, which reads the
// page's layout, is placed before the page UI is inserted. Inserted first, the UI made the layout stale
// and the window's read laid the whole page out again (16 ms of a 1 MB page in bench:page).
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createHighlightPainter } from '../../../src/content/paint-highlights';
import type { Painter } from '../../../src/content/paint-item';
import { startPageSession } from '../../../src/content/page-session';
import { UI_TAG } from '../../../src/content/ui/ui-host';
import { contentTermInfo } from '../../../src/content/analyse';
import { engineFor } from '../../../src/core/bundled-engine';
import { getBundledDataset } from '../../../src/data/dataset';
import { noDetails } from '../../../src/core/page-details';
import { DEFAULT_SETTINGS } from '../../../src/storage/settings-rules';
import { yieldToPage } from '../../../src/content/scheduler';

class FakeHighlight extends Set<AbstractRange> {
  priority = 0;
}

afterEach(() => {
  document.body.innerHTML = '';
  vi.restoreAllMocks();
});

/** A session over this document with the real engine and a painter of the test's choosing. */
function sessionWith(createPainter: () => Painter) {
  const engine = engineFor(getBundledDataset());
  const terms = new Map(contentTermInfo().map((t) => [t.id, t]));
  return startPageSession(
    {
      doc: document,
      analyse: (input) => engine.analyse(input),
      details: async () => noDetails(),
      terms: () => terms,
      report: () => {},
      correct: async () => {},
      createPainter,
    },
    DEFAULT_SETTINGS,
  );
}


describe('a page session, once the analysis is in', () => {
  it('places the window of highlights before it inserts the page UI', async () => {
    // Past REGISTER_ALL_UP_TO matches, so the painter works with a window.
    document.title = 'Facial recognition and human rights';
    document.body.innerHTML =
      '<h1>Fabrikam on facial recognition</h1><p>Fabrikam sells facial recognition technology and respects human rights.</p>' +
      '<p>We will act responsibly, where appropriate, in due course.</p>'.repeat(700);
    const win = Object.assign(Object.create(window), {
      Highlight: FakeHighlight,
      CSS: { highlights: new Map() },
      setTimeout: window.setTimeout.bind(window),
      clearTimeout: window.clearTimeout.bind(window),
      addEventListener: window.addEventListener.bind(window),
      removeEventListener: window.removeEventListener.bind(window),
    }) as typeof globalThis;
    // Every layout read, and whether the page UI was in the page then.
    const reads: string[] = [];
    const read = Element.prototype.getBoundingClientRect;
    Element.prototype.getBoundingClientRect = function (this: Element) {
      reads.push(document.querySelector(UI_TAG) ? 'after the UI' : 'before the UI');
      return read.call(this);
    };
    const session = sessionWith(() => createHighlightPainter(win));
    try {
      await session.ready();
      // A timer the painter may have left runs too.
      await new Promise((r) => setTimeout(r, 20));
      expect(session.analysis()?.relevant).toBe(true);
      expect(session.painted().length).toBeGreaterThan(1_500);
      expect(document.querySelector(UI_TAG)).not.toBeNull();
      expect(reads.length).toBeGreaterThan(0);
      expect(reads.filter((r) => r === 'after the UI')).toEqual([]);
    } finally {
      Element.prototype.getBoundingClientRect = read;
      session.stop();
    }
  });

  it('shows the page UI in the task that painted an ordinary page, so the browser draws both in one frame', async () => {
    document.title = 'Facial recognition and human rights';
    document.body.innerHTML =
      '<h1>Fabrikam on facial recognition</h1><p>Fabrikam sells facial recognition technology and respects human rights.</p>' +
      '<p>We will act responsibly, where appropriate, in due course.</p>'.repeat(5);
    const win = Object.assign(Object.create(window), { Highlight: FakeHighlight, CSS: { highlights: new Map() }, setTimeout: window.setTimeout.bind(window), clearTimeout: window.clearTimeout.bind(window) }) as typeof globalThis;
    // What the next task sees: with a task between the painting and the UI, the browser may render a frame
    // of highlights without the UI, then another with it. The clock stands still, so the painting never uses
    // up a slice however loaded the machine running this test is (a slice used up rightly yields first).
    vi.spyOn(performance, 'now').mockReturnValue(1_000);
    const uiInNextTask: boolean[] = [];
    const session = sessionWith(() => {
      const painter = createHighlightPainter(win);
      return {
        ...painter,
        add(items) {
          painter.add(items);
          void yieldToPage().then(() => uiInNextTask.push(document.querySelector(UI_TAG) !== null));
        },
      };
    });
    try {
      await session.ready();
      await new Promise((r) => setTimeout(r, 20));
      expect(session.painted().length).toBeGreaterThan(5);
      expect(uiInNextTask).toEqual([true]);
    } finally {
      session.stop();
    }
  });
});

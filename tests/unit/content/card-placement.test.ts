import { describe, expect, it } from 'vitest';
import { CARD_GAP, placeCard, type Box } from '../../../src/content/card-placement';

const box = (top: number, left = 100, height = 20, width = 120): Box => ({ top, bottom: top + height, left, right: left + width });

/** The card's box as placed, to check it against the viewport. */
function placed(anchor: Box, card: { width: number; height: number }, viewport: { width: number; height: number }) {
  const p = placeCard(anchor, card, viewport);
  const height = Math.min(card.height, p.maxHeight);
  return { ...p, bottom: p.top + height, right: p.left + Math.min(card.width, viewport.width - 2 * CARD_GAP) };
}

function expectInside(p: ReturnType<typeof placed>, viewport: { width: number; height: number }) {
  expect(p.top).toBeGreaterThanOrEqual(0);
  expect(p.left).toBeGreaterThanOrEqual(0);
  expect(p.bottom).toBeLessThanOrEqual(viewport.height);
  expect(p.right).toBeLessThanOrEqual(viewport.width);
}

describe('placeCard', () => {
  const desktop = { width: 1280, height: 800 };
  const zoomed = { width: 640, height: 400 }; // 1280×800 at 200 %

  it('opens below the highlight when the whole card fits there', () => {
    const p = placed(box(100), { width: 416, height: 300 }, desktop);
    expect(p.side).toBe('below');
    expect(p.top).toBe(120 + CARD_GAP);
    expect(p.maxHeight).toBe(300);
  });

  it('opens above a highlight low on the screen (the 512 px card that ran 122 px off the bottom)', () => {
    const p = placed(box(600), { width: 416, height: 512 }, desktop);
    expect(p.side).toBe('above');
    expectInside(p, desktop);
    expect(p.bottom).toBeLessThanOrEqual(600);
  });

  it('caps the height to the larger side and keeps it inside the viewport at 200 % zoom', () => {
    for (const top of [0, 40, 150, 190, 250, 370, 390]) {
      const p = placed(box(top), { width: 416, height: 882 }, zoomed);
      expectInside(p, zoomed);
      // Never covers the highlight unless there is no room at all on either side.
      const covers = p.top < top + 20 && p.bottom > top;
      const room = Math.max(zoomed.height - (top + 20) - 2 * CARD_GAP, top - 2 * CARD_GAP);
      if (room >= 120) expect(covers).toBe(false);
    }
  });

  it('shifts left to stay inside a narrow viewport, and never starts left of the gap', () => {
    expectInside(placed(box(100, 600), { width: 416, height: 200 }, zoomed), zoomed);
    expect(placed(box(100, -50), { width: 416, height: 200 }, zoomed).left).toBe(CARD_GAP);
    const tiny = placed(box(10, 0), { width: 416, height: 200 }, { width: 300, height: 200 });
    expectInside(tiny, { width: 300, height: 200 });
  });

  it('keeps a usable card inside the viewport when the highlight fills the screen', () => {
    const p = placed({ top: -500, bottom: 900, left: 10, right: 500 }, { width: 416, height: 400 }, desktop);
    expectInside(p, desktop);
    expect(p.maxHeight).toBeGreaterThanOrEqual(120);
  });
});

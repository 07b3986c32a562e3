// WCAG AA for the extension pages' colours, in both schemes: every text colour the CSS puts on a
// background is checked against it, read from theme.css itself so a palette change cannot skip this.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contrast } from '../../support/contrast';

const css = readFileSync(resolve(import.meta.dirname, '../../../src/ui/common/theme.css'), 'utf8');

function palette(block: string): Record<string, string> {
  return Object.fromEntries([...block.matchAll(/--pw-([a-z-]+):\s*(#[0-9a-f]{6})/gi)].map((m) => [m[1]!, m[2]!.toLowerCase()]));
}

const light = palette(css.slice(css.indexOf(':root'), css.indexOf('@media (prefers-color-scheme: dark)')));
const dark = { ...light, ...palette(css.slice(css.indexOf('@media (prefers-color-scheme: dark)'))) };

// [text, background] pairs as the CSS uses them (cards on surface, chips, the term buttons, buttons).
const PAIRS: Array<[string, string]> = [
  ['text', 'bg'], ['text', 'surface'], ['text', 'chip'], ['text', 'warn-bg'],
  ['muted', 'bg'], ['muted', 'surface'], ['muted', 'warn-bg'],
  ['accent', 'bg'], ['accent', 'surface'], ['accent-text', 'accent'],
  ['danger', 'bg'], ['danger', 'surface'], ['ok', 'bg'],
];

describe.each([
  ['light', light],
  ['dark', dark],
])('%s scheme', (_name, colours) => {
  it('defines every colour the pairs use', () => {
    for (const [fg, bg] of PAIRS) expect([colours[fg], colours[bg]]).toEqual([expect.stringMatching(/^#/), expect.stringMatching(/^#/)]);
  });
  it.each(PAIRS)('%s on %s reaches 4.5:1', (fg, bg) => {
    expect(contrast(colours[fg]!, colours[bg]!)).toBeGreaterThanOrEqual(4.5);
  });
  it('makes the focus ring stand out from the page (3:1, non-text contrast)', () => {
    expect(contrast(colours.focus!, colours.bg!)).toBeGreaterThanOrEqual(3);
  });
});

it('computes known ratios', () => {
  expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
  expect(contrast('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
});

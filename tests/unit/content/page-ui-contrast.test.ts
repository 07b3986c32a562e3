// WCAG AA for the page UI's own palette (card, chip, term list, notice) in its light and dark schemes,
// read from page-ui.css itself: axe cannot check text that floats over the page.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contrast } from '../../support/contrast';

const css = readFileSync(resolve(import.meta.dirname, '../../../src/content/ui/page-ui.css'), 'utf8');

function palette(selector: string): Record<string, string> {
  const block = css.slice(css.indexOf(`${selector} {`), css.indexOf('}', css.indexOf(`${selector} {`)));
  return Object.fromEntries([...block.matchAll(/--([a-z-]+):\s*(#[0-9a-f]{6})/gi)].map((m) => [m[1]!, m[2]!.toLowerCase()]));
}

const light = palette('.root');
const dark = { ...light, ...palette('.root.dark') };

describe.each([
  ['light', light],
  ['dark', dark],
])('the page UI in its %s scheme', (_name, colours) => {
  it.each([
    ['text', 'bg'],
    ['text', 'quote'],
    ['muted', 'bg'],
    ['muted', 'quote'],
    ['accent', 'bg'],
  ])('%s on %s reaches 4.5:1', (fg, bg) => {
    expect(colours[fg], fg).toMatch(/^#/);
    expect(contrast(colours[fg]!, colours[bg]!)).toBeGreaterThanOrEqual(4.5);
  });
  it('makes the focus ring and the current-item outline stand out (3:1)', () => {
    expect(contrast(colours.focus!, colours.bg!)).toBeGreaterThanOrEqual(3);
  });
});

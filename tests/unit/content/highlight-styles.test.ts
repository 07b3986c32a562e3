// The page's highlight styles: highlight.css in step with categories.ts, at most three visual groups for
// the vague-term categories, every underline at 3:1 against light and dark pages, and no line on a
// restated commitment (lines across whole paragraphs read as ruled paper).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contrast } from '../../support/contrast';
import { categoryStyle, GROUP_STYLES } from '../../../src/content/categories';
import { MARK_TAG } from '../../../src/content/own-tags';
import { VagueCategory } from '../../../src/core/lexicon/schema';
import { CATEGORY_WORDS } from '../../../src/core/vocabulary';
import type { PaintCategory } from '../../../src/content/paint-item';

const css = readFileSync(resolve(import.meta.dirname, '../../../src/content/highlight.css'), 'utf8');

/** The declarations of the rule whose selector list names `selector`. */
function declarationsFor(selector: string): string {
  for (const m of css.replace(/\/\*[\s\S]*?\*\//g, '').matchAll(/([^{}]+)\{([^{}]*)\}/g)) {
    const selectors = m[1]!.split(',').map((s) => s.trim());
    if (selectors.includes(selector)) return m[2]!;
  }
  throw new Error(`no rule for ${selector}`);
}

function decoration(decls: string): { style: string; colour: string } | null {
  const m = decls.match(/text-decoration:\s*underline\s+(solid|dashed|dotted|wavy|double)\s+(#[0-9a-f]{6})/i);
  return m ? { style: m[1]!, colour: m[2]!.toUpperCase() } : null;
}

const CATEGORIES: PaintCategory[] = [...VagueCategory.options, 'commitment'];
const BACKGROUNDS = { light: '#FFFFFF', dark: '#121212' };

describe('highlight styles', () => {
  it.each(CATEGORIES)('%s: the Highlight API rule and the fallback element look the same, as categories.ts says', (category) => {
    const style = categoryStyle(category);
    for (const selector of [`::highlight(pw-${category})`, `${MARK_TAG}[data-pw-cat='${category}']`]) {
      const decl = declarationsFor(selector);
      const line = decoration(decl);
      if (style.underline === 'none') {
        expect(line, selector).toBeNull();
        expect(decl).not.toMatch(/overline|text-decoration/);
      } else expect(line, selector).toEqual({ style: style.underline, colour: style.colour.toUpperCase() });
    }
  });

  it('draws the eight vague-term categories in at most three visual groups', () => {
    const looks = new Set(VagueCategory.options.map((c) => `${categoryStyle(c).colour} ${categoryStyle(c).underline}`));
    expect(looks.size).toBeLessThanOrEqual(3);
    expect(new Set(VagueCategory.options.map((c) => CATEGORY_WORDS[c].group)).size).toBe(looks.size);
  });

  it('gives every group its own underline style, so colour is never the only signal', () => {
    const lines = Object.values(GROUP_STYLES).map((g) => g.underline).filter((u) => u !== 'none');
    expect(new Set(lines).size).toBe(lines.length);
  });

  it.each(Object.entries(BACKGROUNDS))('keeps every underline at 3:1 or more against a %s page', (_name, background) => {
    for (const category of CATEGORIES) {
      const line = decoration(declarationsFor(`::highlight(pw-${category})`));
      if (line) expect(contrast(line.colour, background), `${category} ${line.colour}`).toBeGreaterThanOrEqual(3);
    }
  });

  it('outlines the current item instead of flooding it with colour', () => {
    expect(declarationsFor(`${MARK_TAG}[data-pw-current]`)).toMatch(/outline:\s*2px solid/);
    const tint = declarationsFor('::highlight(pw-current)').match(/rgba\([^)]*,\s*([\d.]+)\)/);
    expect(Number(tint?.[1])).toBeLessThanOrEqual(0.15);
  });

  it('computes known ratios', () => {
    expect(contrast('#000000', '#FFFFFF')).toBeCloseTo(21, 5);
    expect(contrast('#F0E442', '#FFFFFF')).toBeLessThan(3); // the old yellow underline failed
  });
});

/**
 * How highlights look on the page. The eight vague-term categories share three visual groups
 * (src/core/vocabulary.ts), each an Okabe–Ito colour with its own underline style, so meaning never rests
 * on colour alone and every underline keeps 3:1 against light and dark pages. A restated commitment is a
 * light tint with no line (lines across whole paragraphs read as ruled paper). The `::highlight()` and
 * `pledgewatch-mark` rules in highlight.css use the same values; tests/unit/content/highlight-styles.test.ts
 * keeps both in step and checks the contrast.
 */
import type { VagueCategory } from '../core/lexicon/schema';
import { CATEGORY_WORDS, GROUP_WORDS, type HighlightGroup } from '../core/vocabulary';
import type { PaintCategory } from './paint-item';

export type Underline = 'solid' | 'dashed' | 'dotted' | 'none';

export interface GroupStyle {
  label: string;
  gist: string;
  colour: string;
  underline: Underline;
}

export const GROUP_STYLES: Record<HighlightGroup | 'commitment', GroupStyle> = {
  limits: { ...GROUP_WORDS.limits, colour: '#D55E00', underline: 'solid' },
  unchecked: { ...GROUP_WORDS.unchecked, colour: '#0072B2', underline: 'dashed' },
  aims: { ...GROUP_WORDS.aims, colour: '#CC79A7', underline: 'dotted' },
  commitment: { label: 'Tracked commitment', gist: 'the page restates a commitment Pledgewatch tracks', colour: '#0072B2', underline: 'none' },
};

export const groupOf = (category: PaintCategory): HighlightGroup | 'commitment' =>
  category === 'commitment' ? 'commitment' : CATEGORY_WORDS[category].group;

export interface CategoryStyle extends GroupStyle {
  group: HighlightGroup | 'commitment';
}

/** The look of one category: its group's colour and underline, its own label and gist. */
export function categoryStyle(category: PaintCategory): CategoryStyle {
  const group = groupOf(category);
  if (category === 'commitment') return { ...GROUP_STYLES.commitment, group };
  const words = CATEGORY_WORDS[category];
  return { ...GROUP_STYLES[group], label: words.one, gist: words.gist, group };
}

export const categoryLabel = (category: VagueCategory | PaintCategory): string => categoryStyle(category).label;

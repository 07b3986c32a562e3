/**
 * How each vague-term category looks on the page and reads in the card and legend. Colours are the
 * Okabe–Ito palette (distinguishable with the common colour-vision deficiencies), and every category
 * also has its own underline style, so meaning never rests on colour alone. The `::highlight()` and
 * `pledgewatch-mark` rules in highlight.css use the same pairs; a unit test keeps them in step.
 */
import type { VagueCategory } from '../core/lexicon/schema';
import type { PaintCategory } from './paint-item';

export interface CategoryStyle {
  label: string;
  /** One line for the legend: what this kind of vagueness does. */
  gist: string;
  colour: string;
  underline: 'solid' | 'dashed' | 'dotted' | 'wavy' | 'double';
}

export const CATEGORY_STYLES: Record<PaintCategory, CategoryStyle> = {
  'scope-limiter': { label: 'Scope limiter', gist: 'narrows what the promise covers', colour: '#E69F00', underline: 'solid' },
  hedge: { label: 'Hedge', gist: 'a conditional escape clause', colour: '#56B4E9', underline: 'dashed' },
  'undefined-standard': { label: 'Undefined standard', gist: 'a value with no test or mechanism', colour: '#D55E00', underline: 'wavy' },
  aspiration: { label: 'Aspiration', gist: 'an aim, not a commitment', colour: '#CC79A7', underline: 'dotted' },
  'passive-accountability': { label: 'No one accountable', gist: 'no actor is named', colour: '#0072B2', underline: 'double' },
  'unverifiable-claim': { label: 'Unverifiable claim', gist: 'a quality no reader can check', colour: '#F0E442', underline: 'wavy' },
  'process-not-outcome': { label: 'Process, not outcome', gist: 'a process offered instead of a result', colour: '#009E73', underline: 'dashed' },
  'vague-timing': { label: 'Vague timing', gist: 'no date or deadline', colour: '#999999', underline: 'dotted' },
  commitment: { label: 'Tracked commitment', gist: 'the page restates a commitment Pledgewatch tracks', colour: '#0072B2', underline: 'solid' },
};

export const categoryLabel = (category: VagueCategory | PaintCategory): string => CATEGORY_STYLES[category].label;

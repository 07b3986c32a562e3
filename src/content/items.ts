/** From the core's offsets to paintable items, and from painted items to the term list's lines. */
import type { PageAnalysis } from '../core/analysis-schema';
import type { TermInfo } from '../core/lexicon/term-info';
import { RESTATED_MIN_SIMILARITY } from '../core/restated';
import type { PageDetails } from '../core/page-details';
import type { Settings } from '../storage/settings';
import type { ExtractedText } from './extract-text';
import type { Painter, PaintItem } from './paint-item';
import { segmentCursor } from './text-index';
import type { ListEntry } from './ui/TermList';

function rangeOf(segments: PaintItem['segments']): Range | null {
  const first = segments[0];
  const last = segments.at(-1);
  if (!first || !last) return null;
  try {
    const range = first.node.ownerDocument.createRange();
    range.setStart(first.node, first.start);
    range.setEnd(last.node, last.end);
    return range;
  } catch {
    // The page changed the text since it was read; the next batch rescans it.
    return null;
  }
}

/**
 * Above this many characters a text node is not highlighted: any change to its highlights makes the browser
 * repaint the whole node (Chromium: ~80 ms for one 5 MB text node, every time), and the page already paid
 * that to show it. Its matches are counted as not highlighted.
 */
export const MAX_PAINTED_NODE_CHARS = 1_000_000;

/**
 * Paint items for an analysis of `extracted`: vague terms of the enabled categories and restated
 * commitments. With `existing`, spans it already paints are skipped (a node read twice). `unpainted`:
 * matches left unpainted because they lie in a text node too long to repaint (MAX_PAINTED_NODE_CHARS).
 */
export function buildItems(
  extracted: ExtractedText,
  analysis: PageAnalysis,
  settings: Settings,
  nextId: () => number,
  existing: Painter | null,
): { items: PaintItem[]; unpainted: number } {
  const enabled = new Set(settings.enabledCategories);
  const items: PaintItem[] = [];
  let unpainted = 0;
  const segmentsAt = segmentCursor(extracted);
  const push = (kind: PaintItem['kind'], key: string, category: PaintItem['category'], offset: number, length: number) => {
    const segments = segmentsAt(offset, length);
    const first = segments[0];
    if (!first) return;
    if (segments.some((s) => s.node.length > MAX_PAINTED_NODE_CHARS)) {
      unpainted++;
      return;
    }
    if (existing?.itemsAt(first.node, first.start).some((i) => i.key === key && i.kind === kind)) return;
    const range = rangeOf(segments);
    if (!range) return;
    items.push({ id: nextId(), kind, key, category, text: extracted.text.slice(offset, offset + length), segments, range });
  };
  for (const m of analysis.vagueTerms) if (enabled.has(m.category)) push('vague', m.termId, m.category, m.offset, m.length);
  for (const r of analysis.restatedCommitments)
    if (r.similarity >= RESTATED_MIN_SIMILARITY) push('commitment', r.commitmentId, 'commitment', r.offset, r.length);
  return { items, unpainted };
}

export function listEntries(items: readonly PaintItem[], details: PageDetails, terms: ReadonlyMap<string, TermInfo>): ListEntry[] {
  // One entry per kind and key, in the order of first appearance. A map per kind, not one keyed by
  // "kind:key": a long page has thousands of items, and a key string built per item cost 15 ms at 1 MB.
  const entries: ListEntry[] = [];
  const byKind = { vague: new Map<string, ListEntry>(), commitment: new Map<string, ListEntry>() };
  for (const item of items) {
    const seen = byKind[item.kind];
    const entry = seen.get(item.key);
    if (entry) {
      entry.count += 1;
      continue;
    }
    const term = terms.get(item.key);
    const commitment = item.kind === 'commitment' ? details.commitments[item.key] : undefined;
    const created: ListEntry = {
      key: item.key,
      text: commitment?.summary ?? term?.phrase ?? item.text,
      category: item.category,
      count: 1,
      questionCount: item.kind === 'vague' ? (details.questions[item.key]?.length ?? 0) : 0,
    };
    seen.set(item.key, created);
    entries.push(created);
  }
  return entries;
}

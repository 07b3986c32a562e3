/**
 * From offsets in the extracted text back to the DOM: which text node holds an offset, and the pieces
 * (one per text node) a match covers. Binary search over `starts`, so a lookup is O(log n).
 */
import type { ExtractedText } from './extract-text';

export interface Segment {
  node: Text;
  /** Offsets inside `node.data`. */
  start: number;
  end: number;
}

/** Index of the node containing `offset` (or the last node starting before it, for separator positions). */
export function nodeIndexAt(extracted: ExtractedText, offset: number): number {
  const { starts } = extracted;
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * The text-node pieces covering `[offset, offset + length)`, in order. Separator characters between
 * blocks belong to no node and are skipped. Empty when the span lies outside the text.
 */
export function segmentsFor(extracted: ExtractedText, offset: number, length: number, from?: number): Segment[] {
  const { nodes, starts, ends } = extracted;
  const end = offset + length;
  const segments: Segment[] = [];
  if (nodes.length === 0 || length <= 0) return segments;
  for (let i = from ?? nodeIndexAt(extracted, offset); i < nodes.length && starts[i]! < end; i++) {
    const node = nodes[i]!;
    const nodeStart = starts[i]!;
    const from = Math.max(offset, nodeStart) - nodeStart;
    const to = Math.min(end, ends[i]!) - nodeStart;
    if (to > from) segments.push({ node, start: from, end: to });
  }
  return segments;
}

/**
 * `segmentsFor` for spans asked for in text order (the core reports matches that way): walks on from the
 * previous span's node instead of searching again, so thousands of matches cost one pass over the nodes.
 */
export function segmentCursor(extracted: ExtractedText): (offset: number, length: number) => Segment[] {
  const { starts } = extracted;
  let index = 0;
  let lastOffset = -1;
  return (offset, length) => {
    if (offset < lastOffset) index = nodeIndexAt(extracted, offset);
    else while (index + 1 < starts.length && starts[index + 1]! <= offset) index++;
    lastOffset = offset;
    return segmentsFor(extracted, offset, length, index);
  };
}

/** A live DOM Range over a span of the extracted text; null when it maps to no text. */
export function rangeFor(extracted: ExtractedText, offset: number, length: number): Range | null {
  const segments = segmentsFor(extracted, offset, length);
  const first = segments[0];
  const last = segments.at(-1);
  if (!first || !last) return null;
  const range = first.node.ownerDocument.createRange();
  range.setStart(first.node, first.start);
  range.setEnd(last.node, last.end);
  return range;
}

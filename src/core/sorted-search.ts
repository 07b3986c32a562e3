/**
 * Binary search over sorted offsets: the text indexes of text-spans.ts (sentence ends, line breaks) and the
 * restated search's window words ask which of their offsets lie below a match.
 */

/** The number of values in the ascending `values` below `x`. */
export function countBelow(values: ArrayLike<number>, x: number): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (values[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

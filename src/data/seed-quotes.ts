/**
 * Checks that a quote marked verbatim really stands in its seed document.
 *
 * Only layout is forgiven, never wording: runs of whitespace (line breaks inside a sentence), markdown
 * backslash escapes (`\(EDRi\)` in a seed is "(EDRi)"), markdown links (`[Cisco's](#)` is "Cisco's")
 * and bold markers (`**human rights policies**`).
 * Typographic apostrophes, quotes and dashes must match exactly: changing them changes the quote.
 */

const MARKDOWN_ESCAPE = /\\([\\`*_{}[\]()#+\-.!|<>~])/g;
/** `[text](address)`, where the text may hold escaped brackets such as `\(HPE\)`. */
const MARKDOWN_LINK = /\[((?:\\.|[^\]\\])*)\]\([^)\s]*\)/g;
const MARKDOWN_BOLD = /\*\*/g;

export function normaliseSeedText(text: string): string {
  return text.replace(MARKDOWN_LINK, '$1').replace(MARKDOWN_BOLD, '').replace(MARKDOWN_ESCAPE, '$1').replace(/\s+/g, ' ').trim();
}

export type VerbatimResult = { found: true } | { found: false; matchedPrefix: string; nextInQuote: string };

/**
 * Whether `quote` appears in `seedText` after normalising both. When it does not, says how far the
 * quote matched (its longest prefix found in the seed) so the maintainer sees where the wording differs.
 */
export function findVerbatim(seedText: string, quote: string): VerbatimResult {
  const seed = normaliseSeedText(seedText);
  const wanted = normaliseSeedText(quote);
  if (wanted.length > 0 && seed.includes(wanted)) return { found: true };
  // A prefix found in the seed means every shorter prefix is too, so the longest one can be bisected.
  let lo = 0;
  let hi = wanted.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (seed.includes(wanted.slice(0, mid))) lo = mid;
    else hi = mid - 1;
  }
  return { found: false, matchedPrefix: wanted.slice(0, lo), nextInQuote: wanted.slice(lo, lo + 20) };
}

/** One plain-words sentence for a quote that is not in its seed. */
export function describeVerbatimMiss(seedName: string, miss: Extract<VerbatimResult, { found: false }>): string {
  if (miss.matchedPrefix.length < 8) return `does not appear in the seed document ${seedName}`;
  const tail = miss.matchedPrefix.slice(-40);
  return `does not appear in the seed document ${seedName}: it matches up to "…${tail}" but then the quote has "${miss.nextInQuote}…", which the seed does not`;
}

/**
 * A page's analysis as `page/analyse` sends it back to the content script that asked (messaging/protocol.ts).
 * Its vague terms go in columns: each match's term and category once per distinct pair, then three numbers
 * (pair, offset, length), and no text where the match's text is the page text at its offset, which the
 * content script holds. A 1 MB page's 5,305 matches took 566 KB of JSON as objects and take about 60 KB so:
 * the background serialises, and the page parses, a tenth (bench:page). Everything else goes as it is.
 */
import type { PageAnalysis, VagueMatch } from './analysis-schema';

export interface PackedVagueTerms {
  /** Distinct (term, category) pairs, as two lists of one length. */
  termIds: string[];
  categories: VagueMatch['category'][];
  /** Three numbers a match: its pair's index, offset and length. */
  matches: number[];
  /** A match's text, by its index, where it is not the page text at its offset. */
  texts: Record<number, string>;
}

export type PackedAnalysis = Omit<PageAnalysis, 'vagueTerms'> & { vagueTerms: PackedVagueTerms };

/** `text`: the page text the analysis was made of. */
export function packAnalysis(analysis: PageAnalysis, text: string): PackedAnalysis {
  const termIds: string[] = [];
  const categories: VagueMatch['category'][] = [];
  const pairs = new Map<string, Map<string, number>>();
  const matches: number[] = [];
  const texts: Record<number, string> = {};
  analysis.vagueTerms.forEach((m, i) => {
    let byCategory = pairs.get(m.termId);
    if (!byCategory) pairs.set(m.termId, (byCategory = new Map()));
    let pair = byCategory.get(m.category);
    if (pair === undefined) {
      byCategory.set(m.category, (pair = termIds.length));
      termIds.push(m.termId);
      categories.push(m.category);
    }
    matches.push(pair, m.offset, m.length);
    if (text.slice(m.offset, m.offset + m.length) !== m.text) texts[i] = m.text;
  });
  return { ...analysis, vagueTerms: { termIds, categories, matches, texts } };
}

/** The analysis again, from its packed form and the page text it was made of. */
export function unpackAnalysis(packed: PackedAnalysis, text: string): PageAnalysis {
  const { termIds, categories, matches, texts } = packed.vagueTerms;
  const vagueTerms: VagueMatch[] = new Array(matches.length / 3);
  for (let i = 0, k = 0; k < matches.length; i++, k += 3) {
    const pair = matches[k]!;
    const offset = matches[k + 1]!;
    const length = matches[k + 2]!;
    vagueTerms[i] = { termId: termIds[pair]!, text: texts[i] ?? text.slice(offset, offset + length), offset, length, category: categories[pair]! };
  }
  return { ...packed, vagueTerms };
}

/**
 * Scores scanned pages against a labelled corpus (tests/eval/labels.tsv): what `npm run eval` prints.
 * Pure functions (no file access), so the scoring rules themselves are tested.
 *
 * The rules, per split (tune, holdout) and over all pages:
 * - relevance precision and recall over the pages' `relevant` labels;
 * - company accuracy over the relevant pages: the first company the analysis names (a tracked company, or
 *   the publisher named "not tracked yet") is the labelled one (`~Name` labels an untracked company and
 *   matches a publisher whose name contains Name); a page judged not relevant names nobody;
 * - phrase recall: a labelled phrase counts as found when a vague-term mark overlaps one of its occurrences
 *   on a page judged relevant (as the browser only marks relevant pages); `lexiconRecall` ignores relevance;
 * - noise: marks overlapping a labelled ordinary sentence, counted whatever the relevance verdict (a stricter
 *   count than the browser's); `marksPerOrdinary` divides them by the number of ordinary sentences, and phrase
 *   precision is flagged marks / (flagged marks + marks in ordinary sentences).
 */
import { createHash } from 'node:crypto';
import type { PageAnalysis } from '../core/analysis-schema';
import { comparableUrl } from '../core/url-utils';

export type Split = 'tune' | 'holdout';

export interface Label {
  address: string;
  split: Split;
  relevant: boolean;
  /** A dataset company id, `~Name` for a company not in the dataset, or null. */
  company: string | null;
  topics: string[];
  flag: string[];
  ordinary: string[];
}

/** What the scorer needs of one scanned page. */
export interface ScoredPage {
  url: string;
  text: string;
  analysis: Pick<PageAnalysis, 'relevant' | 'vagueTerms' | 'companies'> & { publisher?: { name: string; tracked: boolean; leads: boolean } | null | undefined };
}

const HEADER = ['address', 'split', 'relevant', 'company', 'topics', 'flag', 'ordinary'];
const list = (cell: string) => (cell === '-' || cell === '' ? [] : cell.split(' | ').map((s) => s.trim()).filter(Boolean));

/** Parses labels.tsv; throws with the line number on a malformed row. */
export function parseLabels(tsv: string): Label[] {
  const lines = tsv.split('\n').filter((l) => l.trim() !== '');
  if (lines[0]?.split('\t').join(',') !== HEADER.join(',')) throw new Error(`labels: the first line must be the header ${HEADER.join('\\t')}`);
  return lines.slice(1).map((line, i) => {
    const cells = line.split('\t');
    if (cells.length !== HEADER.length) throw new Error(`labels line ${i + 2}: ${cells.length} columns, expected ${HEADER.length}`);
    const [address, split, relevant, company, topics, flag, ordinary] = cells as [string, string, string, string, string, string, string];
    if (split !== 'tune' && split !== 'holdout') throw new Error(`labels line ${i + 2}: split must be tune or holdout`);
    if (relevant !== '0' && relevant !== '1') throw new Error(`labels line ${i + 2}: relevant must be 0 or 1`);
    return { address, split, relevant: relevant === '1', company: company === '-' ? null : company, topics: list(topics).flatMap((t) => t.split(';')), flag: list(flag), ordinary: list(ordinary) };
  });
}

/** Every place `needle` occurs in `text`, case and whitespace aside (a phrase may span a line break). */
export function occurrences(text: string, needle: string): [number, number][] {
  const source = needle.trim().split(/\s+/).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/['’]/g, "['’]")).join('\\s+');
  return [...text.matchAll(new RegExp(source, 'giu'))].map((m) => [m.index!, m.index! + m[0].length]);
}

const overlaps = (a: [number, number], offset: number, length: number) => offset < a[1] && offset + length > a[0];

export interface Counts {
  pages: number;
  truePositive: number;
  falsePositive: number;
  falseNegative: number;
  companyRight: number;
  companyPages: number;
  phrases: number;
  phrasesFound: number;
  phrasesInLexicon: number;
  flaggedMarks: number;
  ordinary: number;
  ordinaryMarks: number;
}

export const emptyCounts = (): Counts => ({
  pages: 0, truePositive: 0, falsePositive: 0, falseNegative: 0, companyRight: 0, companyPages: 0,
  phrases: 0, phrasesFound: 0, phrasesInLexicon: 0, flaggedMarks: 0, ordinary: 0, ordinaryMarks: 0,
});

/**
 * The company the analysis names first: a tracked company id with its name (`sap ~SAP`), or `~publisher
 * name` for one the dataset does not track.
 */
export function namedCompany(analysis: ScoredPage['analysis']): string | null {
  if (!analysis.relevant) return null;
  // An untracked publisher comes first when the page is its own statement (core/publisher.ts says when).
  if (analysis.publisher && !analysis.publisher.tracked && analysis.publisher.leads) return '~' + analysis.publisher.name;
  const first = analysis.companies[0];
  return first ? `${first.id} ~${first.name}` : null;
}

/**
 * `ibm` matches the tracked company with that id; `~SAP` matches the company named SAP, whether the
 * dataset tracks it (it may since the label was written) or the page names it as its publisher.
 */
export function companyMatches(label: string, named: string | null): boolean {
  if (named === null) return false;
  const [id, ...rest] = named.startsWith('~') ? ['', named.slice(1)] : named.split(' ~');
  if (label.startsWith('~')) return rest.join(' ~').toLowerCase().includes(label.slice(1).toLowerCase());
  return id === label;
}

export interface PageScore {
  counts: Counts;
  missedPhrases: string[];
  noisyOrdinary: string[];
  /**
   * Marks a page judged relevant shows outside its labelled phrases and ordinary sentences, each as
   * "[mark] sentence": neither counted right nor wrong, listed (`--unjudged`) to find noise on the tune half.
   */
  unjudged: string[];
  company: string | null;
}

export function scorePage(label: Label, page: ScoredPage): PageScore {
  const c = emptyCounts();
  const { analysis, text } = page;
  c.pages = 1;
  if (label.relevant && analysis.relevant) c.truePositive = 1;
  if (!label.relevant && analysis.relevant) c.falsePositive = 1;
  if (label.relevant && !analysis.relevant) c.falseNegative = 1;
  const company = namedCompany(analysis);
  if (label.relevant && label.company) {
    c.companyPages = 1;
    if (companyMatches(label.company, company)) c.companyRight = 1;
  }
  const missedPhrases: string[] = [];
  const marks = analysis.vagueTerms;
  const flaggedSpans: [number, number][] = [];
  for (const phrase of label.flag) {
    const spans = occurrences(text, phrase);
    flaggedSpans.push(...spans);
    c.phrases++;
    const marked = spans.some((s) => marks.some((m) => overlaps(s, m.offset, m.length)));
    if (marked) c.phrasesInLexicon++;
    if (marked && analysis.relevant) c.phrasesFound++;
    else missedPhrases.push(phrase);
  }
  c.flaggedMarks = marks.filter((m) => flaggedSpans.some((s) => overlaps(s, m.offset, m.length))).length;
  const noisyOrdinary: string[] = [];
  for (const sentence of label.ordinary) {
    c.ordinary++;
    const spans = occurrences(text, sentence);
    const inside = marks.filter((m) => spans.some((s) => overlaps(s, m.offset, m.length)));
    c.ordinaryMarks += inside.length;
    if (inside.length) noisyOrdinary.push(`${sentence.slice(0, 60)}… [${inside.map((m) => m.text).join(', ')}]`);
  }
  const judged = [...flaggedSpans, ...label.ordinary.flatMap((sentence) => occurrences(text, sentence))];
  const unjudged = analysis.relevant
    ? marks.filter((m) => !judged.some((s) => overlaps(s, m.offset, m.length))).map((m) => `[${m.text}] ${sentenceAt(text, m.offset)}`)
    : [];
  return { counts: c, missedPhrases, noisyOrdinary, unjudged, company };
}

/** The sentence around `offset` on one line, trimmed to 200 characters (for reading a mark in context). */
function sentenceAt(text: string, offset: number): string {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  const lineEnd = text.indexOf('\n', offset);
  const line = text.slice(lineStart, lineEnd < 0 ? text.length : lineEnd);
  const at = offset - lineStart;
  const start = Math.max(0, ...['. ', '! ', '? '].map((end) => line.lastIndexOf(end, at - 1) + (line.lastIndexOf(end, at - 1) >= 0 ? 2 : 0)));
  const ends = ['. ', '! ', '? '].map((end) => line.indexOf(end, at)).filter((i) => i >= 0);
  const end = ends.length ? Math.min(...ends) + 1 : line.length;
  return line.slice(start, end).trim().slice(0, 200);
}

export function addCounts(into: Counts, from: Counts): void {
  for (const key of Object.keys(into) as (keyof Counts)[]) into[key] += from[key];
}

const ratio = (n: number, d: number) => (d === 0 ? null : Math.round((n / d) * 1000) / 1000);

export interface Figures {
  pages: number;
  relevancePrecision: number | null;
  relevanceRecall: number | null;
  companyAccuracy: number | null;
  phraseRecall: number | null;
  lexiconRecall: number | null;
  phrasePrecision: number | null;
  marksPerOrdinary: number | null;
  counts: Counts;
}

export function figures(c: Counts): Figures {
  return {
    pages: c.pages,
    relevancePrecision: ratio(c.truePositive, c.truePositive + c.falsePositive),
    relevanceRecall: ratio(c.truePositive, c.truePositive + c.falseNegative),
    companyAccuracy: ratio(c.companyRight, c.companyPages),
    phraseRecall: ratio(c.phrasesFound, c.phrases),
    lexiconRecall: ratio(c.phrasesInLexicon, c.phrases),
    phrasePrecision: ratio(c.flaggedMarks, c.flaggedMarks + c.ordinaryMarks),
    marksPerOrdinary: ratio(c.ordinaryMarks, c.ordinary),
    counts: c,
  };
}

/** The label for a scanned page's address (addresses compared as url-utils `comparableUrl`). */
export function labelIndex(labels: readonly Label[]): Map<string, Label> {
  return new Map(labels.map((l) => [comparableUrl(l.address), l]));
}

/**
 * The split of a page labelled since session 7's fresh set: tune when the first hex digit of
 * sha256(comparableUrl(address)) is 0-7, holdout otherwise. Fixed before those pages were labelled, so no
 * one picks which pages are held out (the 74 older rows' split was written by hand).
 */
export function hashSplit(address: string): Split {
  const first = createHash('sha256').update(comparableUrl(address)).digest('hex')[0]!;
  return parseInt(first, 16) < 8 ? 'tune' : 'holdout';
}

/** A list of addresses, one a line ('#' comments and blank lines skipped), as comparable keys. */
export function parseAddressList(text: string): string[] {
  return text.split('\n').map((l) => l.trim()).filter((l) => l !== '' && !l.startsWith('#'));
}

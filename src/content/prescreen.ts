/**
 * The content script's first look at a page, before any walk over its nodes: can the page be ruled out
 * from its `textContent` alone? One native call reads the text; a relaxed match of the topic terms bounds
 * the screen's scores from above (core/relevance/bound.ts explains why). Most pages are about none of our
 * topics and end here, at a cost close to one pass over their text.
 *
 * The bound holds when no skipped text (script, style, code…: what extract-text.ts does not read) sits inside
 * a hit. Each skipped text node is checked: the readable text on either side of it is read (a few nodes)
 * and a phrase must not need to reach across it. Where that cannot be shown, or the page can be edited
 * (editability is inherited and not cheap to find), the page goes to the exact path.
 */
import { isSkippedParent } from './extract-text';
import { SKIPPED_SELECTOR } from './skipped-elements';
import { bestBound, countRelaxed, crossesJunction, reachSlice, type RelaxedScreen } from '../core/relevance/bound';
import { RELEVANCE_THRESHOLD, SCREEN_FLOOR } from '../core/relevance/decide';
import { onTrackedPage, type ScreenHints } from '../core/relevance/tracked-pages';
import type { TopicTerm } from '../core/lexicon/schema';

/**
 * - `not-relevant`: the screen would rule the page out (so would the full analysis);
 * - `maybe`: read the page and screen it exactly;
 * - `likely`: the bound is so high the exact screen would nearly always pass: go straight to the analysis.
 */
export type PrescreenVerdict = 'not-relevant' | 'maybe' | 'likely';

/**
 * From this bound on the page goes straight to the full analysis. The exact screen only pays where it says
 * no, below SCREEN_FLOOR, and a relaxed bound as high as the relevance threshold itself seldom comes from
 * words inside other words: screening such a page exactly (a second pass over its text) would cost relevant
 * pages more than it saves the rare page it rules out.
 */
export const LIKELY_BOUND = RELEVANCE_THRESHOLD;
/** Past this many skipped text nodes the checks would cost more than reading the page. */
const MAX_JUNCTIONS = 2000;

/*
 * The skipped parents are found with skipped-elements.ts's SKIPPED_SELECTOR: one native pass over the page.
 * Two kinds are not found, both only a script can make: an SVG or MathML element outside an `<svg>` or
 * `<math>` (browsers do not render it), and an element outside the HTML namespace spelt like a skipped tag
 * in capitals (`createElementNS(null, 'CODE')`). Skipped text inside one, in the middle of a topic phrase,
 * could hide that phrase from the bound.
 */

export interface Prescreen {
  verdict: PrescreenVerdict;
  /** Length of the text screened (`textContent`). */
  textLength: number;
}

/** `screen` null (a lexicon the bound cannot serve): every page goes to the exact path. */
export function prescreenPage(doc: Document, url: string, hints: ScreenHints, screen: RelaxedScreen | null): Prescreen {
  const root = doc.body ?? doc.documentElement;
  if (!root || !screen || onTrackedPage(url, hints)) return { verdict: 'maybe', textLength: 0 };
  const text = root.textContent ?? '';
  const counts = new Map<TopicTerm, number>();
  const title = doc.title;
  let likely = false;
  let inCode: Map<TopicTerm, number> | null = null;
  countRelaxed(screen, text, counts, 1, () => {
    if (bestBound(counts, '', screen) < LIKELY_BOUND) return false;
    // Topic words in scripts and styles (page data, class names) are not the page's: 'likely' only if the
    // page is likely without them. A guess, so the common containers will do; a wrong guess costs time only.
    inCode ??= codeCounts(doc, screen);
    return (likely = bestBound(sum(counts, inCode), '', screen) >= LIKELY_BOUND);
  });
  if (likely) return { verdict: 'likely', textLength: text.length };
  const verdict = (v: PrescreenVerdict): Prescreen => ({ verdict: v, textLength: text.length });
  if (bestBound(counts, title, screen) < SCREEN_FLOOR) return verdict(provenSafe(doc, root, screen, null) ? 'not-relevant' : 'maybe');
  // Over the floor, perhaps only from skipped text (code and data in scripts): its matches are not the
  // page's, so they come off the counts (every one of them was counted in textContent too).
  if (!provenSafe(doc, root, screen, (node) => countRelaxed(screen, node.data, counts, -1))) return verdict('maybe');
  return verdict(bestBound(counts, title, screen) < SCREEN_FLOOR ? 'not-relevant' : 'maybe');
}

/** Relaxed counts in the text of scripts, styles and the like, negated (to be added to a page's counts). */
function codeCounts(doc: Document, screen: RelaxedScreen): Map<TopicTerm, number> {
  const counts = new Map<TopicTerm, number>();
  for (const element of doc.documentElement.querySelectorAll('script,style,noscript,template,textarea'))
    for (let child = element.firstChild; child; child = child.nextSibling) if (child.nodeType === Node.TEXT_NODE) countRelaxed(screen, (child as Text).data, counts, -1);
  return counts;
}

function sum(a: ReadonlyMap<TopicTerm, number>, b: ReadonlyMap<TopicTerm, number>): Map<TopicTerm, number> {
  const out = new Map(a);
  for (const [term, n] of b) out.set(term, (out.get(term) ?? 0) + n);
  return out;
}

/**
 * True when no screen hit can have skipped text inside it; `visit` sees each skipped text node. False when
 * that cannot be shown cheaply (editable content, too many skipped nodes, a phrase that reaches across one).
 */
function provenSafe(doc: Document, root: Element, screen: RelaxedScreen, visit: ((node: Text) => void) | null): boolean {
  if (doc.designMode === 'on') return false;
  // A set: an <svg> inside another, or its <style>, is found twice, and its text must be subtracted once.
  const junctions = new Set<Text>();
  const collect = (elements: Iterable<Element>) => {
    for (const element of elements) {
      if (!isSkippedParent(element, false) || !root.contains(element)) continue;
      for (let child = element.firstChild; child; child = child.nextSibling)
        if (child.nodeType === Node.TEXT_NODE && (child as Text).data.length > 0) junctions.add(child as Text);
    }
  };
  // Editable content anywhere (as documentHasEditable asks) in the same native pass as the skipped parents.
  // One :is() list matches measurably faster than the same comma-separated list (bench:page, 1 MB).
  const found = doc.documentElement.querySelectorAll(`:is(${SKIPPED_SELECTOR},[contenteditable])`);
  for (const element of found) if (element.hasAttribute('contenteditable')) return false;
  collect(found);
  // Descendant selectors ("svg *") would test every element's ancestors: look inside each <svg> instead.
  for (const element of found) if (element.localName === 'svg' || element.localName === 'math') collect(element.querySelectorAll('*'));
  if (junctions.size > MAX_JUNCTIONS) return false;
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (const junction of junctions) {
    visit?.(junction);
    if (crossesJunction(screen, readableBeside(walker, junction, screen.reach, true), readableBeside(walker, junction, screen.reach, false))) return false;
  }
  return true;
}

/** The readable text just before (or after) `node`, holding at least `reach` non-separator characters where the page has them. */
function readableBeside(walker: TreeWalker, node: Text, reach: number, before: boolean): string {
  walker.currentNode = node;
  const parts: string[] = [];
  let counted = 0;
  for (let n = before ? walker.previousNode() : walker.nextNode(); n && counted < reach; n = before ? walker.previousNode() : walker.nextNode()) {
    const parent = n.parentElement;
    if (!parent || isSkippedParent(parent, false)) continue;
    const taken = reachSlice((n as Text).data, reach - counted, before);
    parts.push(taken.slice);
    counted += taken.counted;
  }
  return before ? parts.reverse().join('') : parts.join('');
}

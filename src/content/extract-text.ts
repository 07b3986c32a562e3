/**
 * Page text for the core, read in one pass: a single TreeWalker over text nodes, no filter callback
 * (a callback costs a JS call per node), skipping nodes by their parent's tag. Never `innerText`:
 * it forces layout and costs several times a plain walk on a large page.
 *
 * The text keeps a map back to its nodes (`nodes[i]` starts at `starts[i]`) so core offsets become
 * DOM ranges. A newline stands between text nodes that belong to different blocks, so "end of one
 * paragraph" + "start of the next" never runs into one word, while `general <b>purpose</b>` stays
 * "general purpose".
 */
import { runSteps, type Steps } from '../core/steps';
import { MARK_TAG } from './own-tags';
import { SKIPPED_NAMESPACES, SKIPPED_TAG_NAMES } from './skipped-elements';

/** Inline elements: a text node inside one belongs to the same block as its neighbours. */
const INLINE = new Set([
  'A', 'ABBR', 'B', 'BDI', 'BDO', 'CITE', 'DATA', 'DFN', 'EM', 'FONT', 'I', 'INS', 'DEL', 'LABEL', 'MARK', 'Q',
  'S', 'SMALL', 'SPAN', 'STRONG', 'SUB', 'SUP', 'TIME', 'U', 'VAR', 'WBR', 'BIG', 'TT', 'STRIKE', 'NOBR',
  MARK_TAG.toUpperCase(),
]);

export interface ExtractedText {
  text: string;
  /** Text nodes in document order… */
  nodes: Text[];
  /** …and where each starts in `text`. Strictly increasing. */
  starts: number[];
  /**
   * …and where each ends: kept because reading a node's `data` again later costs a string from the DOM
   * each time (mapping thousands of matches to their nodes spent most of its time there).
   */
  ends: number[];
}

/** The nearest ancestor that is not an inline element: text nodes sharing it read as one run. */
function blockOf(element: Element): Element {
  let e: Element = element;
  while (INLINE.has(e.tagName) && e.parentElement) e = e.parentElement;
  return e;
}

/** HTML elements report upper-case tag names; SVG and MathML ones ("text", "mi") do not. */
const foreignTag = (tag: string) => tag.charCodeAt(0) >= 97;

/**
 * Whether a text node's parent says "do not read or mark this" (skipped-elements.ts lists what is
 * skipped). Checks only the parent (and for editable content the inherited flag): the walker visits text
 * nodes only, and skipped containers (script, style, textarea) hold raw text directly.
 */
export function isSkippedParent(parent: Element, anyEditable = true): boolean {
  const tag = parent.tagName;
  if (SKIPPED_TAG_NAMES.has(tag)) return true;
  if (foreignTag(tag) && SKIPPED_NAMESPACES.has(parent.namespaceURI ?? '')) return true;
  // `isContentEditable` is inherited (and costs a walk up); callers skip it on pages editable nowhere.
  return anyEditable && (parent as HTMLElement).isContentEditable === true;
}

/** Whether anything in the document can be edited: most pages answer no once, cheaply. */
export function documentHasEditable(doc: Document): boolean {
  return doc.designMode === 'on' || doc.querySelector('[contenteditable]') !== null;
}

/** Walks `root` (an element or document) and returns its readable text and node map. */
export function extractText(root: Node): ExtractedText {
  return runSteps(extractTextSteps(root));
}

/** How many text nodes a step of `extractTextSteps` reads (a page of 50,000 elements is read in slices). */
const STEP_NODES = 4096;

/**
 * `extractText` in steps (core/steps.ts), for the content script to read a huge page a slice at a time. A
 * page may change between slices, as it may while the analysis runs in slices: a node it removes yields no
 * range when painting (items.ts), and what it adds reaches the DOM watch.
 */
export function* extractTextSteps(root: Node): Steps<ExtractedText> {
  const doc = root.ownerDocument ?? (root as Document);
  if (root.nodeType === Node.TEXT_NODE) {
    // A walker never returns its own root: a lone text node (added or edited by the page) is read here.
    const node = root as Text;
    const parent = node.parentElement;
    const readable = parent !== null && node.data.length > 0 && !isSkippedParent(parent, documentHasEditable(doc));
    return readable ? { text: node.data, nodes: [node], starts: [0], ends: [node.data.length] } : { text: '', nodes: [], starts: [], ends: [] };
  }
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const nodes: Text[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  // String concatenation builds a rope that the first regex pass flattens once: cheaper than an array
  // of parts and a join on pages of tens of thousands of text nodes (measured in bench:page).
  let text = '';
  // Per-node DOM reads are the cost of this loop, so everything learnt about a parent is kept until
  // the walk moves to another parent; most runs of text nodes share one.
  let lastParent: Element | null = null;
  let lastSkip = false;
  let lastParentBlock: Element | null = null;
  let lastBlock: Element | null = null;
  // Pages editable nowhere (nearly all) skip the inherited contentEditable lookup entirely.
  const anyEditable = documentHasEditable(doc);
  let read = 0;
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    if (++read % STEP_NODES === 0) yield;
    const parent = node.parentElement;
    // A text node straight under a fragment or shadow root has no parent element: nothing says how to read it.
    if (!parent) continue;
    if (parent !== lastParent) {
      lastParent = parent;
      // The block a node belongs to: a parent seen as the current block needs no tag lookup at all.
      if (parent === lastBlock) {
        lastSkip = false;
        lastParentBlock = parent;
      } else {
        lastSkip = isSkippedParent(parent, anyEditable);
        lastParentBlock = lastSkip ? null : INLINE.has(parent.tagName) ? blockOf(parent) : parent;
      }
    }
    if (lastSkip) continue;
    const data = node.data;
    if (data.length === 0) continue;
    if (lastParentBlock !== lastBlock) {
      if (text.length > 0) text += '\n';
      lastBlock = lastParentBlock;
    }
    nodes.push(node);
    starts.push(text.length);
    text += data;
    ends.push(text.length);
  }
  return { text, nodes, starts, ends };
}

/**
 * Compiles a set of phrases into ONE regular expression whose alternation is factored as a prefix trie:
 * ["ai ethics", "ai principles", "algorithmic bias"] becomes `\ba(?:i[\s-]+(?:ethics|principles)|lgorithmic[\s-]+bias)\b`.
 * V8's backtracking engine then tries at each position only the branches that share the text's next
 * character, so the cost is linear in the text and nearly independent of the number of phrases, where a flat
 * alternation re-tries every phrase at every position and one regex per phrase re-reads the text per phrase.
 */
import { isWordToken, tokenizePhrase, tokenSource, type PhraseToken } from './phrase-syntax';

interface TrieNode {
  children: Map<string, { token: PhraseToken; node: TrieNode }>;
  /** A phrase ends here; `wordEnd` when its last token is a word character (needs a trailing \b). */
  end: boolean;
  wordEnd: boolean;
}

const newNode = (): TrieNode => ({ children: new Map(), end: false, wordEnd: false });

function tokenId(t: PhraseToken): string {
  return t.kind === 'char' ? 'c' + t.char : t.kind;
}

function insert(root: TrieNode, tokens: PhraseToken[]): void {
  let node = root;
  for (const token of tokens) {
    const id = tokenId(token);
    let next = node.children.get(id);
    if (!next) node.children.set(id, (next = { token, node: newNode() }));
    node = next.node;
  }
  node.end = true;
  if (isWordToken(tokens.at(-1))) node.wordEnd = true;
}

/** Collapses runs of single-child, non-terminal nodes into one literal string: keeps the regex short. */
function emit(node: TrieNode, sep: string, boundaries: boolean): string {
  const branches: string[] = [];
  // Placeholders and separators after literal characters: a literal digit beats `{n}`, longest first overall.
  const entries = [...node.children.values()].sort((a, b) => order(a.token) - order(b.token));
  for (const { token, node: child } of entries) {
    let source = token.kind === 'sep' ? sep : tokenSource(token);
    let cur = child;
    while (!cur.end && cur.children.size === 1) {
      const only = cur.children.values().next().value!;
      source += only.token.kind === 'sep' ? sep : tokenSource(only.token);
      cur = only.node;
    }
    branches.push(source + emit(cur, sep, boundaries));
  }
  // The terminal comes last so longer phrases win: "ai principles" before "ai".
  if (node.end) branches.push(node.wordEnd && boundaries ? '\\b' : '');
  if (branches.length === 0) return '';
  if (branches.length === 1) return branches[0]!;
  // A terminal-only option becomes an optional group: `x(?:y)?` is cheaper than `x(?:y|)`.
  if (node.end && branches.at(-1) === '') return `(?:${branches.slice(0, -1).join('|')})?`;
  return `(?:${branches.join('|')})`;
}

function order(t: PhraseToken): number {
  return t.kind === 'char' ? 0 : t.kind === 'apostrophe' ? 1 : t.kind === 'sep' ? 2 : 3;
}

/**
 * V8 compiles a regex whose source is longer than 20 K characters without its optimisations (measured on
 * Node 20 with this lexicon: 23 K characters ran at 20 M chars/s, 17 K at 200). Past this budget the trie's
 * top-level branches are packed into several regexes; each still covers disjoint first characters, so the
 * passes find exactly the hits one regex would (see CompiledMatcher.match).
 */
export const MAX_SOURCE_LENGTH = 18_000;

/**
 * Regex sources for the phrases, usually one (compile with the `i` flag). Phrases starting with a word
 * character get a leading \b so "BT" is not found in "doubt".
 */
export function compileTrieSources(
  phrases: Iterable<string>,
  maxLength = MAX_SOURCE_LENGTH,
  /** What a space or hyphen in a phrase matches (default: runs of whitespace and hyphens). */
  separator = tokenSource({ kind: 'sep' }),
  /** Without them a phrase is also found inside a word ("ai" in "said"): for upper bounds (relevance/bound.ts). */
  wordBoundaries = true,
): string[] {
  const wordRoot = newNode();
  const otherRoot = newNode();
  for (const phrase of phrases) {
    const tokens = tokenizePhrase(phrase);
    if (tokens.length === 0) continue;
    insert(isWordToken(tokens[0]) ? wordRoot : otherRoot, tokens);
  }
  // One branch per first token: the units that can be split between regexes.
  const branches: { word: boolean; source: string }[] = [];
  for (const [root, word] of [[wordRoot, true], [otherRoot, false]] as const)
    for (const child of root.children.values()) {
      const single = newNode();
      single.children.set('x', child);
      branches.push({ word, source: emit(single, separator, wordBoundaries) });
    }
  if (branches.length === 0) return ['(?!)'];
  const chunks: (typeof branches)[] = [[]];
  let length = 0;
  for (const branch of branches) {
    if (chunks.at(-1)!.length && length + branch.source.length + 1 > maxLength - 16) {
      chunks.push([]);
      length = 0;
    }
    chunks.at(-1)!.push(branch);
    length += branch.source.length + 1;
  }
  // One leading \b for all word branches of a chunk: a \b per branch halves V8's speed on this lexicon.
  return chunks.map((chunk) => {
    const word = chunk.filter((b) => b.word).map((b) => b.source);
    const other = chunk.filter((b) => !b.word).map((b) => b.source);
    const parts = [];
    if (word.length) parts.push((wordBoundaries ? '\\b' : '') + (word.length === 1 ? group(word[0]!) : `(?:${word.join('|')})`));
    if (other.length) parts.push(other.length === 1 ? group(other[0]!) : `(?:${other.join('|')})`);
    return parts.join('|');
  });
}

/** The phrases as one regex source, whatever its length (tests and the benchmark's peers). */
export function compileTrieSource(phrases: Iterable<string>): string {
  return compileTrieSources(phrases, Infinity)[0]!;
}

function group(source: string): string {
  return /^[^()|]*$/.test(source) || (source.startsWith('(?:') && balancedGroup(source)) ? source : `(?:${source})`;
}

/** True when `source` is a single `(?:…)` group (its first parenthesis closes at its end). */
function balancedGroup(source: string): boolean {
  let depth = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (c === '[') {
      while (i < source.length && source[i] !== ']') i += source[i] === '\\' ? 2 : 1;
    } else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return i === source.length - 1;
  }
  return false;
}

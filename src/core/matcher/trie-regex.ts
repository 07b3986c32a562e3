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
function emit(node: TrieNode): string {
  const branches: string[] = [];
  // Placeholders and separators after literal characters: a literal digit beats `{n}`, longest first overall.
  const entries = [...node.children.values()].sort((a, b) => order(a.token) - order(b.token));
  for (const { token, node: child } of entries) {
    let source = tokenSource(token);
    let cur = child;
    while (!cur.end && cur.children.size === 1) {
      const only = cur.children.values().next().value!;
      source += tokenSource(only.token);
      cur = only.node;
    }
    branches.push(source + emit(cur));
  }
  // The terminal comes last so longer phrases win: "ai principles" before "ai".
  if (node.end) branches.push(node.wordEnd ? '\\b' : '');
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
 * Regex source for the phrases (already lowercase-insensitive: compile with the `i` flag, or run it on
 * lowercased text). Phrases starting with a word character get a leading \b so "BT" is not found in "doubt".
 */
export function compileTrieSource(phrases: Iterable<string>): string {
  const wordRoot = newNode();
  const otherRoot = newNode();
  for (const phrase of phrases) {
    const tokens = tokenizePhrase(phrase);
    if (tokens.length === 0) continue;
    insert(isWordToken(tokens[0]) ? wordRoot : otherRoot, tokens);
  }
  const parts: string[] = [];
  if (wordRoot.children.size) parts.push('\\b' + group(emit(wordRoot)));
  if (otherRoot.children.size) parts.push(group(emit(otherRoot)));
  if (parts.length === 0) return '(?!)';
  return parts.length === 1 ? parts[0]! : `(?:${parts.join('|')})`;
}

function group(source: string): string {
  return source.startsWith('(?:') && source.endsWith(')') ? source : `(?:${source})`;
}

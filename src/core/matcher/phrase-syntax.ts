/**
 * The little language lexicon phrases are written in, shared by the trie compiler and the hit lookup:
 * - matching is case-insensitive (an entry may ask for exact case after the match);
 * - a space or hyphen matches any run of whitespace or hyphens ("general purpose" = "general-purpose" =
 *   "general\npurpose");
 * - an apostrophe matches ' or ’;
 * - `{year}` matches a year 1900–2099, `{n}` a number ("{n}%", "{n} percent").
 * Both a phrase and a matched text reduce to the same *key*, so a hit finds its entries with one Map lookup.
 */

export type PhraseToken =
  | { kind: 'char'; char: string }
  | { kind: 'sep' }
  | { kind: 'apostrophe' }
  | { kind: 'year' }
  | { kind: 'number' };

const PLACEHOLDERS: Record<string, PhraseToken> = { '{year}': { kind: 'year' }, '{n}': { kind: 'number' } };

/** Splits a phrase into tokens; throws on an unknown `{placeholder}` so a lexicon typo fails loudly. */
export function tokenizePhrase(phrase: string): PhraseToken[] {
  const tokens: PhraseToken[] = [];
  const src = phrase.trim().toLowerCase();
  for (let i = 0; i < src.length; i++) {
    const c = src[i]!;
    if (c === '{') {
      const end = src.indexOf('}', i);
      const name = end < 0 ? src.slice(i) : src.slice(i, end + 1);
      const token = PLACEHOLDERS[name];
      if (!token) throw new Error(`unknown placeholder ${name} in phrase "${phrase}"`);
      tokens.push(token);
      i = end;
    } else if (c === ' ' || c === '-' || c === '\u2010' || c === '\u2011' || c === '\n' || c === '\t' || c === '\u00a0') {
      if (tokens.at(-1)?.kind !== 'sep') tokens.push({ kind: 'sep' });
    } else if (c === "'" || c === '\u2019') {
      tokens.push({ kind: 'apostrophe' });
    } else {
      tokens.push({ kind: 'char', char: c });
    }
  }
  return tokens;
}

/** The key of a phrase: what a matched text must reduce to under `textKey`. */
export function phraseKey(phrase: string): string {
  return tokenizePhrase(phrase)
    .map((t) => (t.kind === 'char' ? t.char : t.kind === 'sep' ? ' ' : t.kind === 'apostrophe' ? "'" : t.kind === 'year' ? '{year}' : '{n}'))
    .join('');
}

const YEAR_OR_NUMBER = /\d+(?:[.,]\d+)*/g;

/**
 * The key of a matched text. Digits become placeholders only when the phrase set uses them;
 * `numericKeys` says which form to try (see CompiledMatcher.lookup).
 */
export function textKey(text: string, placeholders: boolean): string {
  let key = text.toLowerCase().replace(/[\s\-\u2010\u2011]+/g, ' ').replace(/\u2019/g, "'");
  if (placeholders) key = key.replace(YEAR_OR_NUMBER, (d) => (/^(?:19|20)\d\d$/.test(d) ? '{year}' : '{n}'));
  return key;
}

/** Regex source for one token (the text is lowercased before matching, or the regex carries the `i` flag). */
export function tokenSource(t: PhraseToken): string {
  switch (t.kind) {
    case 'char':
      return '.*+?^${}()|[]\\/'.includes(t.char) ? '\\' + t.char : t.char;
    // Literal characters, not \u escapes: V8 stops optimising a regex whose source passes 20 K characters
    // (measured: 200 → 20 M chars/s), and the separator occurs hundreds of times in the compiled source.
    case 'sep':
      return '[\\s\\-\u2010\u2011]+';
    case 'apostrophe':
      return "['\u2019]";
    case 'year':
      return '(?:19|20)\\d\\d';
    case 'number':
      // Starts only where a number starts: not inside a run of digits, not the tail of a decimal ("12.5%"
      // must not also yield "5%"). So a long number is scanned once, not once per digit (quadratic).
      return '(?<!\\d|\\d[.,])\\d+(?:[.,]\\d+)*';
  }
}

export function isWordToken(t: PhraseToken | undefined): boolean {
  if (!t) return false;
  if (t.kind === 'year' || t.kind === 'number') return true;
  if (t.kind !== 'char') return false;
  const c = t.char;
  return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c === '_' || (c >= 'A' && c <= 'Z');
}

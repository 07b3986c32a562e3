// Conventions the README's "How it is built" states and no type checks: every message of the protocol
// has exactly one handler in each part that receives it, every lexicon entry that can carry an example
// has one, and every WXT entrypoint is thin wiring. Each checker is also run on a deliberate violation,
// so a checker that can no longer fail is caught too.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { toBackground, toContent } from '../../../src/messaging/protocol';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));

/** Repository-relative paths (with `/`) of the TypeScript files under `dir`. */
function sourceFiles(dir: string): string[] {
  return readdirSync(path.join(ROOT, dir), { recursive: true, encoding: 'utf8' })
    .filter((name) => /\.tsx?$/.test(name))
    .map((name) => `${dir}/${name.split(path.sep).join('/')}`)
    .sort();
}

const parse = (file: string, source: string) =>
  ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true, file.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);

// ---- Messages: one handler each ----------------------------------------------------------------

type Direction = 'toBackground' | 'toContent';
/** Who receives each direction: the one background, and the content script's dispatchers. */
const RECEIVERS: Record<Direction, { folder: string; atMostOne: boolean }> = {
  toBackground: { folder: 'src/background/', atMostOne: true },
  // One handler table per content stage: first-look.ts answers until the full stage takes over and
  // start-content.ts answers from then on (a page never has both listening), both through the one
  // dispatcher, content-messages.ts, whose table of request checks also names each type once.
  toContent: { folder: 'src/content/', atMostOne: false },
};

/**
 * The message types one source file handles, once per handler: the keys of a handler table
 * (`'tab/get': async (body) => …`) and the types a dispatcher tests for (`type === 'content/snapshot'`,
 * `case 'content/snapshot':`). A sender writes `{ type: 'tab/get' }`, which is neither.
 */
function handledTypes(file: string, source: string, types: ReadonlySet<string>): string[] {
  const found: string[] = [];
  // Parsing is the slow part: most files name no message type at all.
  if (![...types].some((type) => source.includes(type))) return found;
  const isType = (node: ts.Node | undefined): node is ts.StringLiteral => !!node && ts.isStringLiteral(node) && types.has(node.text);
  const visit = (node: ts.Node): void => {
    if ((ts.isPropertyAssignment(node) || ts.isMethodDeclaration(node)) && isType(node.name)) found.push(node.name.text);
    else if (ts.isBinaryExpression(node) && [ts.SyntaxKind.EqualsEqualsEqualsToken, ts.SyntaxKind.EqualsEqualsToken].includes(node.operatorToken.kind)) {
      if (isType(node.left)) found.push(node.left.text);
      if (isType(node.right)) found.push(node.right.text);
    } else if (ts.isCaseClause(node) && isType(node.expression)) found.push(node.expression.text);
    ts.forEachChild(node, visit);
  };
  visit(parse(file, source));
  return found;
}

/** What is wrong with the handlers found per file, against the protocol's message types per direction. */
function handlerProblems(
  protocol: Record<Direction, readonly string[]>,
  files: readonly { file: string; source: string }[],
  receivers: Record<Direction, { folder: string; atMostOne: boolean }> = RECEIVERS,
): string[] {
  const problems: string[] = [];
  for (const direction of Object.keys(protocol) as Direction[]) {
    const types = protocol[direction];
    const { folder, atMostOne } = receivers[direction];
    const receiving = files
      .map(({ file, source }) => ({ file, handled: handledTypes(file, source, new Set(types)) }))
      .filter(({ handled }) => handled.length > 0);
    if (receiving.length === 0) problems.push(`${direction}: no handlers anywhere`);
    if (atMostOne && receiving.length > 1) problems.push(`${direction}: handled in more than one place (${receiving.map((r) => r.file).join(', ')})`);
    for (const { file, handled } of receiving) {
      if (!file.startsWith(folder)) problems.push(`${file}: handles ${direction} messages, which only ${folder} receives`);
      for (const type of types) {
        const count = handled.filter((t) => t === type).length;
        if (count === 0) problems.push(`${file}: no handler for "${type}"`);
        if (count > 1) problems.push(`${file}: ${count} handlers for "${type}"`);
      }
    }
  }
  return problems;
}

const PROTOCOL: Record<Direction, readonly string[]> = { toBackground: Object.keys(toBackground), toContent: Object.keys(toContent) };
/** Every source file but the protocol itself (which defines the types) and the generated pack. */
const SOURCES = sourceFiles('src')
  .filter((file) => file !== 'src/messaging/protocol.ts' && !file.startsWith('src/core/generated/'))
  .map((file) => ({ file, source: readFileSync(path.join(ROOT, file), 'utf8') }));

describe('every message type has exactly one handler in each part that receives it', () => {
  it('holds for the protocol and src/', () => {
    expect(PROTOCOL.toBackground.filter((t) => PROTOCOL.toContent.includes(t)), 'a type in both directions').toEqual([]);
    expect(handlerProblems(PROTOCOL, SOURCES)).toEqual([]);
  });

  it('finds the receivers the protocol header names', () => {
    const receivers = SOURCES.filter(({ file, source }) => handledTypes(file, source, new Set([...PROTOCOL.toBackground, ...PROTOCOL.toContent])).length > 0);
    expect(receivers.map((r) => r.file)).toEqual(['src/background/background-handlers.ts', 'src/content/content-messages.ts', 'src/content/first-look.ts', 'src/content/start-content.ts']);
  });

  const protocol = { toBackground: ['tab/get', 'page/analysed'], toContent: ['content/snapshot'] };
  const background = { file: 'src/background/handlers.ts', source: "export const handlers = { 'tab/get': async () => null, async 'page/analysed'() { return null; } };" };
  const content = { file: 'src/content/stage.ts', source: "export const answer = (type: string) => (type === 'content/snapshot' ? 1 : undefined);" };
  const sender = { file: 'src/ui/popup.ts', source: "send({ type: 'tab/get', tabId: 1 }); send({ type: 'content/snapshot' });" };

  it('accepts a table, a method, a comparison and a switch, and ignores senders', () => {
    const switching = { file: 'src/content/other-stage.ts', source: "switch (m.type) { case 'content/snapshot': break; }" };
    expect(handlerProblems(protocol, [background, content, switching, sender])).toEqual([]);
  });

  it('reports a missing handler', () => {
    const missing = { ...background, source: "export const handlers = { 'tab/get': async () => null };" };
    expect(handlerProblems(protocol, [missing, content])).toEqual(['src/background/handlers.ts: no handler for "page/analysed"']);
  });

  it('reports a message handled twice in one receiver', () => {
    const twice = { ...content, source: content.source + "\nexport const again = (m: { type: string }) => m.type === 'content/snapshot';" };
    expect(handlerProblems(protocol, [background, twice])).toEqual(['src/content/stage.ts: 2 handlers for "content/snapshot"']);
  });

  it('reports a second background receiver, and a handler in the wrong part', () => {
    const second = { file: 'src/content/sneaky.ts', source: "const h = { 'tab/get': 1, 'page/analysed': 2 };" };
    expect(handlerProblems(protocol, [background, content, second])).toEqual([
      'toBackground: handled in more than one place (src/background/handlers.ts, src/content/sneaky.ts)',
      'src/content/sneaky.ts: handles toBackground messages, which only src/background/ receives',
    ]);
  });

  it('reports a direction nobody receives', () => {
    expect(handlerProblems(protocol, [background, sender])).toEqual(['toContent: no handlers anywhere']);
  });
});

// ---- Lexicon entries: an example each ----------------------------------------------------------

const LEXICON_DIR = 'src/core/lexicon';
/**
 * Which lexicons' entries carry an example sentence (schema.ts), for every lexicon file: a new lexicon
 * must be added here, and so decide. tests/unit/core/lexicon.test.ts checks the matcher finds each
 * entry in its example.
 */
const EXAMPLES: Record<string, 'required' | 'none'> = {
  'vague-terms.json': 'required',
  'specific-terms.json': 'required',
  // Topic terms only weigh a page's topic score, and their schema has no example field: none of the
  // 67 has one today.
  'topic-terms.json': 'none',
  // Word classes are lists of words that vague-term variants name (lexicon/expand-classes.ts), not entries:
  // each vague entry that uses a class keeps its own example, and every expanded phrase is tested.
  'word-classes.json': 'none',
};

/** Ids of the entries without an example sentence (missing, not a string, or blank). */
function entriesWithoutExample(terms: readonly { id?: unknown; example?: unknown }[]): string[] {
  return terms.filter((t) => typeof t.example !== 'string' || t.example.trim() === '').map((t, i) => String(t.id ?? `#${i}`));
}

describe('every lexicon entry has an example', () => {
  const lexicons = readdirSync(path.join(ROOT, LEXICON_DIR)).filter((name) => name.endsWith('.json')).sort();

  it('knows every lexicon file', () => {
    expect(lexicons).toEqual(Object.keys(EXAMPLES).sort());
  });

  it.each(Object.entries(EXAMPLES).filter(([, rule]) => rule === 'required'))('holds for %s', (name) => {
    const { terms } = JSON.parse(readFileSync(path.join(ROOT, LEXICON_DIR, name), 'utf8')) as { terms: { id: string }[] };
    expect(terms.length).toBeGreaterThan(0);
    expect(entriesWithoutExample(terms)).toEqual([]);
  });

  it('reports entries without one', () => {
    expect(entriesWithoutExample([{ id: 'may', example: 'We may share data.' }, { id: 'soon' }, { id: 'robust', example: '  ' }, { id: 'n', example: 3 }])).toEqual([
      'soon',
      'robust',
      'n',
    ]);
  });
});

// ---- Entrypoints: thin wiring ------------------------------------------------------------------

const MAX_CODE_LINES = 40;

/** Lines that hold code: comments and blank lines do not count. */
function codeLines(source: string): number {
  const scanner = ts.createScanner(ts.ScriptTarget.Latest, true, ts.LanguageVariant.JSX, source);
  const file = ts.createSourceFile('lines.tsx', source, ts.ScriptTarget.Latest);
  const lines = new Set<number>();
  for (let token = scanner.scan(); token !== ts.SyntaxKind.EndOfFileToken; token = scanner.scan())
    lines.add(file.getLineAndCharacterOfPosition(scanner.getTokenStart()).line);
  return lines.size;
}

/** Every module an entrypoint names: imports, re-exports and dynamic imports. */
function importedModules(file: string, source: string): string[] {
  const modules: string[] = [];
  const visit = (node: ts.Node): void => {
    if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier))
      modules.push(node.moduleSpecifier.text);
    else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword && node.arguments[0] && ts.isStringLiteral(node.arguments[0]))
      modules.push(node.arguments[0].text);
    ts.forEachChild(node, visit);
  };
  visit(parse(file, source));
  return modules;
}

/**
 * What makes an entrypoint more than wiring: over MAX_CODE_LINES lines of code, or an import of anything
 * but src/ modules, WXT, Preact (a page mounts its app with `render`) and a stylesheet in its own folder.
 * Logic next to an entrypoint (`./helpers`) belongs in src/, where it can be tested without WXT.
 */
function entrypointProblems(file: string, source: string): string[] {
  const problems: string[] = [];
  const lines = codeLines(source);
  if (lines > MAX_CODE_LINES) problems.push(`${file}: ${lines} lines of code (at most ${MAX_CODE_LINES})`);
  const folder = path.posix.dirname(file);
  for (const module of importedModules(file, source)) {
    if (module === 'wxt' || module.startsWith('wxt/') || module === 'preact') continue;
    if (module.startsWith('.')) {
      const target = path.posix.normalize(path.posix.join(folder, module));
      if (target.startsWith('src/')) continue;
      if (target.endsWith('.css') && path.posix.dirname(target) === folder) continue;
    }
    problems.push(`${file}: imports "${module}" (only src/, wxt, preact and its own stylesheet)`);
  }
  return problems;
}

describe('every entrypoint is thin', () => {
  const entrypoints = sourceFiles('entrypoints');

  it('holds for entrypoints/', () => {
    expect(entrypoints).toContain('entrypoints/background.ts');
    expect(entrypoints.flatMap((file) => entrypointProblems(file, readFileSync(path.join(ROOT, file), 'utf8')))).toEqual([]);
  });

  const wiring = [
    "import { render } from 'preact';",
    "import { browser } from 'wxt/browser';",
    "import { PopupApp } from '../../src/ui/popup/PopupApp';",
    "import '../../src/ui/common/theme.css';",
    "import './style.css';",
    '// A comment line does not count.',
    '',
    "render(<PopupApp />, document.getElementById('app')!);",
  ].join('\n');

  it('accepts wiring', () => {
    expect(entrypointProblems('entrypoints/popup/main.tsx', wiring)).toEqual([]);
    expect(codeLines(wiring)).toBe(6);
  });

  it('reports an entrypoint over the line limit', () => {
    const long = wiring + '\n' + Array.from({ length: 35 }, (_, i) => `const v${i} = ${i};`).join('\n');
    expect(entrypointProblems('entrypoints/popup/main.tsx', long)).toEqual(['entrypoints/popup/main.tsx: 41 lines of code (at most 40)']);
  });

  it('reports imports of anything but src/, wxt, preact and its own stylesheet', () => {
    const source = ["import { openDB } from 'idb';", "import { helper } from './helpers';", "import '../options/style.css';", "const later = import('zod');"].join('\n');
    expect(entrypointProblems('entrypoints/popup/main.tsx', source)).toEqual([
      'entrypoints/popup/main.tsx: imports "idb" (only src/, wxt, preact and its own stylesheet)',
      'entrypoints/popup/main.tsx: imports "./helpers" (only src/, wxt, preact and its own stylesheet)',
      'entrypoints/popup/main.tsx: imports "../options/style.css" (only src/, wxt, preact and its own stylesheet)',
      'entrypoints/popup/main.tsx: imports "zod" (only src/, wxt, preact and its own stylesheet)',
    ]);
  });
});

/** The files an npm script runs (`tsx src/…`, `node src/…`) that do not exist. */
export function missingScriptFiles(scripts: Record<string, string>, exists: (file: string) => boolean): string[] {
  return Object.entries(scripts).flatMap(([name, command]) =>
    [...command.matchAll(/(?:tsx|node)\s+((?:src|tests|entrypoints)\/\S+\.(?:ts|mjs|js))/g)].map((m) => m[1]!).filter((file) => !exists(file)).map((file) => `npm run ${name}: ${file} does not exist`),
  );
}

describe('every npm script runs a file that exists', () => {
  it('holds for package.json', () => {
    const scripts = (JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;
    const exists = (file: string) => {
      try {
        readFileSync(path.join(ROOT, file));
        return true;
      } catch {
        return false;
      }
    };
    expect(missingScriptFiles(scripts, exists)).toEqual([]);
  });

  it('reports a script whose file is gone (npm run generate outlived generate-pack.ts once)', () => {
    expect(missingScriptFiles({ generate: 'tsx src/scripts/generate-pack.ts', test: 'vitest run' }, () => false)).toEqual(['npm run generate: src/scripts/generate-pack.ts does not exist']);
  });
});

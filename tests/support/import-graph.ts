/**
 * The import graph of the source tree, read with regular expressions rather than a bundler: enough to
 * find cycles between modules and folders, fast enough for a unit test, and with no dependency to keep
 * in step with the compiler. Type-only imports count: a cycle of types still ties two layers together.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';

/** `from '…'` of import/export statements (over several lines), `import '…'` and `import('…')`. */
const FROM = /\b(?:import|export)\s+(?:type\s+)?[^'"`;]*?\bfrom\s*['"]([^'"\n]+)['"]/g;
const SIDE_EFFECT = /(?:^|[;\n])\s*import\s*['"]([^'"\n]+)['"]/g;
const DYNAMIC = /\bimport\s*\(\s*['"]([^'"\n]+)['"]\s*\)/g;

/** Comments go first, so an import that is commented out or only named in prose is no edge. */
function stripComments(source: string): string {
  return source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
}

/** Every module specifier a source file imports or re-exports, in order of appearance per kind. */
export function importSpecifiers(source: string): string[] {
  const code = stripComments(source);
  const found: string[] = [];
  for (const pattern of [FROM, SIDE_EFFECT, DYNAMIC]) for (const m of code.matchAll(pattern)) found.push(m[1]!);
  return found;
}

const SOURCE_EXTENSIONS = ['.ts', '.tsx', '.mts', '.js', '.mjs'];

function listSources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return listSources(path);
    return SOURCE_EXTENSIONS.some((e) => name.endsWith(e)) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

function resolveSpecifier(fromFile: string, specifier: string, files: ReadonlySet<string>): string | null {
  if (!specifier.startsWith('.')) return null; // a package: outside the graph
  const base = resolve(dirname(fromFile), specifier);
  for (const candidate of [base, ...SOURCE_EXTENSIONS.map((e) => base + e), ...SOURCE_EXTENSIONS.map((e) => join(base, `index${e}`))])
    if (files.has(candidate)) return candidate;
  return null; // JSON, CSS and other assets: leaves, they import nothing
}

/** Module → the modules it imports, as paths relative to `root` with `/` separators. */
export type ImportGraph = Map<string, Set<string>>;

export function importGraph(root: string, dir: string): ImportGraph {
  const files = new Set(listSources(join(root, dir)));
  const name = (path: string) => relative(root, path).split(sep).join('/');
  const graph: ImportGraph = new Map();
  for (const file of files) {
    const targets = new Set<string>();
    for (const specifier of importSpecifiers(readFileSync(file, 'utf8'))) {
      const target = resolveSpecifier(file, specifier, files);
      if (target) targets.add(name(target));
    }
    graph.set(name(file), targets);
  }
  return graph;
}

/** The same graph between folders: each module stands for the folder `folderOf` gives it. */
export function collapse(graph: ImportGraph, folderOf: (module: string) => string): ImportGraph {
  const folders: ImportGraph = new Map();
  for (const [from, targets] of graph) {
    const edges = folders.get(folderOf(from)) ?? new Set<string>();
    folders.set(folderOf(from), edges);
    for (const to of targets) if (folderOf(to) !== folderOf(from)) edges.add(folderOf(to));
  }
  return folders;
}

/**
 * The cycles of a graph, each as the sorted members of one strongly connected component of two or more
 * nodes, or one node importing itself (Tarjan's algorithm, iterative so deep chains cannot overflow).
 */
export function findCycles(graph: ImportGraph): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const cycles: string[][] = [];
  let next = 0;
  const edgesOf = (node: string) => [...(graph.get(node) ?? [])];

  for (const start of graph.keys()) {
    if (index.has(start)) continue;
    const work: Array<{ node: string; edges: string[]; at: number }> = [];
    const enter = (node: string) => {
      index.set(node, next);
      low.set(node, next);
      next += 1;
      stack.push(node);
      onStack.add(node);
      work.push({ node, edges: edgesOf(node), at: 0 });
    };
    enter(start);
    while (work.length > 0) {
      const frame = work[work.length - 1]!;
      if (frame.at < frame.edges.length) {
        const to = frame.edges[frame.at++]!;
        if (!index.has(to)) enter(to);
        else if (onStack.has(to)) low.set(frame.node, Math.min(low.get(frame.node)!, index.get(to)!));
        continue;
      }
      work.pop();
      const parent = work[work.length - 1];
      if (parent) low.set(parent.node, Math.min(low.get(parent.node)!, low.get(frame.node)!));
      if (low.get(frame.node) !== index.get(frame.node)) continue;
      const component: string[] = [];
      let member: string;
      do {
        member = stack.pop()!;
        onStack.delete(member);
        component.push(member);
      } while (member !== frame.node);
      if (component.length > 1 || graph.get(frame.node)?.has(frame.node)) cycles.push(component.sort());
    }
  }
  return cycles;
}

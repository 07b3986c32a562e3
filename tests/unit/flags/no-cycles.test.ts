/**
 * The flags feature and the settings/endpoint storage stay one-way: no module cycle runs through
 * src/flags or src/storage, no cycle runs between their folders (flags/model, flags/store, flags/ui,
 * flags/background, storage) and any other folder of src/, and inside src/flags the layers depend one
 * way. The graph is read from the import statements.
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { collapse, findCycles, importGraph, importSpecifiers, type ImportGraph } from '../../support/import-graph';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
const GUARDED = ['src/flags/', 'src/storage/'];
const guarded = (path: string) => GUARDED.some((prefix) => `${path}/`.startsWith(prefix));

/** src/flags/model/outbox.ts → src/flags/model; src/storage/settings.ts → src/storage. */
function folderOf(module: string): string {
  const parts = module.split('/');
  return parts.slice(0, parts.length > 3 ? 3 : 2).join('/');
}

const graphOf = (edges: Record<string, string[]>): ImportGraph => new Map(Object.entries(edges).map(([from, to]) => [from, new Set(to)]));

describe('the import graph reader', () => {
  it('reads every kind of import and skips commented-out ones', () => {
    const source = [
      "import { a,",
      "  b } from './multi-line';",
      "import type { T } from '../types';",
      "export { c } from './re-export';",
      "export * from './star';",
      "import './side-effect.css';",
      "const lazy = () => import('./lazy');",
      "// import { gone } from './commented';",
      "/* import { gone } from './block-commented'; */",
      "const text = 'not an import';",
    ].join('\n');
    expect(importSpecifiers(source).sort()).toEqual(['../types', './lazy', './multi-line', './re-export', './side-effect.css', './star']);
  });

  it('finds a cycle, a self-import and a cycle between folders, and nothing in a graph without one', () => {
    const cyclic = graphOf({ a: ['b'], b: ['c'], c: ['a'], d: ['a'], e: ['e'] });
    expect(findCycles(cyclic)).toEqual(expect.arrayContaining([['a', 'b', 'c'], ['e']]));
    expect(findCycles(cyclic)).toHaveLength(2);
    expect(findCycles(graphOf({ a: ['b', 'c'], b: ['c'], c: [] }))).toEqual([]);

    const files = graphOf({ 'src/storage/x.ts': ['src/flags/model/y.ts'], 'src/flags/model/y.ts': ['src/flags/model/z.ts'], 'src/flags/model/z.ts': ['src/storage/w.ts'], 'src/storage/w.ts': [] });
    expect(findCycles(files)).toEqual([]);
    expect(findCycles(collapse(files, folderOf))).toEqual([['src/flags/model', 'src/storage']]);
  });
});

describe('src/ has no import cycle through flags or storage', () => {
  const graph = importGraph(ROOT, 'src');

  it('reads the real tree', () => {
    // Guards the guard: a reader that found no edges would find no cycles either.
    expect(graph.get('src/flags/store/flags-store.ts')).toContain('src/flags/model/flag-schema.ts');
    expect(graph.get('src/flags/background/flags-outbox-runner.ts')).toContain('src/storage/endpoint-store.ts');
  });

  it('between modules', () => {
    expect(findCycles(graph).filter((cycle) => cycle.some(guarded))).toEqual([]);
  });

  it('between folders', () => {
    expect(findCycles(collapse(graph, folderOf)).filter((cycle) => cycle.some(guarded))).toEqual([]);
  });

  it('inside src/flags one way: model (pure) ← store (IndexedDB) ← ui, background', () => {
    const mayUse: Record<string, string[]> = {
      'src/flags/model': [],
      'src/flags/store': ['src/flags/model'],
      'src/flags/ui': ['src/flags/model', 'src/flags/store'],
      'src/flags/background': ['src/flags/model', 'src/flags/store'],
    };
    const folders = collapse(graph, folderOf);
    expect([...folders.keys()].filter((f) => f.startsWith('src/flags')).sort()).toEqual(Object.keys(mayUse).sort());
    const wrongWay = Object.entries(mayUse).flatMap(([from, allowed]) =>
      [...(folders.get(from) ?? [])].filter((to) => to.startsWith('src/flags/') && !allowed.includes(to)).map((to) => `${from} → ${to}`),
    );
    expect(wrongWay).toEqual([]);
  });
});

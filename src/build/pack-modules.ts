/**
 * The engine's pack and the dataset as build-time modules (Node only): the extension imports
 * `virtual:pledgewatch/first-look-pack` (the first stage), `virtual:pledgewatch/term-info` (the full stage:
 * what its cards and term list say of a vague term), `virtual:pledgewatch/full-pack` (the engine: the
 * background's, and the page's own where the background cannot answer, content/page-engine.ts) and
 * `virtual:pledgewatch/dataset` (the background and the extension's pages), and this plugin
 * makes them while the bundle is built, from the lexicons and the dataset validated with zod here
 * (core/bundled-engine.ts, data/dataset.ts). Nothing is committed, so nothing can be stale, and no page of
 * the extension validates the bundled dataset again.
 *
 * Each part is a JSON string: a string literal is scanned fast when the script loads, and `JSON.parse`
 * (run by the engine when a step first needs that part) beats evaluating the same data as an object literal.
 */
import type { Plugin as EsbuildPlugin } from 'esbuild';
import type { Plugin as VitePlugin } from 'vite';
import { enginePackFor } from '../core/bundled-engine';
import type { EnginePack } from '../core/engine-pack';
import { termInfoOf } from '../core/lexicon/term-info';
import { getBundledDataset } from '../data/dataset';

export const FIRST_LOOK_MODULE = 'virtual:pledgewatch/first-look-pack';
export const FULL_MODULE = 'virtual:pledgewatch/full-pack';
export const TERM_INFO_MODULE = 'virtual:pledgewatch/term-info';
/** The dataset, validated here, for the background and the extension's pages (data/extension-dataset.ts). */
export const DATASET_MODULE = 'virtual:pledgewatch/dataset';
const IDS = [FIRST_LOOK_MODULE, FULL_MODULE, TERM_INFO_MODULE, DATASET_MODULE];
/** Vite's convention: a resolved virtual id starts with a NUL byte so no other plugin touches it. */
const resolved = (id: string) => '\0' + id;

const literal = (value: unknown) => JSON.stringify(JSON.stringify(value));

export function packModuleSource(id: string, pack: EnginePack): string {
  if (id === DATASET_MODULE) return `export const DATASET_JSON = ${literal(getBundledDataset())};\n`;
  if (id === FIRST_LOOK_MODULE) return `export const FIRST_LOOK_PACK = ${literal(pack.firstLook)};\n`;
  if (id === TERM_INFO_MODULE) return `export const TERM_INFO = ${literal(pack.page.vagueTerms.map(termInfoOf))};\n`;
  if (id === FULL_MODULE) return `export const SCREEN_PACK = ${literal(pack.screen)};\nexport const PAGE_PACK = ${literal(pack.page)};\n`;
  throw new Error(`no pack module ${id}`);
}

/** The pack of the bundled dataset (scaled when PLEDGEWATCH_DATASET_SCALE is set, see data/dataset.ts), once per build. */
function bundledPack(): () => EnginePack {
  let pack: EnginePack | undefined;
  return () => (pack ??= enginePackFor(getBundledDataset()));
}

export function packVitePlugin(): VitePlugin {
  const pack = bundledPack();
  return {
    name: 'pledgewatch-pack',
    resolveId: (id) => (IDS.includes(id) ? resolved(id) : undefined),
    load(id) {
      const name = IDS.find((i) => resolved(i) === id);
      return name ? packModuleSource(name, pack()) : undefined;
    },
  };
}

export function packEsbuildPlugin(): EsbuildPlugin {
  const pack = bundledPack();
  return {
    name: 'pledgewatch-pack',
    setup(build) {
      build.onResolve({ filter: /^virtual:pledgewatch\// }, (args) => ({ path: args.path, namespace: 'pledgewatch-pack' }));
      build.onLoad({ filter: /.*/, namespace: 'pledgewatch-pack' }, (args) => ({ contents: packModuleSource(args.path, pack()), loader: 'js' }));
    },
  };
}

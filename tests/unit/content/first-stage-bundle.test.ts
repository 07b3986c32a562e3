// The first stage runs on every page, so what it imports is what every page pays to evaluate: it must
// not pull in zod, Preact, the lexicons' raw JSON or the pack's page part (first-look.ts explains why).
import { join } from 'node:path';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { packEsbuildPlugin } from '../../../src/build/pack-modules';

const ROOT = join(__dirname, '../../..');

/** Bundles an entry as WXT ships a content script (minified IIFE, the build-time pack): its text and the modules in it. */
async function bundle(entry: string): Promise<{ text: string; included: string[] }> {
  const result = await build({
    entryPoints: [join(ROOT, entry)],
    bundle: true,
    write: false,
    metafile: true,
    minify: true,
    format: 'iife',
    target: 'es2022',
    external: ['wxt/*'],
    jsx: 'automatic',
    jsxImportSource: 'preact',
    loader: { '.css': 'text' },
    define: { defineContentScript: 'Object' },
    plugins: [packEsbuildPlugin()],
  });
  const output = Object.values(result.metafile.outputs)[0]!;
  return { text: result.outputFiles[0]!.text, included: Object.entries(output.inputs).filter(([, v]) => v.bytesInOutput > 0).map(([path]) => path) };
}

describe('the content script first stage', () => {
  it('bundles without zod, Preact, the raw lexicons or the pack beyond its first-look part', async () => {
    const { text, included } = await bundle('src/content/first-look.ts');
    expect(included.filter((p) => /node_modules\/(zod|preact)\//.test(p))).toEqual([]);
    expect(included.filter((p) => /lexicon\/.*\.json$|analysis-schema\.ts$|data\/schema\.ts$/.test(p))).toEqual([]);
    // The pack's other parts are hundreds of KB; the first-look part and the code are a few tens.
    expect(text).not.toContain('pagePlan');
    expect(text).not.toContain('screenPlan');
    expect(text.length).toBeLessThan(80_000);
  });
});

describe('the content script full stage', () => {
  it('bundles no dataset record and no zod: no dataset module, no collection JSON, no source or question text', async () => {
    const { text, included } = await bundle('entrypoints/full.content.ts');
    expect(included.filter((p) => /data\/dataset(\.ts|\/)/.test(p))).toEqual([]);
    // Validation happens at build time and in the background (settings/get, the protocol's handlers).
    expect(included.filter((p) => /node_modules\/zod\//.test(p))).toEqual([]);
    // A question's text and a source's publisher are records the background sends when a card needs them.
    expect(text).not.toContain('"askedById"');
    // Nor a company's name: the background finds the companies a page names (core/dataset-part.ts).
    expect(text).not.toContain('Meta Platforms');
    expect(text).not.toContain('"publisher"');
  });
});

describe('the page engine, apart from the full stage', () => {
  it('is not in the full stage: no matcher plans, no matcher code, no lexicon variants; the injected engine script has them', async () => {
    const full = await bundle('entrypoints/full.content.ts');
    // The pack's plans and the matcher: most relevant pages never need them (the background analyses them).
    expect(full.text).not.toContain('pagePlan');
    expect(full.text).not.toContain('screenPlan');
    // Nor the first look's pack (the tracked domains grow with the dataset): it takes the first stage's.
    expect(full.included.filter((p) => p.includes('first-look'))).toEqual(['src/content/first-look-handover.ts']);
    // (The first look's relaxed topic match uses parts of matcher/, as on every page; the page's matcher is not there.)
    expect(full.included.filter((p) => /core\/(engine|page-matcher|analysis|term-context|term-filter)\.ts$/.test(p))).toEqual([]);
    // What cards and the term list say of a term is there; its variants (the matcher's business) are not.
    expect(full.text).toContain('general purpose');
    expect(full.text).not.toContain('\\"variants\\"');
    const engine = await bundle('entrypoints/engine.content.ts');
    expect(engine.text).toContain('pagePlan');
    expect(engine.included.some((p) => p.endsWith('core/engine.ts'))).toBe(true);
    expect(engine.included.filter((p) => /node_modules\/(zod|preact)\//.test(p))).toEqual([]);
  });
});

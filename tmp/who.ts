import { build } from 'esbuild';
import { packEsbuildPlugin } from '../src/build/pack-modules';
const r = await build({ entryPoints: [process.argv[2]!], bundle: true, format: 'iife', write: false, metafile: true, plugins: [packEsbuildPlugin()], external: ['wxt/*'], jsx: 'automatic', jsxImportSource: 'preact', loader: { '.css': 'text' }, define: { defineContentScript: 'Object' } });
for (const [k, v] of Object.entries(r.metafile.inputs)) for (const i of v.imports) if (/zod/.test(i.path) && !/node_modules/.test(k)) console.log(k, '->', i.path, i.kind);

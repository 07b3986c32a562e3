import { build } from 'esbuild';
import { packEsbuildPlugin } from '../src/build/pack-modules';
const r = await build({ entryPoints: [process.argv[2]!], bundle: true, format: 'iife', write: false, minify: true, target: 'es2022', metafile: true, plugins: [packEsbuildPlugin()], external: ['wxt/*'], jsx: 'automatic', jsxImportSource: 'preact', loader: { '.css': 'text' }, define: { defineContentScript: 'Object' } });
const out = Object.values(r.metafile.outputs)[0]!;
const rows = Object.entries(out.inputs).map(([k, v]) => [v.bytesInOutput, k] as const).sort((a, b) => b[0] - a[0]).slice(0, 25);
for (const [n, k] of rows) console.log(String(n).padStart(8), k);
console.log('total', r.outputFiles[0]!.text.length);

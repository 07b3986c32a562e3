import { enginePackFor } from '../src/core/bundled-engine';
import { createEngine } from '../src/core/engine';
import { createRestatedSearch } from '../src/core/restated';
import { getBundledDataset } from '../src/data/dataset';
const ds = getBundledDataset();
const t0 = performance.now();
const pack = JSON.parse(JSON.stringify(enginePackFor(ds)));
const t1 = performance.now();
const engine = createEngine(pack);
const words = 'the general purpose company facial recognition where appropriate responsibly human rights policy we will and data of to in'.split(' ');
let text = ''; let i = 0; while (text.length < 100_000) { text += words[(i * 7919) % words.length] + ' '; i++; if (i % 40 === 0) text += '.\n'; }
for (let k = 0; k < 3; k++) {
  const a = performance.now();
  const r = engine.analyse({ url: 'https://bench.example/p', title: 'bench', text });
  const b = performance.now();
  console.log('analyse', (b - a).toFixed(1), r.relevant, r.vagueTerms.length, r.restatedCommitments.length);
}
const rs = createRestatedSearch(pack.page.restated);
for (let k = 0; k < 3; k++) { const a = performance.now(); const r = rs.find(text); console.log('restated', (performance.now() - a).toFixed(1), r.length); }
const big = text.repeat(50);
{ const a = performance.now(); const r = rs.find(big); console.log('restated 5MB', (performance.now() - a).toFixed(1), r.length); }
{ const a = performance.now(); const r = engine.analyse({ url: 'https://bench.example/p', title: 'bench', text: big }); console.log('analyse 5MB', (performance.now() - a).toFixed(1), r.vagueTerms.length); }
console.log('pack', (t1 - t0).toFixed(1));

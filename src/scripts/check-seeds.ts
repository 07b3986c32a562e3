/**
 * `npm run test:seeds -- /path/to/seeds`: runs the scan on each seed document and checks what the
 * detection core must find there. The seeds folder is an argument (CI passes ../shared/seeds): nothing in
 * the product reads it. Exit 1 with the failed checks listed; last line "N passed, N failed".
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { getBundledDataset } from '../data/dataset';
import { looksLikeHtml } from '../cli/read-input';
import { scanLoaded, type ScanRecord } from '../cli/scan-result';

interface SeedCheck {
  file: string;
  topics: string[];
  vague?: string[];
}

const SEEDS: SeedCheck[] = [
  { file: 'edri-letter-to-ibm-2020-06-25.txt', topics: ['facial-recognition', 'human-rights'], vague: ['general purpose'] },
  { file: 'ibm-principles-trust-transparency-2018-05-30.txt', topics: ['ai-ethics'] },
  { file: 'un-btech-downstream-hrdd-2022-09.txt', topics: ['human-rights'] },
];

function checks(seed: SeedCheck, r: ScanRecord): [string, boolean][] {
  const found = r.vagueTerms.map((v) => v.phrase.toLowerCase().replace(/[\s-]+/g, ' '));
  return [
    ['is relevant', r.relevant],
    ['IBM detected', r.companies.some((c) => c.id === 'ibm')],
    ...seed.topics.map((t): [string, boolean] => [`topic ${t}`, r.topics.some((x) => x.id === t)]),
    ...(seed.vague ?? []).map((v): [string, boolean] => [`vague term "${v}"`, found.includes(v)]),
  ];
}

async function main(): Promise<number> {
  const dir = process.argv[2];
  if (!dir) {
    console.error('Usage: npm run test:seeds -- /path/to/seeds');
    return 2;
  }
  const dataset = getBundledDataset();
  let passed = 0;
  let failed = 0;
  for (const seed of SEEDS) {
    const path = join(dir, seed.file);
    let content: string;
    try {
      content = await readFile(path, 'utf8');
    } catch (error) {
      console.error(`✗ ${seed.file}: cannot read ${path} (${(error as NodeJS.ErrnoException).code ?? error})`);
      failed++;
      continue;
    }
    const { record } = scanLoaded({ input: path, content, isHtml: looksLikeHtml(content, path), location: `file://${path}` }, dataset);
    const results = checks(seed, record);
    const bad = results.filter(([, ok]) => !ok).map(([name]) => name);
    if (bad.length === 0) {
      passed++;
      console.log(`✓ ${seed.file}: ${results.map(([name]) => name).join(', ')}`);
    } else {
      failed++;
      console.error(`✗ ${seed.file}: missing ${bad.join('; ')}`);
      console.error(`  got topics ${JSON.stringify(record.topics)}, companies ${record.companies.map((c) => c.id).join(', ') || 'none'}, vague terms ${[...new Set(record.vagueTerms.map((v) => v.phrase))].join(', ') || 'none'}`);
    }
  }
  console.log(`${passed} passed, ${failed} failed`);
  return failed > 0 ? 1 : 0;
}

main().then((code) => (process.exitCode = code));

/**
 * `npm run check:data [-- --dir PATH] [-- --seeds PATH] [-- --lexicon PATH]`
 *
 * Validates a dataset folder (default: the bundled one) with the zod schemas and the cross-record
 * integrity checks (src/data/integrity.ts says which), printing each problem as `file: record: field: message`. With --seeds, also checks
 * that quotes marked verbatim stand in their seed documents (CI passes ../shared/seeds; the product
 * itself never reads that folder). Exit code: 0 clean, 1 problems found, 2 unusable arguments.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { COLLECTIONS, collectionFile, parseDataset, type DatasetFiles } from '../data/dataset';
import { checkIntegrity, type DataIssue } from '../data/integrity';
import { VagueLexicon } from '../core/lexicon/schema';
import { phrasesOf } from '../core/lexicon/phrases';

const root = path.resolve(fileURLToPath(new URL('../..', import.meta.url)));
const shown = (p: string) => (path.relative(process.cwd(), p).startsWith('..') ? p : path.relative(process.cwd(), p) || '.');

function usageError(message: string): never {
  console.error(`check:data: ${message}`);
  console.error('usage: npm run check:data [-- --dir DATASET_FOLDER] [--seeds SEEDS_FOLDER] [--lexicon VAGUE_TERMS_JSON]');
  process.exit(2);
}

function readJson(file: string): { ok: true; value: unknown } | { ok: false; message: string } {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    return { ok: false, message: code === 'ENOENT' ? 'file not found' : `cannot be read (${(err as Error).message})` };
  }
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (err) {
    // Node reports a character offset; a line and column are what an editor can jump to.
    const message = (err as Error).message.replace(/\s+/g, ' ');
    const at = /position (\d+)/.exec(message);
    if (!at) return { ok: false, message: `is not valid JSON: ${message}` };
    const before = text.slice(0, Number(at[1])).split('\n');
    return { ok: false, message: `is not valid JSON (line ${before.length}, column ${before.at(-1)!.length + 1}): ${message}` };
  }
}

function readSeeds(dir: string): Record<string, string> {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) usageError(`the seeds folder ${dir} does not exist or is not a folder`);
  const seeds: Record<string, string> = {};
  for (const name of readdirSync(dir)) {
    const file = path.join(dir, name);
    if (statSync(file).isFile()) seeds[name] = readFileSync(file, 'utf8');
  }
  return seeds;
}

function main(): number {
  let args;
  try {
    args = parseArgs({ options: { dir: { type: 'string' }, seeds: { type: 'string' }, lexicon: { type: 'string' } } }).values;
  } catch (err) {
    usageError((err as Error).message);
  }
  const dir = path.resolve(args.dir ?? path.join(root, 'src/data/dataset'));
  const lexiconFile = path.resolve(args.lexicon ?? path.join(root, 'src/core/lexicon/vague-terms.json'));
  if (!existsSync(dir) || !statSync(dir).isDirectory()) usageError(`the dataset folder ${dir} does not exist or is not a folder`);
  const seeds = args.seeds ? readSeeds(path.resolve(args.seeds)) : null;

  const problems: DataIssue[] = [];
  const files: DatasetFiles = {};
  for (const collection of COLLECTIONS) {
    const file = path.join(dir, collectionFile(collection));
    if (collection === 'candidates' && !existsSync(file)) continue; // optional: no flags ingested yet
    const read = readJson(file);
    if (read.ok) files[collection] = read.value;
    else problems.push({ file: collectionFile(collection), recordId: '(file)', field: '(whole file)', message: read.message });
  }
  const unreadable = new Set(problems.map((p) => p.file));
  const parsed = parseDataset(files);

  const lexicon = readJson(lexiconFile);
  let lexiconIds: Set<string> | null = null;
  let lexiconPhrases: Map<string, string[]> | null = null;
  const lexiconProblem = (message: string) => problems.push({ file: shown(lexiconFile), recordId: '(file)', field: '(whole file)', message });
  if (!lexicon.ok) lexiconProblem(`${lexicon.message}; vagueTermIds cannot be checked without the vague-term lexicon`);
  else {
    const result = VagueLexicon.safeParse(lexicon.value);
    if (result.success) {
      lexiconIds = new Set(result.data.terms.map((t) => t.id));
      lexiconPhrases = new Map(result.data.terms.map((t) => [t.id, phrasesOf(t)]));
    }
    else lexiconProblem(`is not a valid vague-term lexicon: ${result.error.issues[0]?.message ?? 'invalid'}`);
  }

  if (!parsed.ok) problems.push(...parsed.issues.filter((i) => !unreadable.has(i.file)));
  else problems.push(...checkIntegrity(parsed.dataset, { lexiconIds, lexiconPhrases, seeds }));

  for (const p of problems) {
    const file = p.file.endsWith('.json') && !p.file.includes(path.sep) && !p.file.includes('/') ? shown(path.join(dir, p.file)) : p.file;
    console.error(`${file}: ${p.recordId}: ${p.field}: ${p.message}`);
  }

  const d = parsed.ok ? parsed.dataset : null;
  const counts = d
    ? COLLECTIONS.filter((c) => c !== 'meta').map((c) => `${d[c].length} ${c}`).join(', ')
    : 'records not counted; cross-record checks wait until every file reads and every record is valid';
  const version = d ? `dataset ${d.meta.version} (${d.meta.date})` : 'dataset';
  const seedNote = seeds ? `verbatim quotes checked against ${shown(path.resolve(args.seeds!))}` : 'verbatim quotes not checked (pass --seeds FOLDER)';
  const verdict = problems.length === 0 ? 'OK' : `${problems.length} problem${problems.length === 1 ? '' : 's'}`;
  console.log(`check:data: ${version} in ${shown(dir)}: ${counts}; ${seedNote}: ${verdict}`);
  return problems.length === 0 ? 0 : 1;
}

process.exitCode = main();

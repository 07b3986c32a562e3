/**
 * `npm run ingest -- FLAGS_FILE|SERVER_EXPORT_URL [--dir DATASET_FOLDER] [--skip-invalid] [--token-env NAME]`
 *
 * SERVER_EXPORT_URL is a project server's export of accepted flags (`http://host:8787/api/export`),
 * read with the reviewer token in the environment variable PLEDGEWATCH_TOKEN (or the one --token-env
 * names: a token on the command line would show in the process list).
 *
 * Adds the flags of an exported flags file (the options page's "Export JSON") to the dataset as
 * review candidates in `candidates.json`, for a maintainer to review in an ordinary diff. Flags
 * already there (same flag id, or same page and passage) are skipped. The result is checked the way
 * `check:data` checks it before anything is written; a file with invalid records is refused unless
 * --skip-invalid is given. Exit code: 0 done, 1 refused (nothing written), 2 unusable arguments.
 */
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { COLLECTIONS, collectionFile, parseDataset, type DatasetFiles } from '../data/dataset';
import { checkIntegrity } from '../data/integrity';
import { parseFlagsFile } from '../flags/model/flags-import';
import { flagsToCandidates } from '../flags/model/flags-to-candidates';

const root = path.resolve(fileURLToPath(new URL('../..', import.meta.url)));

function fail(code: 1 | 2, ...lines: string[]): never {
  for (const line of lines) console.error(`ingest: ${line}`);
  process.exit(code);
}

function readJson(file: string): unknown {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    return fail(1, `${file}: ${(e as Error).message}`);
  }
}

/** The export from a project server. A token goes only over https or to this machine. */
async function fetchExport(address: URL, tokenEnv: string): Promise<string> {
  const token = process.env[tokenEnv];
  if (!token) fail(2, `set ${tokenEnv} to a reviewer token of ${address.origin} (npm run server -- member add NAME --role reviewer)`);
  const loopback = ['localhost', '127.0.0.1', '[::1]'].includes(address.hostname);
  if (address.protocol !== 'https:' && !loopback) fail(2, `refusing to send a token over plain http to ${address.host}: use https`);
  let response: Response;
  try {
    response = await fetch(address, { headers: { authorization: `Bearer ${token}` }, redirect: 'error', signal: AbortSignal.timeout(60_000) });
  } catch (e) {
    return fail(1, `could not read ${address.href}: ${(e as Error).message}`);
  }
  const text = await response.text();
  if (!response.ok) fail(1, `${address.href} answered HTTP ${response.status}: ${text.slice(0, 200)}`);
  return text;
}

async function main(): Promise<void> {
  let parsedArgs;
  try {
    parsedArgs = parseArgs({
      allowPositionals: true,
      options: { dir: { type: 'string' }, 'skip-invalid': { type: 'boolean' }, 'token-env': { type: 'string', default: 'PLEDGEWATCH_TOKEN' } },
    });
  } catch (e) {
    fail(2, (e as Error).message);
  }
  const { values, positionals } = parsedArgs;
  if (positionals.length !== 1) fail(2, 'usage: npm run ingest -- FLAGS_FILE|SERVER_EXPORT_URL [--dir DATASET_FOLDER] [--skip-invalid] [--token-env NAME]');
  const fromServer = /^https?:\/\//i.test(positionals[0]!);
  const flagsFile = fromServer ? positionals[0]! : path.resolve(positionals[0]!);
  const dir = path.resolve(values.dir ?? path.join(root, 'src/data/dataset'));
  if (!fromServer && !existsSync(flagsFile)) fail(2, `${flagsFile} does not exist`);
  if (!existsSync(dir)) fail(2, `the dataset folder ${dir} does not exist`);

  const text = fromServer ? await fetchExport(new URL(flagsFile), values['token-env']!) : readFileSync(flagsFile, 'utf8');
  const file = parseFlagsFile(text);
  if (!file.ok) fail(1, `${flagsFile} is not a usable flags export: ${file.error}`);
  for (const p of file.problems) console.error(`ingest: ${fromServer ? flagsFile : path.basename(flagsFile)}: record ${p.position}${p.id ? ` (${p.id})` : ''}: ${p.reason}`);
  if (file.problems.length && !values['skip-invalid'])
    fail(1, `${file.problems.length} invalid record(s); nothing written. Fix the file, or pass --skip-invalid to ingest the ${file.records.length} valid one(s).`);

  const files: DatasetFiles = {};
  for (const c of COLLECTIONS) {
    const f = path.join(dir, collectionFile(c));
    if (existsSync(f)) files[c] = readJson(f);
  }
  const before = parseDataset(files);
  if (!before.ok) fail(1, `the dataset in ${dir} is invalid; run npm run check:data -- --dir ${dir} and fix it first`);

  const { added, skipped } = flagsToCandidates(before.dataset, file.records.map((r) => r.flag));
  for (const s of skipped) console.log(`ingest: skipped flag ${s.flagId}: ${s.reason}`);
  const candidates = [...((files.candidates as unknown[] | undefined) ?? []), ...added];

  // Checked as check:data checks it, before the file is touched.
  const after = parseDataset({ ...files, candidates });
  const issues = after.ok ? checkIntegrity(after.dataset, { lexiconIds: null }).filter((i) => i.file === 'candidates.json') : after.issues;
  if (issues.length) fail(1, ...issues.map((i) => `${i.file}: ${i.recordId}: ${i.field}: ${i.message}`), 'nothing written');

  if (added.length) {
    const target = path.join(dir, collectionFile('candidates'));
    const temp = `${target}.${process.pid}.tmp`;
    writeFileSync(temp, JSON.stringify(candidates, null, 2) + '\n');
    renameSync(temp, target); // whole file or old file, never half of one
  }
  const shown = path.relative(process.cwd(), dir).startsWith('..') ? dir : path.relative(process.cwd(), dir) || '.';
  console.log(`ingest: ${added.length} candidate(s) added, ${skipped.length} skipped (${path.join(shown, 'candidates.json')})${added.length ? ': review them with git diff' : ''}`);
}

await main();

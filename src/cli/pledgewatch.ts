/**
 * `pledgewatch scan [--json] [--url URL] [--dataset DIR] PATH|URL...`
 * Scans HTML or text files, folders and URLs with the detection core and prints what the extension's
 * popup would show. Errors go to stderr and set a non-zero exit code; the other inputs are still scanned.
 */
import { realpathSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { loadDataset } from './load-dataset';
import { expandArgument, InputError } from './read-input';
import { formatReport } from './scan-report';
import { scanLoaded } from './scan-result';

const USAGE = `Usage: pledgewatch scan [--json] [--url URL] [--dataset DIR] PATH|URL...

  PATH      an HTML or text file, or a folder (every file in it is scanned)
  URL       an http(s) address to fetch and scan
  --json    one JSON document per scanned input, one per line
  --url     the page address to assume (else the file's canonical link or og:url)
  --dataset a folder of dataset JSON files to use instead of the bundled dataset`;

interface Io {
  out: (line: string) => void;
  err: (line: string) => void;
}

const defaultIo: Io = { out: (l) => process.stdout.write(l + '\n'), err: (l) => process.stderr.write(l + '\n') };

export async function main(argv: string[], io: Io = defaultIo): Promise<number> {
  const [command, ...rest] = argv;
  if (command === '--help' || command === '-h' || command === 'help') return io.out(USAGE), 0;
  if (command !== 'scan') {
    io.err(command ? `pledgewatch: unknown command "${command}"\n\n${USAGE}` : USAGE);
    return 2;
  }
  let json = false;
  let url: string | undefined;
  let datasetDir: string | undefined;
  const inputs: string[] = [];
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i]!;
    if (arg === '--json') json = true;
    else if (arg === '--url' || arg === '--dataset') {
      const value = rest[++i];
      if (!value) return io.err(`pledgewatch scan: ${arg} needs a value`), 2;
      if (arg === '--url') url = value;
      else datasetDir = value;
    } else if (arg.startsWith('--url=')) url = arg.slice(6);
    else if (arg.startsWith('--dataset=')) datasetDir = arg.slice(10);
    else if (arg === '--help' || arg === '-h') return io.out(USAGE), 0;
    else if (arg.startsWith('--')) return io.err(`pledgewatch scan: unknown option ${arg}\n\n${USAGE}`), 2;
    else inputs.push(arg);
  }
  if (inputs.length === 0) return io.err(`pledgewatch scan: nothing to scan\n\n${USAGE}`), 2;
  if (url !== undefined && !/^https?:\/\//i.test(url)) return io.err(`pledgewatch scan: --url must be an http(s) address, got "${url}"`), 2;

  let dataset;
  try {
    dataset = await loadDataset(datasetDir);
  } catch (error) {
    io.err(`pledgewatch scan: ${(error as Error).message}`);
    return 2;
  }
  let failed = 0;
  let first = true;
  for (const arg of inputs) {
    for (const { name, load } of await expandArgument(arg)) {
      try {
        const outcome = scanLoaded(await load(), dataset, url);
        if (json) io.out(JSON.stringify(outcome.record));
        else io.out((first ? '' : '\n') + formatReport(outcome));
        first = false;
      } catch (error) {
        failed++;
        const message = error instanceof InputError ? error.message : `${name}: ${(error as Error).message}`;
        io.err(`pledgewatch scan: ${message}`);
      }
    }
  }
  return failed > 0 ? 1 : 0;
}

// Run when executed directly (`tsx src/cli/pledgewatch.ts`), not when imported by bin/ or tests.
const invoked = process.argv[1] ? pathToFileURL(realpathSync(process.argv[1])).href : '';
if (invoked === import.meta.url) {
  main(process.argv.slice(2)).then((code) => (process.exitCode = code));
}

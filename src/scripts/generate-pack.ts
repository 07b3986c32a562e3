/**
 * `npm run generate`: writes src/core/generated/core-pack-data.ts (see src/core/core-pack.ts).
 * `--check` only compares and exits 1 when the committed file is stale.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { buildCorePack, CORE_PACK_PATH, renderCorePackModule } from '../core/build-core-pack';

const CORE_PACK_FILE = resolve(import.meta.dirname, '../..', CORE_PACK_PATH);

const text = renderCorePackModule(buildCorePack());
let current = '';
try {
  current = readFileSync(CORE_PACK_FILE, 'utf8');
} catch {
  // Missing: written below (or reported stale).
}
if (process.argv.includes('--check')) {
  if (current !== text) {
    console.error(`${CORE_PACK_FILE} is stale: run \`npm run generate\`.`);
    process.exit(1);
  }
  console.log('core pack is up to date');
} else if (current === text) console.log('core pack unchanged');
else {
  writeFileSync(CORE_PACK_FILE, text);
  console.log(`wrote ${CORE_PACK_FILE} (${(text.length / 1024).toFixed(0)} KB)`);
}

/** The dataset the CLI scans against: the bundled one, or a folder of collection files (`--dataset DIR`). */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { COLLECTIONS, collectionFile, getBundledDataset, parseDataset, type DatasetFiles } from '../data/dataset';
import type { Dataset } from '../data/schema';

export async function loadDataset(dir?: string): Promise<Dataset> {
  if (!dir) return getBundledDataset();
  const files: DatasetFiles = {};
  for (const collection of COLLECTIONS) {
    const path = join(dir, collectionFile(collection));
    let raw: string;
    try {
      raw = await readFile(path, 'utf8');
    } catch {
      continue; // parseDataset reports the missing file by name
    }
    try {
      files[collection] = JSON.parse(raw);
    } catch (error) {
      throw new Error(`${path} is not valid JSON (${(error as Error).message})`, { cause: error });
    }
  }
  const result = parseDataset(files);
  if (!result.ok) throw new Error(`the dataset in ${dir} is invalid:\n` + result.issues.map((i) => `  ${i.file}: ${i.recordId}: ${i.field}: ${i.message}`).join('\n'));
  return result.dataset;
}

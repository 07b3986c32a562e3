import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { COLLECTIONS, getBundledDataset, parseDataset, requestedDatasetScale, type DatasetFiles } from '../../../src/data/dataset';
import { checkIntegrity } from '../../../src/data/integrity';
import { scaleDataset } from '../../../src/data/scale-dataset';
import type { Dataset } from '../../../src/data/schema';
import { VagueLexicon } from '../../../src/core/lexicon/schema';
import { phrasesOf } from '../../../src/core/lexicon/phrases';
import { ROOT } from './data-test-helpers';

const base = getBundledDataset();
const lexicon = VagueLexicon.parse(JSON.parse(readFileSync(path.join(ROOT, 'src/core/lexicon/vague-terms.json'), 'utf8')));

/** What `npm run check:data` runs: the strict schemas over the JSON files, then every integrity check. */
function checkDataProblems(dataset: Dataset): string[] {
  const files: DatasetFiles = {};
  for (const collection of COLLECTIONS) files[collection] = JSON.parse(JSON.stringify(dataset[collection]));
  const parsed = parseDataset(files);
  if (!parsed.ok) return parsed.issues.map((i) => `${i.file}: ${i.recordId}: ${i.field}: ${i.message}`);
  return checkIntegrity(parsed.dataset, {
    lexiconIds: new Set(lexicon.terms.map((t) => t.id)),
    lexiconPhrases: new Map(lexicon.terms.map((t) => [t.id, phrasesOf(t)])),
  }).map((i) => `${i.file}: ${i.recordId}: ${i.field}: ${i.message}`);
}

const wordsKey = (quote: string) => quote.toLowerCase().replace(/[^\p{L}\p{N}']+/gu, ' ').trim();

describe('scaleDataset', () => {
  it('returns the dataset itself at ×1 and refuses a scale that is not a whole number of at least 1', () => {
    expect(scaleDataset(base, 1)).toBe(base);
    expect(() => scaleDataset(base, 0)).toThrow(RangeError);
    expect(() => scaleDataset(base, 2.5)).toThrow(RangeError);
  });

  it.each([4, 20])('at ×%i passes the checks of check:data and holds N times the companies and records', (n) => {
    const scaled = scaleDataset(base, n);
    expect(checkDataProblems(scaled)).toEqual([]);
    for (const collection of ['companies', 'sources', 'commitments', 'questions', 'assessments'] as const) {
      expect(scaled[collection]).toHaveLength(base[collection].length * n);
    }
    expect(scaled.organisations).toBe(base.organisations);
    // The real records come first, untouched; every added one is marked synthetic.
    expect(scaled.commitments.slice(0, base.commitments.length)).toEqual(base.commitments);
    expect(scaled.commitments.slice(base.commitments.length).every((c) => c.id.startsWith('synthetic-'))).toBe(true);
  });

  it('makes copies that read as data but imply no real company: invented names, reserved domains, reworded quotes', () => {
    const scaled = scaleDataset(base, 4);
    const realNames = new Set(base.companies.flatMap((c) => [c.name, ...c.aliases, ...c.ambiguousNames].map((n) => n.toLowerCase())));
    const copies = scaled.companies.slice(base.companies.length);
    expect(new Set(scaled.companies.map((c) => c.name.toLowerCase())).size).toBe(scaled.companies.length);
    for (const c of copies) {
      expect(realNames.has(c.name.toLowerCase())).toBe(false);
      for (const d of c.domains) expect(d).toMatch(/\.test$/);
    }
    const copiedSources = scaled.sources.slice(base.sources.length);
    for (const s of copiedSources) if (s.url) expect(new URL(s.url).hostname).toMatch(/\.(test|example)$/);
    // The copy of IBM names itself by its invented name where IBM's quote named IBM.
    const ibm = base.companies.find((c) => c.id === 'ibm')!;
    const ibmCopy = scaled.companies.find((c) => c.id === 'synthetic-1-ibm')!;
    expect(ibmCopy.name).not.toBe(ibm.name);
    const original = base.commitments.find((c) => c.companyId === 'ibm' && c.quote.includes('IBM '))!;
    const copy = scaled.commitments.find((c) => c.id === `synthetic-1-${original.id}`)!;
    expect(copy.quote).toContain(ibmCopy.name);
    expect(copy.quote).not.toContain('IBM ');
    // Reworded, not copied: the synthetic own-words quotes are (nearly all) distinct texts.
    const syntheticQuotes = scaled.commitments.slice(base.commitments.length).map((c) => wordsKey(c.quote));
    expect(new Set(syntheticQuotes).size).toBeGreaterThan(syntheticQuotes.length * 0.95);
    const realQuotes = new Set(base.commitments.map((c) => wordsKey(c.quote)));
    expect(syntheticQuotes.filter((q) => realQuotes.has(q))).toEqual([]);
  });

  it('is deterministic for a seed and differs between seeds', () => {
    expect(scaleDataset(base, 4, 7)).toEqual(scaleDataset(base, 4, 7));
    const quotes = (d: Dataset) => d.commitments.map((c) => c.quote);
    expect(quotes(scaleDataset(base, 4, 7))).not.toEqual(quotes(scaleDataset(base, 4, 8)));
  });
});

describe('PLEDGEWATCH_DATASET_SCALE', () => {
  afterEach(() => vi.unstubAllEnvs());

  it('makes getBundledDataset() the scaled dataset in Node, and the real one when unset or 1', () => {
    vi.stubEnv('PLEDGEWATCH_DATASET_SCALE', '3');
    expect(requestedDatasetScale()).toBe(3);
    const scaled = getBundledDataset();
    expect(scaled.commitments).toHaveLength(base.commitments.length * 3);
    expect(getBundledDataset()).toBe(scaled); // built once per scale
    vi.stubEnv('PLEDGEWATCH_DATASET_SCALE', '1');
    expect(getBundledDataset()).toBe(base);
    vi.stubEnv('PLEDGEWATCH_DATASET_SCALE', '');
    expect(getBundledDataset()).toBe(base);
  });

  it('refuses a value that is not a whole number instead of silently using the real dataset', () => {
    vi.stubEnv('PLEDGEWATCH_DATASET_SCALE', 'x20');
    expect(() => getBundledDataset()).toThrow(/PLEDGEWATCH_DATASET_SCALE/);
  });
});

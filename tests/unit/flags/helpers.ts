import 'fake-indexeddb/auto';
import type { FlagDraft } from '../../../src/flags/model/flag-schema';
import { openFlagsDb } from '../../../src/flags/store/flags-db';

let n = 0;
/** A fresh database per test: fake-indexeddb is one global factory shared by the whole file. */
export function freshDbName(): string {
  return `pw-test-${process.pid}-${Date.now()}-${n++}`;
}

export async function freshDb() {
  return openFlagsDb(freshDbName());
}

export function draft(overrides: Partial<FlagDraft> = {}): FlagDraft {
  return {
    url: 'https://newsroom.example.com/2020/06/ceo-letter',
    title: 'CEO letter to Congress',
    companyId: 'ibm',
    companyName: 'IBM',
    quote: 'IBM no longer offers general purpose IBM facial recognition or analysis software.',
    category: 'new-commitment',
    relatedIds: [],
    note: '',
    textHash: 'a'.repeat(64),
    ...overrides,
  };
}

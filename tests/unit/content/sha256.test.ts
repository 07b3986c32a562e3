import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { sha256Hex, sha256HexSync } from '../../../src/content/sha256';

describe('sha256', () => {
  it.each(['', 'abc', 'general purpose', 'x'.repeat(55), 'y'.repeat(56), 'z'.repeat(64), 'Ünïcødé “quotes” — ✓ 😀', 'a'.repeat(100_000)])(
    'matches Node crypto for %#',
    async (text) => {
      const expected = createHash('sha256').update(text, 'utf8').digest('hex');
      expect(sha256HexSync(text)).toBe(expected);
      expect(await sha256Hex(text)).toBe(expected);
    },
  );
});

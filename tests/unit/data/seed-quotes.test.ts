import { describe, expect, it } from 'vitest';
import { describeVerbatimMiss, findVerbatim, normaliseSeedText } from '../../../src/data/seed-quotes';

describe('normaliseSeedText', () => {
  it('collapses whitespace runs and removes markdown backslash escapes', () => {
    expect(normaliseSeedText('  European Digital Rights \\(EDRi\\),\n\n  a  coalition ')).toBe('European Digital Rights (EDRi), a coalition');
  });

  it('reads markdown links and bold markers as their text', () => {
    expect(normaliseSeedText('such as [Cisco\'s](#) Human Rights **Advisory** Committee; [Hewlett Packard Enterprise \\(HPE\\)](#)')).toBe(
      "such as Cisco's Human Rights Advisory Committee; Hewlett Packard Enterprise (HPE)",
    );
  });

  it('keeps typographic apostrophes, quotes and dashes as they are', () => {
    expect(normaliseSeedText('IBM’s ‘backdoors’ – “AI”')).toBe('IBM’s ‘backdoors’ – “AI”');
  });
});

describe('findVerbatim', () => {
  const seed = 'IBM does not put ‘backdoors’ in its\n   products for any government agency.';

  it('finds a quote across a line break', () => {
    expect(findVerbatim(seed, 'IBM does not put ‘backdoors’ in its products')).toEqual({ found: true });
  });

  it('rejects a quote whose typographic quotes were straightened', () => {
    const result = findVerbatim(seed, "IBM does not put 'backdoors' in its products");
    expect(result.found).toBe(false);
    if (!result.found) {
      expect(result.matchedPrefix).toBe('IBM does not put ');
      expect(result.nextInQuote.startsWith("'backdoors'")).toBe(true);
      expect(describeVerbatimMiss('ibm.txt', result)).toContain('"…IBM does not put "');
    }
  });

  it('rejects an empty quote and a reworded one', () => {
    expect(findVerbatim(seed, '').found).toBe(false);
    expect(findVerbatim(seed, 'IBM never puts backdoors in its products').found).toBe(false);
  });
});

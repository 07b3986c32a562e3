import { describe, expect, it } from 'vitest';
import { plural, formatCount } from '../../../../src/core/records/labels';

describe('counts as readers see them', () => {
  it('groups thousands with commas, as toLocaleString("en") does', () => {
    for (const n of [0, 1, 12, 999, 1000, 6000, 12345, 188680, 1234567, -4200]) expect(formatCount(n)).toBe(n.toLocaleString('en'));
  });

  it('names one thing in the singular and any other count in the plural', () => {
    expect(plural(1, 'vague term')).toBe('1 vague term');
    expect(plural(6000, 'vague term')).toBe('6,000 vague terms');
    expect(plural(0, 'open question')).toBe('0 open questions');
  });

  it('no page-facing code calls toLocaleString: its first call costs tens of milliseconds in Chromium', async () => {
    const { readFileSync, readdirSync } = await import('node:fs');
    const { join } = await import('node:path');
    const walk = (dir: string): string[] => readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : /\.tsx?$/.test(e.name) ? [join(dir, e.name)] : []));
    const offenders = ['src/content', 'src/core'].flatMap(walk).filter((f) => /toLocale\w*String\(/.test(readFileSync(f, 'utf8')));
    expect(offenders).toEqual([]);
  });
});

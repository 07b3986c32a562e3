/**
 * Per-site exceptions as typed by a person: a host (`example.com`), a wildcard for it and its
 * subdomains (`*.example.com`), or a pasted address from which the host is taken.
 */
import { z } from 'zod';
import { SitePattern } from '../../storage/settings';

export function parseSitePattern(input: string, existing: readonly string[]): { ok: true; pattern: string } | { ok: false; error: string } {
  let value = input.trim();
  if (value === '') return { ok: false, error: 'Enter a site such as example.com or *.example.com.' };
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(value)) {
    try {
      value = new URL(value).hostname;
    } catch {
      return { ok: false, error: 'That address could not be read; enter just the host, e.g. example.com.' };
    }
  }
  const parsed = SitePattern.safeParse(value);
  if (!parsed.success) return { ok: false, error: `“${input.trim()}” ${z.prettifyError(parsed.error).replace(/^✖\s*/, '').split('\n')[0]}.` };
  if (existing.includes(parsed.data)) return { ok: false, error: `${parsed.data} is already in the list.` };
  return { ok: true, pattern: parsed.data };
}

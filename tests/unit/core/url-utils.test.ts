import { describe, expect, it } from 'vitest';
import { comparableUrl, hostOf, hostOnDomain } from '../../../src/core/url-utils';

describe('url helpers', () => {
  it('compares page addresses without scheme, www, query, fragment, trailing slash or case', () => {
    expect(comparableUrl('https://www.IBM.com/policy/Trust-Principles/?x=1#top')).toBe(comparableUrl('http://ibm.com/policy/trust-principles'));
    expect(comparableUrl('https://ibm.com/policy/a')).not.toBe(comparableUrl('https://ibm.com/policy/b'));
  });

  it('knows subdomains and rejects look-alike hosts', () => {
    expect(hostOnDomain(hostOf('https://newsroom.ibm.com/x'), 'ibm.com')).toBe(true);
    expect(hostOnDomain(hostOf('https://notibm.com/x'), 'ibm.com')).toBe(false);
    expect(hostOnDomain(hostOf('https://ibm.com.evil.example/x'), 'ibm.com')).toBe(false);
    expect(hostOf('file:///tmp/x.html')).toBe('');
    expect(hostOf('not a url')).toBe('');
  });
});

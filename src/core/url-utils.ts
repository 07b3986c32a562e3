/** Small URL helpers shared by company detection, page-kind rules and the missing-quote check. */

/** Lowercase host without `www.`; '' for anything that is not an absolute http(s) URL. */
export function hostOf(url: string): string {
  try {
    const u = new URL(url);
    if (u.protocol !== 'http:' && u.protocol !== 'https:') return '';
    return u.hostname.toLowerCase().replace(/^www\./, '');
  } catch {
    return '';
  }
}

/** True when `host` is `domain` or one of its subdomains (`newsroom.ibm.com` is on `ibm.com`). */
export function hostOnDomain(host: string, domain: string): boolean {
  const d = domain.toLowerCase().replace(/^www\./, '');
  return host === d || host.endsWith('.' + d);
}

/** Lowercase path of a URL ('' when unparsable). */
export function pathOf(url: string): string {
  try {
    return new URL(url).pathname.toLowerCase();
  } catch {
    return '';
  }
}

/**
 * A comparable form of a page address: no scheme, `www.`, query, fragment or trailing slash,
 * so `https://www.ibm.com/policy/x/` and `http://ibm.com/policy/x#top` are the same page.
 */
export function comparableUrl(url: string): string {
  try {
    const u = new URL(url);
    const path = u.pathname.replace(/\/+$/, '').replace(/\/index\.html?$/, '');
    return u.hostname.toLowerCase().replace(/^www\./, '') + path.toLowerCase();
  } catch {
    return url.trim().toLowerCase();
  }
}

/** The words of a URL's path ("/policy/facial-recognition-sunset/" → "policy facial recognition sunset"): topic terms in an address. */
export function urlWords(url: string): string {
  let path: string;
  try {
    path = decodeURIComponent(new URL(url).pathname);
  } catch {
    return '';
  }
  return path.replace(/\.[a-z0-9]{2,5}$/i, '').replace(/[/_\-.+~%=]+/g, ' ').trim();
}

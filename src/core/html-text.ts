/**
 * Visible text and metadata from an HTML document without a DOM (for the CLI, tests and benchmarks;
 * the content script walks the real DOM instead). A small tokenizer: skips comments, scripts, styles,
 * templates, noscript, SVG and nodes hidden by `hidden`, `aria-hidden="true"`, `display:none` or
 * `visibility:hidden`; decodes character references; turns block boundaries into line breaks.
 */
import type { PageInput } from './analysis-schema';
import { decodeEntities } from './html-entities';
import { organizationNameOf } from './publisher';

const RAW_TEXT = new Set(['script', 'style', 'template', 'noscript', 'textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes']);
const SKIPPED = new Set(['script', 'style', 'template', 'noscript', 'svg', 'math', 'head', 'iframe', 'object', 'noembed', 'noframes', 'select', 'button']);
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr']);
const BLOCK = new Set([
  'address', 'article', 'aside', 'blockquote', 'br', 'dd', 'div', 'dl', 'dt', 'fieldset', 'figcaption', 'figure', 'footer',
  'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'table',
  'td', 'th', 'tr', 'ul', 'caption', 'summary', 'details', 'body', 'html',
]);

export interface ExtractedPage {
  text: string;
  title: string;
  /** The page's own address from `<link rel=canonical>` or `og:url`, when present. */
  url: string | undefined;
  meta: NonNullable<PageInput['meta']> & { jsonLdTypes: string[] };
}

/** A tag's start at a given position (sticky); the tag runs to the next ">", as in a browser. */
const TAG_START = /<(\/?)([a-zA-Z][a-zA-Z0-9:-]*)/y;
const ATTR = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g;

function parseAttributes(source: string): Map<string, string> {
  const attrs = new Map<string, string>();
  for (const m of source.matchAll(ATTR)) {
    const name = m[1]!.toLowerCase();
    if (!attrs.has(name)) attrs.set(name, decodeEntities(m[2] ?? m[3] ?? m[4] ?? ''));
  }
  return attrs;
}

function isHidden(attrs: Map<string, string>): boolean {
  if (attrs.has('hidden') || attrs.get('aria-hidden') === 'true') return true;
  if ((attrs.get('type') ?? '').toLowerCase() === 'hidden') return true;
  const style = (attrs.get('style') ?? '').toLowerCase().replace(/\s+/g, '');
  return style.includes('display:none') || style.includes('visibility:hidden');
}

function readJsonLd(json: string, meta: ExtractedPage['meta']): void {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch {
    return; // a broken JSON-LD block is the page's problem, not a reason to fail the scan
  }
  const visit = (node: unknown, depth: number): void => {
    if (depth > 6 || node === null || typeof node !== 'object') return;
    if (Array.isArray(node)) return node.forEach((n) => visit(n, depth + 1));
    const obj = node as Record<string, unknown>;
    const type = obj['@type'];
    for (const t of Array.isArray(type) ? type : [type]) if (typeof t === 'string') meta.jsonLdTypes.push(t);
    if (obj['@graph']) visit(obj['@graph'], depth + 1);
  };
  visit(data, 0);
  meta.organizationName ??= organizationNameOf(data);
}

export function extractPage(html: string): ExtractedPage {
  const parts: string[] = [];
  const stack: string[] = [];
  /** Depth of the stack at which a hidden or skipped subtree started; -1 when text is visible. */
  let hiddenAt = -1;
  let title = '';
  let canonical: string | undefined;
  const meta: ExtractedPage['meta'] = { jsonLdTypes: [] };
  const metaProps = new Map<string, string>();
  let i = 0;
  let nextGt = -1;
  const n = html.length;
  while (i < n) {
    const lt = html.indexOf('<', i);
    const textEnd = lt < 0 ? n : lt;
    if (textEnd > i && hiddenAt < 0) parts.push(decodeEntities(html.slice(i, textEnd)));
    if (lt < 0) break;
    if (html.startsWith('<!--', lt)) {
      const end = html.indexOf('-->', lt + 4);
      i = end < 0 ? n : end + 3;
      continue;
    }
    if (html[lt + 1] === '!' || html[lt + 1] === '?') {
      const end = html.indexOf('>', lt);
      i = end < 0 ? n : end + 1;
      continue;
    }
    TAG_START.lastIndex = lt;
    const start = TAG_START.exec(html);
    if (!start) {
      // A stray "<" in text ("a < b"): keep it as text.
      if (hiddenAt < 0) parts.push('<');
      i = lt + 1;
      continue;
    }
    // The next ">" is remembered, so a page full of "<" without ">" stays linear.
    if (nextGt < lt) nextGt = html.indexOf('>', lt);
    if (nextGt < 0) break; // an unterminated tag at the end of the document: browsers drop it too
    const inside = html.slice(lt + start[0].length, nextGt);
    i = nextGt + 1;
    const selfClosing = inside.endsWith('/');
    const closing = start[1] === '/';
    const name = start[2]!.toLowerCase();
    if (closing) {
      const at = stack.lastIndexOf(name);
      if (at >= 0) {
        stack.length = at;
        if (hiddenAt >= 0 && stack.length <= hiddenAt) hiddenAt = -1;
      }
      if (BLOCK.has(name) && hiddenAt < 0) parts.push('\n');
      continue;
    }
    const attrs = parseAttributes(selfClosing ? inside.slice(0, -1) : inside);
    if (name === 'meta') {
      const key = (attrs.get('property') ?? attrs.get('name') ?? '').toLowerCase();
      if (key) metaProps.set(key, attrs.get('content') ?? '');
    } else if (name === 'link' && (attrs.get('rel') ?? '').toLowerCase().split(/\s+/).includes('canonical')) {
      canonical ??= attrs.get('href');
    }
    if (RAW_TEXT.has(name)) {
      // Raw text runs to the matching end tag, whatever it contains ("</div>" inside a script string).
      const closer = new RegExp('</' + name + '\\b', 'gi');
      closer.lastIndex = i;
      const close = closer.exec(html)?.index ?? -1;
      const body = html.slice(i, close < 0 ? n : close);
      const end = close < 0 ? n : html.indexOf('>', close);
      i = end < 0 ? n : end + 1;
      if (name === 'title') title ||= decodeEntities(body).replace(/\s+/g, ' ').trim();
      else if (name === 'script' && (attrs.get('type') ?? '').toLowerCase() === 'application/ld+json') readJsonLd(body, meta);
      else if (name === 'textarea' && hiddenAt < 0 && !isHidden(attrs)) parts.push(decodeEntities(body));
      continue;
    }
    if (VOID.has(name) || selfClosing) {
      if (BLOCK.has(name) && hiddenAt < 0) parts.push('\n');
      continue;
    }
    if (name === 'body') {
      // An unclosed <head> ends where <body> starts.
      const head = stack.lastIndexOf('head');
      if (head >= 0) {
        stack.length = head;
        if (hiddenAt >= stack.length) hiddenAt = -1;
      }
    }
    stack.push(name);
    if (hiddenAt < 0 && (SKIPPED.has(name) || isHidden(attrs))) hiddenAt = stack.length - 1;
    if (BLOCK.has(name) && hiddenAt < 0) parts.push('\n');
  }
  const ogUrl = metaProps.get('og:url');
  if (metaProps.get('og:type')) meta.ogType = metaProps.get('og:type');
  if (metaProps.get('og:site_name')) meta.ogSiteName = metaProps.get('og:site_name');
  if (canonical) meta.canonicalUrl = canonical;
  const description = metaProps.get('description') ?? metaProps.get('og:description');
  if (description) meta.description = description;
  if (!title && metaProps.get('og:title')) title = metaProps.get('og:title')!;
  return { text: tidy(parts.join('')), title, url: canonical || ogUrl || undefined, meta };
}

/** Collapses runs of spaces and of line breaks, as a browser's rendering would; one line per block. */
function tidy(text: string): string {
  return text
    .replace(/[ \t\f\r\u00a0]+/g, ' ')
    .replace(/ *\n[ \n]*/g, '\n')
    .trim();
}

/**
 * Reads what `pledgewatch scan` is given: files, folders (every file inside, recursively) and http(s)
 * URLs. Rejects binary content with a clear reason instead of scanning garbage.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import { extname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

export interface LoadedInput {
  /** What the user typed, or the file's path when it came from a folder. */
  input: string;
  content: string;
  isHtml: boolean;
  /** Address of the page: the fetched URL or the file's file:// URL (canonical links override it later). */
  location: string;
}

export class InputError extends Error {}

const HTML_EXT = new Set(['.html', '.htm', '.xhtml', '.shtml']);

/** Text or not, from the bytes: NUL bytes or many control characters mean binary (PDF, image, archive). */
export function decodeText(bytes: Uint8Array, what: string): string {
  const head = bytes.subarray(0, 65536);
  let control = 0;
  for (const b of head) {
    if (b === 0) throw new InputError(`${what} is not a text file (it contains binary data)`);
    if (b < 32 && b !== 9 && b !== 10 && b !== 13 && b !== 12) control++;
  }
  if (head.length > 0 && control / head.length > 0.05) throw new InputError(`${what} is not a text file (it contains binary data)`);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    // Older pages are often Windows-1252; every byte sequence is valid there.
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

export function looksLikeHtml(content: string, name: string, contentType?: string): boolean {
  if (contentType) return /html|xml/i.test(contentType);
  if (HTML_EXT.has(extname(name).toLowerCase())) return true;
  return /^\s*(?:<!doctype html|<html|<head|<body|<!--)/i.test(content.slice(0, 1024));
}

async function loadUrl(url: string): Promise<LoadedInput> {
  let response: Response;
  try {
    response = await fetch(url, { signal: AbortSignal.timeout(20_000), redirect: 'follow', headers: { 'user-agent': 'pledgewatch-scan' } });
  } catch (error) {
    throw new InputError(`${url} could not be fetched (${(error as Error).message})`);
  }
  if (!response.ok) throw new InputError(`${url} answered HTTP ${response.status}`);
  const type = response.headers.get('content-type') ?? '';
  if (type && !/^text\/|html|xml|json/i.test(type)) throw new InputError(`${url} is not a text page (content-type ${type})`);
  const content = decodeText(new Uint8Array(await response.arrayBuffer()), url);
  return { input: url, content, isHtml: looksLikeHtml(content, url, type || undefined), location: response.url || url };
}

async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const files: string[] = [];
  for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    if (entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) files.push(...(await listFiles(path)));
    else if (entry.isFile()) files.push(path);
  }
  return files;
}

async function loadFile(path: string): Promise<LoadedInput> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new InputError(code === 'ENOENT' ? `${path}: no such file` : `${path} could not be read (${code ?? (error as Error).message})`);
  }
  const content = decodeText(bytes, path);
  return { input: path, content, isHtml: looksLikeHtml(content, path), location: pathToFileURL(resolve(path)).href };
}

/**
 * Expands one command-line argument into the inputs to scan. A folder yields one loader per file, so
 * one unreadable file does not stop the rest.
 */
export async function expandArgument(arg: string): Promise<{ name: string; load: () => Promise<LoadedInput> }[]> {
  if (/^https?:\/\//i.test(arg)) return [{ name: arg, load: () => loadUrl(arg) }];
  let info;
  try {
    info = await stat(arg);
  } catch {
    return [{ name: arg, load: () => Promise.reject(new InputError(`${arg}: no such file or folder`)) }];
  }
  if (info.isDirectory()) {
    const files = await listFiles(arg);
    if (files.length === 0) return [{ name: arg, load: () => Promise.reject(new InputError(`${arg}: the folder has no files`)) }];
    return files.map((file) => ({ name: file, load: () => loadFile(file) }));
  }
  return [{ name: arg, load: () => loadFile(arg) }];
}

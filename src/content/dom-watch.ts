/**
 * Watching a dynamic page the way uBlock Origin and Dark Reader do: the MutationObserver callback only
 * stashes records; once per animation frame the stash becomes a list of added subtree roots (nodes
 * inside another added node dropped, the extension's own nodes ignored). A burst past
 * `BURST_RECORDS` skips the per-node work and asks for one full rescan at idle time instead.
 * Single-page-app navigation (a new URL without a page load) also asks for a full rescan.
 */
import { isSkippedParent } from './extract-text';
import { whenIdle } from './scheduler';

export const BURST_RECORDS = 1000;

/** Whether a page's growth since its last full read is large enough to read it again. */
export const grewEnough = (added: number, last: number) => added > Math.max(2000, last / 4);

export interface DomWatchHandlers {
  /** New or changed content to scan: elements and text nodes, none inside another. */
  onAdded(roots: Node[]): void;
  /** Something was removed or changed in place: painted items may have gone stale. */
  onRemoved(): void;
  /** Too much changed at once, or the URL changed: rescan the whole page. */
  onRescan(reason: 'burst' | 'navigation'): void;
  /**
   * The URL changed: said at once, where the rescan waits for an idle moment (the app is still drawing its
   * new view), so that what is asked in between is not answered with the old view's analysis.
   */
  onNavigation?(): void;
  /** The extension's own nodes (its UI host, its marks): their mutations are never the page's. */
  isOwn(node: Node): boolean;
}

export interface DomWatch {
  /** Runs the extension's own DOM writes without their records ever reaching the handlers. */
  ownWrite<T>(write: () => T): T;
  stop(): void;
}

const urlWithoutHash = (href: string) => href.replace(/#.*$/, '');

/** Drops roots inside other roots, disconnected nodes and nodes the extension must not read. */
export function topLevelRoots(candidates: Iterable<Node>, isOwn: (n: Node) => boolean): Node[] {
  const set = new Set<Node>();
  for (const node of candidates) {
    if (!node.isConnected || isOwn(node)) continue;
    if (node.nodeType !== Node.ELEMENT_NODE && node.nodeType !== Node.TEXT_NODE) continue;
    set.add(node);
  }
  const roots: Node[] = [];
  for (const node of set) {
    let inside = false;
    for (let p = node.parentNode; p; p = p.parentNode) {
      if (set.has(p) || isOwn(p)) {
        inside = true;
        break;
      }
    }
    const parent = node.parentElement;
    if (!inside && parent && node.nodeType === Node.TEXT_NODE && isSkippedParent(parent)) inside = true;
    if (!inside) roots.push(node);
  }
  return roots;
}

export function watchDom(doc: Document, handlers: DomWatchHandlers): DomWatch {
  const win = doc.defaultView!;
  let stash: MutationRecord[] = [];
  let frame = 0;
  let cancelIdle: (() => void) | null = null;
  let lastUrl = urlWithoutHash(win.location.href);

  const requestRescan = (reason: 'burst' | 'navigation') => {
    cancelIdle?.();
    cancelIdle = whenIdle(win, () => {
      cancelIdle = null;
      handlers.onRescan(reason);
    });
  };

  const checkUrl = () => {
    const url = urlWithoutHash(win.location.href);
    if (url === lastUrl) return false;
    lastUrl = url;
    handlers.onNavigation?.();
    requestRescan('navigation');
    return true;
  };

  const process = () => {
    frame = 0;
    const records = stash;
    stash = [];
    if (checkUrl()) return;
    if (records.length > BURST_RECORDS) {
      requestRescan('burst');
      return;
    }
    const added: Node[] = [];
    let removed = false;
    for (const r of records) {
      if (handlers.isOwn(r.target)) continue;
      if (r.type === 'characterData') {
        // Text changed in place: rescan that text node (its old highlights are pruned as stale).
        added.push(r.target);
        removed = true;
        continue;
      }
      for (const n of r.addedNodes) added.push(n);
      if (r.removedNodes.length > 0) removed = true;
    }
    if (removed) handlers.onRemoved();
    const roots = topLevelRoots(added, handlers.isOwn);
    if (roots.length > 0) handlers.onAdded(roots);
  };

  // The callback does nothing but stash: the page's own mutation-heavy work must not pay for us.
  const observer = new MutationObserver((records) => {
    for (const r of records) stash.push(r);
    if (frame === 0) frame = win.requestAnimationFrame(process);
  });
  // The document, not its element: a page that removes or replaces documentElement is still watched.
  observer.observe(doc, { childList: true, subtree: true, characterData: true });
  const onHistory = () => {
    if (frame === 0) frame = win.requestAnimationFrame(process);
  };
  win.addEventListener('popstate', onHistory);
  win.addEventListener('hashchange', onHistory);

  return {
    ownWrite(write) {
      // Keep the page's pending records, perform our writes, then discard the records they caused.
      for (const r of observer.takeRecords()) stash.push(r);
      try {
        return write();
      } finally {
        observer.takeRecords();
        if (stash.length > 0 && frame === 0) frame = win.requestAnimationFrame(process);
      }
    },
    stop() {
      observer.disconnect();
      if (frame) win.cancelAnimationFrame(frame);
      cancelIdle?.();
      win.removeEventListener('popstate', onHistory);
      win.removeEventListener('hashchange', onHistory);
      stash = [];
    },
  };
}

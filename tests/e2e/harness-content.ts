/**
 * Helpers for tests of the in-page experience: what is highlighted, what the card says, settings.
 * Page-side code reads highlights from `CSS.highlights` (shared by the page and the content script)
 * and `<pledgewatch-mark>` elements, and never trusts `Range.prototype.toString` (hostile pages
 * replace it): text is read from cloned contents.
 */
import type { Page } from 'puppeteer-core';
import type { PageAnalysis } from '../../src/core/analysis-schema';
import type { ExtensionBrowser } from './harness';

export interface Highlighted {
  name: string;
  text: string;
  /** Ids of the nearest ancestors with an id, at the range's start and end. */
  startId: string | null;
  endId: string | null;
  endTag: string | null;
}

/** The content script's analysis, once it has one (polls: it answers after its first pass). */
export async function waitForAnalysis(ext: ExtensionBrowser, page: Page, timeout = 15_000): Promise<PageAnalysis> {
  const until = Date.now() + timeout;
  let last: unknown;
  while (Date.now() < until) {
    last = await ext.askContent(page, { type: 'content/get-analysis' }).catch((e: unknown) => String(e));
    const reply = last as { ok?: boolean; value?: PageAnalysis | null };
    if (reply?.ok && reply.value) return reply.value;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`no analysis from the content script: ${JSON.stringify(last)}`);
}

export async function highlighted(page: Page): Promise<Highlighted[]> {
  return page.evaluate(() => {
    const idOf = (n: Node | null) => {
      const el = n ? (n.nodeType === 1 ? (n as Element) : n.parentElement) : null;
      return el?.closest('[id]')?.id ?? null;
    };
    const out: { name: string; text: string; startId: string | null; endId: string | null; endTag: string | null }[] = [];
    const registry = (globalThis as unknown as { CSS?: { highlights?: Map<string, Set<AbstractRange>> } }).CSS?.highlights;
    for (const [name, h] of registry ?? []) {
      if (!name.startsWith('pw-')) continue;
      for (const r of h) {
        if (r.collapsed || !(r instanceof Range)) continue;
        out.push({
          name,
          // Same text node: slice it (cloning a range in a huge text node costs a copy of all of it).
          text:
            r.startContainer === r.endContainer && r.startContainer.nodeType === 3
              ? (r.startContainer as Text).data.slice(r.startOffset, r.endOffset)
              : (r.cloneContents().textContent ?? ''),
          startId: idOf(r.startContainer),
          endId: idOf(r.endContainer),
          endTag: (r.endContainer.nodeType === 1 ? (r.endContainer as Element) : r.endContainer.parentElement)?.tagName ?? null,
        });
      }
    }
    for (const m of document.querySelectorAll('pledgewatch-mark')) {
      out.push({ name: 'mark:' + m.getAttribute('data-pw-cat'), text: m.textContent ?? '', startId: idOf(m), endId: idOf(m), endTag: m.parentElement?.tagName ?? null });
    }
    return out;
  });
}

export async function waitForHighlight(page: Page, predicate: (h: Highlighted[]) => boolean, timeout = 10_000): Promise<Highlighted[]> {
  const until = Date.now() + timeout;
  let last: Highlighted[] = [];
  while (Date.now() < until) {
    last = await highlighted(page);
    if (predicate(last)) return last;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`highlights never matched; last: ${JSON.stringify(last.map((h) => `${h.name}:${h.text}`)).slice(0, 2000)}`);
}

/** The explanation card (inside the extension's shadow root): its text and mode, or null when closed. */
export async function card(page: Page): Promise<{ text: string; mode: string | null; visible: boolean; focused: boolean } | null> {
  return page.evaluate(() => {
    const root = document.querySelector('pledgewatch-ui')?.shadowRoot;
    const el = root?.querySelector<HTMLElement>('.card');
    if (!root || !el) return null;
    const rect = el.getBoundingClientRect();
    return {
      text: el.textContent ?? '',
      mode: el.getAttribute('data-pw-card'),
      visible: rect.width > 0 && rect.height > 0 && getComputedStyle(el).position === 'fixed',
      focused: root.activeElement === el,
    };
  });
}

export async function waitForCard(page: Page, open = true, timeout = 5_000): Promise<Awaited<ReturnType<typeof card>>> {
  const until = Date.now() + timeout;
  for (;;) {
    const c = await card(page);
    if ((c !== null) === open) return c;
    if (Date.now() > until) throw new Error(`card never ${open ? 'opened' : 'closed'}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** The viewport centre of the first occurrence of `text` inside the element with `id`. */
export async function pointOf(page: Page, id: string, text: string): Promise<{ x: number; y: number }> {
  return page.evaluate(
    (elementId: string, wanted: string) => {
      const el = document.getElementById(elementId)!;
      el.scrollIntoView({ block: 'center' });
      const walker = Document.prototype.createTreeWalker.call(document, el, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
        const at = n.data.indexOf(wanted);
        if (at < 0) continue;
        const r = document.createRange();
        r.setStart(n, at);
        r.setEnd(n, at + Math.min(wanted.length, n.data.length - at));
        const box = r.getClientRects()[0]!;
        return { x: box.left + Math.min(box.width / 2, 20), y: box.top + box.height / 2 };
      }
      throw new Error(`"${wanted}" not found in #${elementId}`);
    },
    id,
    text,
  );
}

/** Writes settings the way the options page does (storage.local 'pw:settings'). */
export async function setSettings(ext: ExtensionBrowser, settings: Record<string, unknown> | null): Promise<void> {
  await ext.extensionEval(
    (api, value: Record<string, unknown> | null) => (value === null ? api.storage.local.remove('pw:settings') : api.storage.local.set({ 'pw:settings': value })),
    settings,
  );
}

export async function outerHtml(page: Page): Promise<string> {
  return page.evaluate(() => document.documentElement.outerHTML);
}

export async function htmlBefore(page: Page): Promise<string> {
  const before = await page.evaluate(() => (window as unknown as { pwBefore?: string | null }).pwBefore ?? null);
  if (!before) throw new Error('the fixture did not record its DOM at DOMContentLoaded');
  return before;
}

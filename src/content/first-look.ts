/**
 * The content script's first stage, the only code that runs on every page: look at the page's
 * `textContent` (prescreen.ts) and, when that rules the page out, report so and keep an eye on it; else
 * ask the background to load the full stage (start-content.ts: the core, the dataset, highlighting, the
 * page UI), which takes over from here. Most pages never load the full stage, so they never parse it:
 * evaluating the whole content script took about 35 ms per page, most of it zod, the lexicons and the pack.
 *
 * So this stage imports no zod, no Preact and no lexicon beyond the first-look pack. Its messages are the
 * protocol's (messaging/protocol.ts) and the background validates them with it; it answers the background
 * through content-messages.ts, as the full stage does, which takes the protocol's types only.
 */
import type { PageAnalysis } from '../core/analysis-schema';
import { notRelevant } from '../core/relevance/decide';
import { contentMessageListener, snapshot, type ContentMessageListener } from './content-messages';
import { watchDom, grewEnough, type DomWatch } from './dom-watch';
import { extractText } from './extract-text';
import { contentFirstLook } from './first-look-pack';
import { fullStageRunning, handOver, type FirstLook } from './first-look-handover';
import { pageTextRoot } from './page-capability';
import { prescreenPage } from './prescreen';
import { yieldToPage } from './scheduler';

export interface FirstLookDeps {
  doc: Document;
  /** runtime.sendMessage. */
  send(message: { type: string; [key: string]: unknown }): Promise<unknown>;
  /** runtime.onMessage (content-messages.ts listenOnRuntime). Returns the remover. */
  listen(listener: ContentMessageListener): () => void;
}

export function startFirstLook(deps: FirstLookDeps): FirstLook {
  const { doc } = deps;
  // The full stage can get here first (injected for the page this tab showed a moment ago): it does all.
  if (fullStageRunning()) return { verdict: () => null, core: contentFirstLook, stop() {} };
  const win = doc.defaultView!;
  let analysis: PageAnalysis | null = null;
  let onward: 'maybe' | 'likely' | null = null;
  let addedSinceLook = 0;
  /** The text length at the last look: how much the page must grow before it is looked at again. */
  let lookedLength = 0;

  function look(): void {
    if (onward) return;
    const url = win.location.href;
    const { hints, relaxed } = contentFirstLook();
    const { verdict, textLength } = prescreenPage(doc, url, hints, relaxed);
    addedSinceLook = 0;
    lookedLength = textLength;
    if (verdict === 'not-relevant') {
      analysis = notRelevant({ url, title: doc.title, textLength });
      // Every page is reported, relevant or not, so the background can clear a stale badge.
      deps.send({ type: 'page/analysed', analysis }).catch(() => undefined);
      return;
    }
    onward = verdict;
    // An earlier "not relevant" no longer holds; until the full stage reports, there is no analysis.
    analysis = null;
    // The watch goes on until the full stage takes over (stop()): if the background cannot inject it (the
    // tab closed, site access withdrawn), the page is asked for again once it grows or navigates, as a
    // page ruled out is looked at again, and never in a loop.
    const failed = (error: unknown) => {
      console.warn('Pledgewatch: could not load the page analysis:', error);
      onward = null;
    };
    // The background's handler replies { ok: false, error } when injecting fails; sendMessage rejects only
    // when nothing listens.
    deps.send({ type: 'page/load-full' }).then((reply) => {
      const r = reply as { ok?: unknown; error?: unknown } | undefined;
      if (r?.ok === false) failed(r.error);
    }, failed);
  }

  // A page may remove its documentElement: it then reads as empty instead of throwing (page-capability.ts).
  const readText = () => {
    const root = pageTextRoot(doc);
    return root ? extractText(root).text : '';
  };

  const watch: DomWatch = watchDom(doc, {
    isOwn: () => false,
    onAdded(roots) {
      // A page ruled out is looked at again only once it has grown a lot: a ticker costs nothing.
      for (const r of roots) addedSinceLook += r.textContent?.length ?? 0;
      if (grewEnough(addedSinceLook, lookedLength)) look();
    },
    onRemoved() {},
    onRescan: look,
  });

  const stopListening = deps.listen(
    contentMessageListener({
      'content/get-analysis': () => analysis,
      // Nothing is highlighted before the full stage: there is nothing to scroll to.
      'content/scroll-to': () => false,
      'content/snapshot': () => snapshot(doc, readText),
    }),
  );

  const firstLook: FirstLook = {
    verdict: () => onward,
    core: contentFirstLook,
    stop() {
      watch.stop();
      stopListening();
    },
  };
  handOver(firstLook);
  void yieldToPage().then(look);
  return firstLook;
}

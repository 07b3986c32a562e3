/**
 * Wires the content script's full stage: settings, the page session, the core with the bundled dataset,
 * the background report and the `toContent` message handlers. It runs where the first stage
 * (first-look.ts) could not rule the page out, and takes over from it. Kept apart from the WXT entrypoint
 * so the entrypoint stays a few lines.
 */
import type { PageAnalysis } from '../core/analysis-schema';
import { unpackAnalysis } from '../core/analysis-wire';
import type { TermInfo } from '../core/lexicon/term-info';
import { analyseInBackgroundOrHere, contentTermInfo, prescreenForContent } from './analyse';
import { loadPageEngine } from './page-engine';
import type { Settings } from '../storage/settings';
import { followSettings, loadSettings } from './settings-from-background';
import { contentMessageListener, listenOnRuntime, sendFromContent, snapshot } from './content-messages';
import { highlightApiAvailable, createHighlightPainter } from './paint-highlights';
import { createWrapPainter } from './paint-wraps';
import { takeOverFirstLook } from './first-look-handover';
import { startPageSession } from './page-session';
import { sha256Hex } from './sha256';

let termCache: { custom: Settings['customTerms']; map: Map<string, TermInfo> } | undefined;

/** Bundled lexicon plus the user's own terms, by id. */
function termsFor(settings: Settings): ReadonlyMap<string, TermInfo> {
  if (termCache?.custom !== settings.customTerms) {
    const map = new Map(contentTermInfo().map((t) => [t.id, t]));
    for (const t of settings.customTerms) map.set(t.id, t);
    termCache = { custom: settings.customTerms, map };
  }
  return termCache.map;
}

export async function startContent(onInvalidated: (cleanup: () => void) => void): Promise<void> {
  // The first stage already looked at this page: its verdict serves the first pass instead of a second look.
  const first = takeOverFirstLook();
  let handedOver = first?.verdict() ?? null;
  // The first stage's parsed first look, for later looks (a navigation, a page grown a lot). Where the full
  // stage got here first there is none: every pass goes to the background, whose exact screen rules as well.
  const look = first?.core() ?? null;
  // Storage unavailable (extension updating, profile locked): behave as installed.
  const settings = await loadSettings();
  // Whole-page analyses the background made and kept as the tab's (page/analyse with `record`): not sent back.
  const keptByBackground = new WeakSet<PageAnalysis>();
  const session = startPageSession(
    {
      doc: document,
      analyse: (input, current, options) =>
        analyseInBackgroundOrHere(input, current, options, {
          analysis: async (request) => {
            const analysis = unpackAnalysis(await sendFromContent({ type: 'page/analyse', ...request }), request.input.text);
            if (request.record) keptByBackground.add(analysis);
            return analysis;
          },
          dataset: (request) => sendFromContent({ type: 'page/dataset', ...request }),
          engine: () => loadPageEngine(() => sendFromContent({ type: 'page/load-engine' })),
        }),
      prescreen(doc, url) {
        const verdict = handedOver;
        handedOver = null;
        return verdict ?? (look ? prescreenForContent(look, doc, url) : 'maybe');
      },
      details: (request) => sendFromContent({ type: 'page/details', ...request }),
      terms: termsFor,
      report: (analysis: PageAnalysis) => {
        // Every page is reported, relevant or not, so the background can clear a stale badge; one the background
        // analysed and kept already is not sent back (serialising thousands of terms again cost a 1 MB page 13 ms).
        if (keptByBackground.has(analysis)) return;
        sendFromContent({ type: 'page/analysed', analysis }).catch(() => undefined);
      },
      createPainter: () => (highlightApiAvailable() ? createHighlightPainter() : createWrapPainter()),
      correct: async (req) => {
        const reply = await sendFromContent({ type: 'flags/correction', ...req, textHash: await sha256Hex(session.readText()) });
        if (!reply.flagId) throw new Error('the background saved no flag');
      },
    },
    settings,
  );
  const stopSettings = followSettings((next) => session.applySettings(next));
  const stopMessages = listenOnRuntime(
    contentMessageListener({
      'content/get-analysis': async () => {
        await session.ready();
        return session.analysis();
      },
      'content/scroll-to': async (body) => {
        await session.ready();
        return session.cards()?.scrollTo(body.termId, body.occurrence ?? 0) ?? false;
      },
      'content/snapshot': () => snapshot(document, () => session.readText()),
    }),
  );
  onInvalidated(() => {
    stopMessages();
    stopSettings();
    session.stop();
  });
}

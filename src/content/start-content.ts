/**
 * Wires the content script's full stage: settings, the page session, the core with the bundled dataset,
 * the background report and the `toContent` message handlers. It runs where the first stage
 * (first-look.ts) could not rule the page out, and takes over from it. Kept apart from the WXT entrypoint
 * so the entrypoint stays a few lines.
 */
import type { PageAnalysis } from '../core/analysis-schema';
import type { VagueTerm } from '../core/lexicon/schema';
import { analyseInBackgroundOrHere, contentVagueTerms, prescreenForContent } from './analyse';
import type { Settings } from '../storage/settings';
import { followSettings, loadSettings } from './settings-from-background';
import { contentMessageListener, listenOnRuntime, sendFromContent, snapshot } from './content-messages';
import { highlightApiAvailable, createHighlightPainter } from './paint-highlights';
import { createWrapPainter } from './paint-wraps';
import { takeOverFirstLook } from './first-look';
import { startPageSession } from './page-session';
import { sha256Hex } from './sha256';

let termCache: { custom: readonly VagueTerm[]; map: Map<string, VagueTerm> } | undefined;

/** Bundled lexicon plus the user's own terms, by id. */
function termsFor(settings: Settings): ReadonlyMap<string, VagueTerm> {
  if (termCache?.custom !== settings.customTerms) {
    const map = new Map(contentVagueTerms().map((t) => [t.id, t]));
    for (const t of settings.customTerms) map.set(t.id, t);
    termCache = { custom: settings.customTerms, map };
  }
  return termCache.map;
}

export async function startContent(onInvalidated: (cleanup: () => void) => void): Promise<void> {
  // The first stage already looked at this page: its verdict serves the first pass instead of a second look.
  let handedOver = takeOverFirstLook()?.verdict() ?? null;
  // Storage unavailable (extension updating, profile locked): behave as installed.
  const settings = await loadSettings();
  const session = startPageSession(
    {
      doc: document,
      analyse: (input, current, options) =>
        analyseInBackgroundOrHere(input, current, options, {
          analysis: (request) => sendFromContent({ type: 'page/analyse', ...request }),
          dataset: (request) => sendFromContent({ type: 'page/dataset', ...request }),
        }),
      prescreen(doc, url) {
        const verdict = handedOver;
        handedOver = null;
        return verdict ?? prescreenForContent(doc, url);
      },
      details: (request) => sendFromContent({ type: 'page/details', ...request }),
      terms: termsFor,
      report: (analysis: PageAnalysis) => {
        // Every page is reported, relevant or not, so the background can clear a stale badge.
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

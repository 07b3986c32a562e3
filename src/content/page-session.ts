/**
 * One page's life in the content script: read the text, run the core, report to the background, and
 * (on a relevant page, when settings allow) paint highlights and show the page UI; then keep up with
 * the page as it changes. On a page that is not relevant nothing here touches the DOM.
 */
import type { PageAnalysis, PageInput } from '../core/analysis-schema';
import { runSteps, type Steps } from '../core/steps';
import { noDetails, type DetailsRequest, type PageDetails } from '../core/page-details';
import type { TermInfo } from '../core/lexicon/term-info';
import type { CorrectionRequest } from '../flags/model/correction-flag';
import type { Settings } from '../storage/settings';
import { highlightingAllowed } from '../storage/settings-rules';
import { createCardController, type CardController } from './card-controller';
import { grewEnough, watchDom, type DomWatch } from './dom-watch';
import { extractText, extractTextSteps, type ExtractedText } from './extract-text';
import { buildItems, listEntries } from './items';
import { chipSummary } from './page-chip';
import type { Painter, PaintItem } from './paint-item';
import { MARK_TAG } from './paint-wraps';
import { readPageMeta } from './page-meta';
import { forEachSliced, runSliced, sliceClock, yieldToPage } from './scheduler';
import { createPageUi, UI_TAG, type PageUiHost } from './ui/ui-host';
import { canShowPageUi, pageTextRoot } from './page-capability';

export interface SessionDeps {
  doc: Document;
  /** `skipScreen`: added to a page already found relevant, or found likely relevant by `prescreen`. */
  /** `wholePage`: the full pass over the page (its answer is the page's analysis), not content added to it. */
  analyse(input: PageInput, settings: Settings, options?: { skipScreen?: boolean; wholePage?: boolean }): Promise<PageAnalysis> | PageAnalysis;
  /** Before a full read: the page's analysis when its `textContent` already rules it out (see analyse.ts). */
  prescreen?(doc: Document, url: string): PageAnalysis | 'maybe' | 'likely';
  /** The records' details for what the page shows, from the background (which holds the dataset). */
  details(request: DetailsRequest): Promise<PageDetails>;
  terms(settings: Settings): ReadonlyMap<string, TermInfo>;
  report(analysis: PageAnalysis): void;
  createPainter(): Painter;
  /** Sends a "Wrong?" correction to the background. */
  correct(req: Omit<CorrectionRequest, 'textHash'>): Promise<void>;
}

export interface PageSession {
  /** Resolves when the current pass (and its painting) is done. */
  ready(): Promise<void>;
  analysis(): PageAnalysis | null;
  applySettings(settings: Settings): void;
  /** Current extracted text (fresh read), for snapshots. */
  readText(): string;
  painted(): PaintItem[];
  cards(): CardController | null;
  stop(): void;
}

/** Above this many characters the reading and the analysis of a page run as separate tasks. */
const LARGE_PAGE_CHARS = 200_000;

export function startPageSession(deps: SessionDeps, initial: Settings): PageSession {
  const { doc } = deps;
  const win = doc.defaultView!;
  let settings = initial;
  let analysis: PageAnalysis | null = null;
  let painter: Painter | null = null;
  let ui: PageUiHost | null = null;
  let cards: CardController | null = null;
  let pass: Promise<void> = Promise.resolve();
  /** A single-page-app navigation seen and not yet rescanned (dom-watch.ts waits for an idle moment). */
  let navigation: { promise: Promise<void>; resolve: () => void } | null = null;
  let generation = 0;
  let nextId = 1;
  let chipDismissed = false;
  let noticeDismissed = false;
  let details: PageDetails = noDetails();
  /** Keys already asked for, by kind: a set each, as a page may show thousands of items (no key is built per item). */
  const asked = { terms: new Set<string>(), commitments: new Set<string>(), companies: new Set<string>() };
  let addedSinceFull = 0;
  /** Matches of this pass left unpainted in text nodes too long to repaint (items.ts). */
  let unpainted = 0;
  // A page script may clear `CSS.highlights` at any time and no event says so: look now and then.
  let repairTimer = 0;

  const isOwn = (node: Node): boolean => {
    const el = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement;
    return el !== null && (el.tagName === UI_TAG.toUpperCase() || el.closest(`${UI_TAG},${MARK_TAG}`) !== null);
  };

  const allowed = () => highlightingAllowed(settings, win.location.hostname);
  // No highlight where no card can explain it (XML feeds, SVG files), nor on a page left without a root.
  const shouldPaint = () => analysis?.relevant === true && allowed() && canShowPageUi(doc);
  function* readPageSteps(): Steps<ExtractedText> {
    const root = pageTextRoot(doc);
    return root ? yield* extractTextSteps(root) : { text: '', nodes: [], starts: [], ends: [] };
  }
  const readPage = (): ExtractedText => runSteps(readPageSteps());

  function teardown(): void {
    unpainted = 0;
    win.clearInterval(repairTimer);
    repairTimer = 0;
    cards?.detach();
    cards = null;
    watch.ownWrite(() => {
      painter?.clear();
      ui?.destroy();
    });
    painter = null;
    ui = null;
  }

  /** Asks the background for the details of what is shown and not yet asked for; redraws when they come. */
  function wantDetails(): void {
    if (!painter) return;
    const terms = deps.terms(settings);
    const request: DetailsRequest = { terms: [], commitmentIds: [], companyIds: [] };
    const fresh = (seen: Set<string>, key: string) => {
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    };
    for (const item of painter.items()) {
      if (item.kind === 'vague') {
        if (fresh(asked.terms, item.key)) request.terms.push({ id: item.key, questionIds: [...(terms.get(item.key)?.questionIds ?? [])] });
      } else if (item.kind === 'commitment' && fresh(asked.commitments, item.key)) request.commitmentIds.push(item.key);
    }
    for (const id of analysis?.missingQuotes ?? []) if (fresh(asked.commitments, id)) request.commitmentIds.push(id);
    for (const c of analysis?.companies ?? []) if (fresh(asked.companies, c.id)) request.companyIds.push(c.id);
    if (request.terms.length + request.commitmentIds.length + request.companyIds.length === 0) return;
    deps.details(request).then(
      (more) => {
        details = {
          questions: { ...details.questions, ...more.questions },
          commitments: { ...details.commitments, ...more.commitments },
          openQuestions: { ...details.openQuestions, ...more.openQuestions },
        };
        refreshUi();
        cards?.detailsChanged();
        if (cards && !noticeDismissed) ui?.update({ missing: cards.missingQuotes(analysis?.missingQuotes ?? []) });
      },
      (error: unknown) => {
        // Asked again on the next redraw: a background woken from sleep may miss one message.
        for (const t of request.terms) asked.terms.delete(t.id);
        for (const id of request.commitmentIds) asked.commitments.delete(id);
        for (const id of request.companyIds) asked.companies.delete(id);
        console.warn('Pledgewatch: no details from the background:', error);
      },
    );
  }

  function refreshUi(): void {
    if (!painter || !canShowPageUi(doc)) return;
    wantDetails();
    const entries = listEntries(painter.items(), details, deps.terms(settings));
    if (!ui && (entries.length > 0 || (analysis?.missingQuotes.length ?? 0) > 0)) {
      ui = watch.ownWrite(() =>
        createPageUi(doc, {
          onSelect: (key) => cards?.stepTo(key),
          onCloseCard: () => cards?.hide(true),
          onPinCard: () => cards?.pin(),
          onWrong: (itemId, category) => void cards?.correct(itemId, category),
          onDismissNotice: () => {
            noticeDismissed = true;
            ui?.update({ missing: [] });
          },
          onToggleList: () => (ui?.state().listOpen ? ui.update({ listOpen: false }) : ui?.focusList()),
          onDismissChip: () => {
            chipDismissed = true;
            ui?.update({ chip: null, listOpen: false });
          },
        }),
      );
      cards = createCardController({ doc, painter, ui, details: () => details, terms: () => deps.terms(settings), correct: deps.correct });
      if (!noticeDismissed) ui.update({ missing: cards.missingQuotes(analysis?.missingQuotes ?? []) });
    }
    ui?.update({ entries, chip: chipDismissed ? null : chipSummary(entries, analysis, details, unpainted, new Set(settings.enabledCategories)) });
  }

  async function paint(extracted: ExtractedText, result: PageAnalysis, token: number): Promise<void> {
    const clock = sliceClock();
    const { items, unpainted: left } = buildItems(extracted, result, settings, () => nextId++, painter);
    unpainted += left;
    painter ??= deps.createPainter();
    const target = painter;
    if (!repairTimer && target.mode === 'highlight-api') repairTimer = win.setInterval(() => target.repair(), 1000);
    // Painting in slices: a page with thousands of matches still gets a frame between them.
    const chunks: PaintItem[][] = [];
    for (let i = 0; i < items.length; i += 400) chunks.push(items.slice(i, i + 400));
    await forEachSliced(chunks, (chunk) => {
      if (token === generation && painter === target) watch.ownWrite(() => target.add(chunk));
    });
    // The page UI (Preact, the term list over every item) comes after the highlights' window is placed (the
    // window reads layout, which the UI's insertion spoils), in a task of its own when the painting used up a
    // slice. Not otherwise: between two tasks the browser may render a frame, and one frame for the highlights
    // and another for the UI drew the page twice (a 100 KB page's pass spent 40 ms in the first, bench:page).
    if (clock.expired()) await yieldToPage();
    if (token !== generation) return;
    if (painter === target) target.settle();
    refreshUi();
  }

  async function fullPass(): Promise<void> {
    const token = ++generation;
    if (painter) teardown();
    await yieldToPage();
    if (token !== generation) return;
    const early = deps.prescreen?.(doc, win.location.href) ?? 'maybe';
    if (typeof early === 'object') {
      analysis = early;
      addedSinceFull = 0;
      deps.report(early);
      return;
    }
    const extracted = await runSliced(readPageSteps());
    if (token !== generation) return;
    const input: PageInput = { url: win.location.href, title: doc.title, text: extracted.text, meta: readPageMeta(doc) };
    // Reading a large page and analysing it are each long: give the page a turn between them.
    if (extracted.text.length > LARGE_PAGE_CHARS) {
      await yieldToPage();
      if (token !== generation) return;
    }
    const result = await deps.analyse(input, settings, { skipScreen: early === 'likely', wholePage: true });
    // Finishing the analysis (the relevance decision over the whole text) was this task's work: report and
    // paint in the next.
    if (extracted.text.length > LARGE_PAGE_CHARS) await yieldToPage();
    if (token !== generation) return;
    analysis = result;
    addedSinceFull = 0;
    deps.report(result);
    if (shouldPaint()) await paint(extracted, result, token);
  }

  function run(work: () => Promise<void>): void {
    pass = pass.then(work).catch((error: unknown) => console.warn('Pledgewatch:', error));
  }

  async function scanAdded(roots: Node[]): Promise<void> {
    const token = generation;
    const clock = sliceClock();
    for (const root of roots) {
      if (token !== generation || !painter) return;
      if (!root.isConnected) continue;
      const extracted = extractText(root);
      if (extracted.text.length === 0) continue;
      const result = await deps.analyse({ url: win.location.href, title: '', text: extracted.text }, settings, { skipScreen: true });
      await paint(extracted, result, token);
      if (clock.expired()) {
        await yieldToPage();
        clock.reset();
      }
    }
  }

  const watch: DomWatch = watchDom(doc, {
    isOwn,
    onAdded(roots) {
      if (shouldPaint()) {
        run(() => scanAdded(roots));
        return;
      }
      // A page not (yet) relevant is read again only once it has grown a lot: a ticker costs nothing.
      for (const r of roots) addedSinceFull += r.textContent?.length ?? 0;
      if (grewEnough(addedSinceFull, analysis?.textLength ?? 0)) run(fullPass);
    },
    onRemoved() {
      if (painter && painter.prune().length > 0) {
        cards?.pruned();
        refreshUi();
      }
    },
    onNavigation() {
      if (navigation) return;
      let resolve = () => {};
      const promise = new Promise<void>((r) => (resolve = r));
      navigation = { promise, resolve };
    },
    onRescan() {
      run(fullPass);
      settleNavigation();
    },
  });

  /** The rescan of a new view is queued (or the session stopped): what waited for it may read `pass`. */
  function settleNavigation(): void {
    navigation?.resolve();
    navigation = null;
  }

  run(fullPass);

  return {
    // After a navigation, the pass that reads the new view: never the old view's analysis.
    ready: () => (navigation ? navigation.promise.then(() => pass) : pass),
    analysis: () => analysis,
    applySettings(next) {
      const before = settings;
      settings = next;
      const same =
        highlightingAllowed(before, win.location.hostname) === allowed() &&
        JSON.stringify(before.enabledCategories) === JSON.stringify(next.enabledCategories) &&
        JSON.stringify(before.customTerms) === JSON.stringify(next.customTerms);
      if (same) return;
      if (!allowed()) {
        generation++;
        run(async () => teardown());
      } else run(fullPass);
    },
    readText: () => readPage().text,
    painted: () => painter?.items() ?? [],
    cards: () => cards,
    stop() {
      generation++;
      teardown();
      watch.stop();
      settleNavigation();
    },
  };
}

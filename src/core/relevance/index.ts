/**
 * What counts as relevant, in three steps, each cheaper than the next and each run only where the one
 * before could not rule the page out:
 *
 * 1. **bound** (`first-look.ts`, `bound.ts`; content/prescreen.ts runs it on the DOM): a relaxed count of the
 *    topic terms in the page's `textContent`, an upper bound on step 2's topic scores. Every page pays it.
 * 2. **screen** (`screen.ts`): the exact topic-term scores on the extracted text, with the tracked pages
 *    (`tracked-pages.ts`) let through whatever they say.
 * 3. **decide** (`decide.ts`, its weights in `weights.json`; the evidence gathered by `evidence.ts`): the
 *    full decision, which also weighs titles, URLs, headings, density, publishers, page kinds and restated
 *    commitments.
 *
 * The invariant, stated once: **a step never rules out a page a later step would call relevant.** Step 3
 * calls a page relevant only when a topic's screen score reaches SCREEN_FLOOR or the page is a tracked one
 * (decide.ts `weighTopic`), step 2 passes every such page, and step 1's bound is never below step 2's score.
 * tests/unit/core/relevance-invariant.test.ts checks it on every fixture page and thousands of generated ones.
 *
 * To change what counts as relevant: the weights (weights.json) or `weighTopic` in decide.ts; the topic
 * terms live in the lexicon (core/lexicon/topic-terms.json). The engine (core/engine.ts) wires the steps.
 */
export { boundRulesOut, createFirstLook, type FirstLook } from './first-look';
export { createScreen, type Screen } from './screen';
export { notRelevant, restatedSearchWorthIt, weighTopic, RELEVANCE_THRESHOLD, SCREEN_FLOOR } from './decide';

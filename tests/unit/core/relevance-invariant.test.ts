// The relevance decision's invariant (src/core/relevance/index.ts): a step never rules out a page a later
// step would call relevant. Checked, for the bundled and the fictional dataset, on every fixture page and
// on thousands of generated pages built to sit near the thresholds (topic phrases in every spelling the
// bound relaxes, tracked names and domains, restated quotes, titles and URLs that carry topic words).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { engineFor } from '../../../src/core/bundled-engine';
import { extractPage } from '../../../src/core/html-text';
import { getTopicTerms, getVagueTerms } from '../../../src/core/lexicon/index';
import { phrasesOf } from '../../../src/core/lexicon/phrases';
import { boundRulesOut } from '../../../src/core/relevance';
import { getBundledDataset } from '../../../src/data/dataset';
import type { Dataset } from '../../../src/data/schema';
import { fixturePage, getTestDataset, PAGES_DIR } from './fixtures';

const ROOT = join(__dirname, '../../..');
type Page = { url: string; title: string; text: string };

function fixturePages(): [string, Page][] {
  const pages: [string, Page][] = [];
  for (const dir of ['', 'classes/']) {
    for (const name of readdirSync(join(PAGES_DIR, dir)).filter((n) => /\.(html|txt)$/.test(n) && !n.includes('.bin.'))) {
      const p = fixturePage(dir + name);
      pages.push([dir + name, { url: p.url, title: p.title ?? '', text: p.text }]);
    }
  }
  const site = ['press-release.html', 'unrelated.html', 'dynamic.html', 'hostile.html', 'popup/ibm-press-release.html', 'popup/unrelated.html', 'popup/untracked-vendor.html'];
  for (const path of [...site.map((p) => `tests/fixtures/site/${p}`), 'assets/demo/press-release.html']) {
    const page = extractPage(readFileSync(join(ROOT, path), 'utf8'));
    pages.push([path, { url: page.url ?? 'https://www.ibm.com/' + path.split('/').pop(), title: page.title, text: page.text }]);
  }
  return pages;
}

/** A seeded PRNG (mulberry32): the same pages on every run, so a failure can be reproduced. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FILLER = 'the our and of to in with a for on this that we company customers people policy report year new data service work team support public legal ethical privacy regulator rights consent'.split(' ');

function generatedPages(dataset: Dataset, count: number, seed: number): Page[] {
  const r = random(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
  const topic = getTopicTerms().flatMap(phrasesOf);
  const vague = getVagueTerms().flatMap(phrasesOf).filter((p) => !p.includes('{'));
  const names = dataset.companies.flatMap((c) => [c.name, ...c.aliases, ...c.ambiguousNames]);
  const domains = dataset.companies.flatMap((c) => c.domains);
  const quotes = dataset.commitments.filter((c) => c.kind !== 'reported-practice').map((c) => c.quote);
  const pageUrls = dataset.commitments.flatMap((c) => (c.kind !== 'reported-practice' && c.pageUrl ? [c.pageUrl] : []));
  // Spellings the extracted text can hold: case, hyphens, a line break inside a phrase.
  const spell = (p: string) => {
    const x = r();
    return x < 0.2 ? p.toUpperCase() : x < 0.35 ? p.replace(/ /g, '-') : x < 0.45 ? p.replace(' ', '\n') : p;
  };
  const pages: Page[] = [];
  for (let n = 0; n < count; n++) {
    const words: string[] = [];
    const length = 20 + Math.floor(r() ** 2 * 1500);
    const density = r() * 0.06;
    for (let i = 0; i < length; i++) {
      const x = r();
      if (x < density) words.push(spell(pick(topic)));
      else if (x < density + 0.02) words.push(pick(vague));
      else if (x < density + 0.03) words.push(pick(names));
      else if (x < density + 0.032 && quotes.length) words.push(pick(quotes));
      else if (x < density + 0.05) words.push('.\n');
      else words.push(pick(FILLER));
    }
    const u = r();
    const url =
      u < 0.1 && domains.length ? `https://${pick(domains)}/news/${n}` : u < 0.15 && pageUrls.length ? pick(pageUrls) : u < 0.4 ? `https://example.org/${pick(topic).replace(/\W+/g, '-')}/${n}` : `https://example.org/p/${n}`;
    const title = r() < 0.4 ? `${pick(FILLER)} ${spell(pick(topic))}` : r() < 0.5 ? pick(names) : '';
    pages.push({ url, title, text: words.join(' ') });
  }
  return pages;
}

describe.each([
  ['bundled', getBundledDataset()],
  ['fictional', getTestDataset()],
] as const)('the relevance invariant, %s dataset', (_name, dataset) => {
  const engine = engineFor(dataset);
  const check = (page: Page) => {
    const relevant = engine.analyse(page).relevant;
    if (relevant) {
      expect(engine.screen(page), 'screen').toBe(true);
      expect(boundRulesOut(engine.firstLook(), page), 'bound').toBe(false);
    }
    // And the steps nest: what the bound lets through may still be screened out, never the reverse.
    if (engine.screen(page)) expect(boundRulesOut(engine.firstLook(), page), 'bound below screen').toBe(false);
    return relevant;
  };

  it.each(fixturePages())('holds on %s', (_path, page) => {
    check(page);
  });

  it('holds on 2,000 generated pages, a good share of them relevant and a good share near the floor', () => {
    let relevant = 0;
    let screenedOut = 0;
    for (const page of generatedPages(dataset, 2_000, 12)) {
      if (check(page)) relevant++;
      if (!engine.screen(page)) screenedOut++;
    }
    // Not vacuous: both sides of each step are exercised.
    expect(relevant).toBeGreaterThan(200);
    expect(screenedOut).toBeGreaterThan(200);
  }, 180_000);
});

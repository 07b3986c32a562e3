// The build-time pack the content script starts from (src/core/core-pack.ts) must be exactly what the
// generator makes of today's lexicons, dataset and matcher code, and must change no analysis.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildCorePack, renderCorePackModule } from '../../../src/core/build-core-pack';
import type { PagePack, ScreenPack } from '../../../src/core/core-pack';
import type { FirstLookPack } from '../../../src/core/first-look-pack';
import { FIRST_LOOK_PACK, PAGE_PACK, SCREEN_PACK } from '../../../src/core/generated/core-pack-data';
import { planRelaxedScreen } from '../../../src/core/relaxed-screen';
import { onTrackedPage } from '../../../src/core/screen-hints';
import { getSpecificTerms, getTopicTerms, getVagueTerms } from '../../../src/core/lexicon/index';
import { compileMatcher, planMatcher } from '../../../src/core/matcher/compiled-matcher';
import { buildEntries } from '../../../src/core/page-matcher';
import { getBundledDataset } from '../../../src/data/dataset';
import { fixturePage, PAGES_DIR } from './fixtures';

const ROOT = join(__dirname, '../../..');
const GENERATED = join(ROOT, 'src/core/generated/core-pack-data.ts');

describe('core pack', () => {
  it('is up to date with the lexicons, the dataset and the matcher (else run `npm run generate`)', () => {
    expect(readFileSync(GENERATED, 'utf8'), 'src/core/generated/core-pack-data.ts is stale: run `npm run generate`').toBe(
      renderCorePackModule(buildCorePack()),
    );
  });

  it('holds the validated data, defaults filled in, unchanged by the JSON round trip', () => {
    const firstLook = JSON.parse(FIRST_LOOK_PACK) as FirstLookPack;
    const screen = JSON.parse(SCREEN_PACK) as ScreenPack;
    const page = JSON.parse(PAGE_PACK) as PagePack;
    expect(page.dataset).toEqual(getBundledDataset());
    expect(page.vagueTerms).toEqual(getVagueTerms());
    expect(page.specificTerms).toEqual(getSpecificTerms());
    expect(firstLook.topicTerms).toEqual(getTopicTerms());
    expect(firstLook.relaxedPlan).toEqual(planRelaxedScreen(getTopicTerms()));
    expect(firstLook.datasetVersion).toBe(getBundledDataset().meta.version);
    expect(screen.datasetVersion).toBe(getBundledDataset().meta.version);
    // Spot checks that the pack is not empty of what matters.
    expect(page.dataset.questions.length).toBeGreaterThan(10);
    expect(page.pagePlan.keys.length).toBe(buildEntries({ dataset: getBundledDataset() }).length);
    expect(firstLook.domains.length).toBeGreaterThan(0);
    // Every page a quote is checked on passes the first look, by its domain or by its address.
    const hints = { domains: firstLook.domains, commitmentPages: new Set(firstLook.commitmentPages) };
    const pages = getBundledDataset().commitments.flatMap((c) => (c.kind !== 'reported-practice' && c.pageUrl ? [c.pageUrl] : []));
    expect(pages.length).toBeGreaterThan(0);
    for (const url of pages) expect(onTrackedPage(url, hints), url).toBe(true);
    expect(firstLook.domains).toContain('ibm.com');
  });
});

describe('matcher plans', () => {
  const dataset = getBundledDataset();
  const entries = buildEntries({ dataset });
  const pages = readdirSync(PAGES_DIR).filter((n) => /\.(html|txt)$/.test(n) && !n.includes('.bin.'));
  const texts = [...pages.map((n) => fixturePage(n).text), readFileSync(join(ROOT, 'assets/demo/press-release.html'), 'utf8')];

  it('a matcher from a plan finds exactly what a freshly compiled one finds', () => {
    const planned = compileMatcher(entries, { plan: planMatcher(entries) });
    const compiled = compileMatcher(entries);
    for (const text of texts) expect(planned.match(text)).toEqual(compiled.match(text));
  });

  it('a plan made for other entries is ignored, not trusted', () => {
    const other = planMatcher(entries.slice(0, 10));
    const matcher = compileMatcher(entries, { plan: other });
    expect(matcher.sources).toEqual(compileMatcher(entries).sources);
  });
});

// The relaxed topic screen bounds the exact screen's scores from above (core/relevance/bound.ts). The DOM
// side (skipped text, blocks that touch) is tested with generated pages in tests/unit/content/prescreen.test.ts.
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { getTopicTerms } from '../../../src/core/lexicon/index';
import type { TopicTerm } from '../../../src/core/lexicon/schema';
import { compileMatcher } from '../../../src/core/matcher/compiled-matcher';
import { sortHits } from '../../../src/core/page-matcher';
import { boundScores, compileRelaxedScreen, countRelaxed, crossesJunction, planRelaxedScreen, reachSlice, type RelaxedScreen } from '../../../src/core/relevance/bound';
import { screenEntries } from '../../../src/core/relevance/screen';
import { scoreTopics } from '../../../src/core/relevance/evidence';
import { fixturePage, PAGES_DIR } from './fixtures';

const screen = compileRelaxedScreen(getTopicTerms())!;

function bound(text: string, title = '', s: RelaxedScreen = screen): Map<string, number> {
  const counts = new Map<TopicTerm, number>();
  countRelaxed(s, text, counts);
  return boundScores(counts, title, s);
}

function exact(text: string, title = ''): Map<string, number> {
  const matcher = compileMatcher(screenEntries(getTopicTerms()));
  const scores = scoreTopics(sortHits(matcher.match(text)).topic, title ? sortHits(matcher.match(title)).topic : []);
  return new Map(scores.all.map((t) => [t.id, t.score]));
}

describe('relaxed screen', () => {
  it('exists for the bundled topic lexicon (no placeholder a bound cannot reach past)', () => {
    expect(screen).not.toBeNull();
    expect(screen.reach).toBeGreaterThanOrEqual('Guiding Principles on Business and Human Rights'.replace(/ /g, '').length);
  });

  it('bounds every topic score of every fixture page from above', () => {
    const pages = readdirSync(PAGES_DIR).filter((n) => /\.(html|txt)$/.test(n) && !n.includes('.bin.'));
    let scored = 0;
    for (const name of pages) {
      const page = fixturePage(name);
      const upper = bound(page.text, page.title ?? '');
      for (const [topic, score] of exact(page.text, page.title ?? '')) {
        expect(upper.get(topic) ?? 0, `${name} ${topic}`).toBeGreaterThanOrEqual(score);
        scored++;
      }
    }
    expect(scored).toBeGreaterThan(10);
  });

  it('finds phrases inside words and without their separators, as in textContent', () => {
    // "HomeAI ethics" (two list items) and "facialrecognition" (two blocks, no whitespace in the markup).
    expect(bound('HomeAI ethicsfacialrecognition').get('ai-ethics')).toBeGreaterThanOrEqual(3);
    expect(bound('HomeAI ethicsfacialrecognition').get('facial-recognition')).toBeGreaterThanOrEqual(3);
    // Case as the term asks: "AI" must be capitals, in relaxed matching too.
    expect(bound('said main email').get('ai-ethics')).toBeUndefined();
  });

  it('counts every term that matches at a position, not only the regex\u2019s first choice', () => {
    // At the same place "AI ethics board" is ai-governance, "AI ethics" ai-ethics and "AI" ai.
    const counts = new Map<TopicTerm, number>();
    countRelaxed(screen, 'AI ethics board', counts);
    expect([...counts.keys()].map((t) => t.id)).toEqual(expect.arrayContaining(['ai', 'ai-ethics', 'ai-governance']));
  });

  it('says where skipped text might sit inside a phrase, and where it cannot', () => {
    expect(crossesJunction(screen, 'We sell facial ', 'recognition to police.')).toBe(true);
    expect(crossesJunction(screen, 'We sell facial', 'recognition to police.')).toBe(true);
    expect(crossesJunction(screen, 'Results were good.', 'Next quarter')).toBe(false);
    // A term found at a position only by reaching past the junction ("AI ethics", "AI models") is unsafe;
    // "AI" alone is found there whatever follows.
    expect(crossesJunction(screen, 'our AI', ' ethics')).toBe(true);
    expect(crossesJunction(screen, 'our AI', ' models are fast')).toBe(true);
    expect(crossesJunction(screen, 'our AI', ' is fast')).toBe(false);
  });

  it('takes a window of a given number of non-separator characters from either end', () => {
    expect(reachSlice('abc def', 3, true)).toEqual({ slice: 'def', counted: 3 });
    expect(reachSlice('abc   def', 4, true)).toEqual({ slice: 'c   def', counted: 4 });
    expect(reachSlice('abc def', 4, false)).toEqual({ slice: 'abc d', counted: 4 });
    expect(reachSlice('ab', 5, false)).toEqual({ slice: 'ab', counted: 2 });
  });

  it('uses a plan only for the terms it was made for', () => {
    const terms = getTopicTerms();
    const plan = planRelaxedScreen(terms)!;
    const planned = compileRelaxedScreen(terms, plan)!;
    expect([...bound('Facial recognition and AI ethics', '', planned)]).toEqual([...bound('Facial recognition and AI ethics')]);
    const fewer = terms.filter((t) => t.topic === 'human-rights');
    const other = compileRelaxedScreen(fewer, plan)!;
    expect(other.sets.flatMap((s) => s.terms).every((t) => t.topic === 'human-rights')).toBe(true);
    expect(bound('Facial analysis', '', other).size).toBe(0);
  });

  it('has no plan for a lexicon with a number placeholder', () => {
    const term = { ...getTopicTerms()[0]!, id: 'n', phrase: '{n} cameras', variants: [] } as TopicTerm;
    expect(planRelaxedScreen([term])).toBeNull();
  });
});

describe('separator characters', () => {
  it('are exactly what the phrase syntax lets a separator match', () => {
    const separator = /[\s\-\u2010\u2011]/;
    for (let c = 0; c < 0x10000; c++) {
      const ch = String.fromCharCode(c);
      const counted = reachSlice(ch, 1, false).counted;
      expect(counted, `U+${c.toString(16)}`).toBe(separator.test(ch) ? 0 : 1);
    }
  });
});

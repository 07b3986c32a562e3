import { describe, expect, it } from 'vitest';
import type { VagueMatch } from '../../../src/core/analysis-schema';
import { groupVagueTerms, orderCommitments, orderQuestions, pageCase, tabIdFromSearch } from '../../../src/ui/popup/popup-model';
import { analysisOf, mini } from '../../fixtures/popup/mini-dataset';

const vm = (termId: string, text: string, category: VagueMatch['category'], offset: number): VagueMatch => ({ termId, text, category, offset, length: text.length });

describe('orderCommitments', () => {
  it('puts restated commitments first, closest match first, then the newest', () => {
    const ordered = orderCommitments(mini.commitments, [
      { commitmentId: 'examplecorp-2018-principles', offset: 5, length: 10, similarity: 0.8 },
      { commitmentId: 'othercorp-2021-pause', offset: 50, length: 10, similarity: 1 },
      { commitmentId: 'examplecorp-2018-principles', offset: 90, length: 10, similarity: 0.9 },
    ]);
    expect(ordered.map((o) => o.commitment.id)).toEqual(['othercorp-2021-pause', 'examplecorp-2018-principles', 'examplecorp-2020-sunset']);
    expect(ordered[1]?.restated?.similarity).toBe(0.9);
    expect(ordered[2]?.restated).toBeNull();
  });
  it('orders by date, newest first, undated last, when nothing is restated', () => {
    expect(orderCommitments(mini.commitments, []).map((o) => o.commitment.id)).toEqual([
      'examplecorp-2020-sunset',
      'examplecorp-2018-principles',
      'othercorp-2021-pause',
    ]);
  });
});

describe('orderQuestions', () => {
  it('lists open questions first, longest waiting at the top', () => {
    const ids = orderQuestions(mini.questions, new Date('2026-01-01T12:00:00Z')).map((q) => q.id);
    expect(ids).toEqual(['watchgroup-2020-q1', 'watchgroup-2021-q1', 'watchgroup-2020-q2']);
  });
});

describe('groupVagueTerms', () => {
  it('groups by category with counts, merging case, biggest group first', () => {
    const groups = groupVagueTerms([
      vm('responsibly', 'Responsibly', 'undefined-standard', 1),
      vm('general-purpose', 'general purpose', 'scope-limiter', 2),
      vm('responsibly', 'responsibly', 'undefined-standard', 3),
      vm('ethical', 'ethical', 'undefined-standard', 4),
      vm('general-purpose', 'general-purpose', 'scope-limiter', 5),
      vm('soon', 'soon', 'vague-timing', 6),
    ]);
    expect(groups.map((g) => [g.category, g.count])).toEqual([
      ['undefined-standard', 3],
      ['scope-limiter', 2],
      ['vague-timing', 1],
    ]);
    expect(groups[0]?.terms).toEqual([
      { termId: 'responsibly', label: 'responsibly', count: 2 },
      { termId: 'ethical', label: 'ethical', count: 1 },
    ]);
    expect(groups[1]?.terms).toEqual([{ termId: 'general-purpose', label: 'general purpose', count: 2 }]);
  });
  it('breaks ties between categories in lexicon order', () => {
    const groups = groupVagueTerms([vm('soon', 'soon', 'vague-timing', 1), vm('a', 'a', 'scope-limiter', 2)]);
    expect(groups.map((g) => g.category)).toEqual(['scope-limiter', 'vague-timing']);
  });
  it('is empty for a page without vague terms', () => {
    expect(groupVagueTerms([])).toEqual([]);
  });
});

describe('pageCase', () => {
  const tracked = new Set(mini.companies.map((c) => c.id));
  it.each([
    ['no analysis', null, 'no-analysis'],
    ['irrelevant page', analysisOf({ relevant: false }), 'not-relevant'],
    ['tracked company', analysisOf(), 'tracked'],
    ['untracked company', analysisOf({ companies: [{ id: 'newco', name: 'Newco', score: 1, evidence: [] }] }), 'untracked-company'],
    ['no company', analysisOf({ companies: [] }), 'no-company'],
    ['untracked publisher named from the page', analysisOf({ companies: [], publisher: { name: 'Tailspin', domain: 'tailspin.example', tracked: false, companyId: null, leads: true, via: 'domain' } }), 'untracked-company'],
    ['untracked publisher whose own statement mentions a tracked company', analysisOf({ publisher: { name: 'Tailspin', domain: 'tailspin.example', tracked: false, companyId: null, leads: true, via: 'domain' } }), 'untracked-company'],
    ['news site reporting on a tracked company', analysisOf({ publisher: { name: 'Daily Ledger', domain: 'ledger.example', tracked: false, companyId: null, leads: false, via: 'og:site_name' } }), 'tracked'],
  ] as const)('%s', (_name, analysis, expected) => {
    expect(pageCase(analysis, tracked)).toBe(expected);
  });
});

describe('tabIdFromSearch', () => {
  it.each([
    ['?tabId=12', 12],
    ['?x=1&tabId=0', 0],
    ['?tabId=abc', null],
    ['?tabId=-3', null],
    ['', null],
  ])('%s → %s', (search, expected) => expect(tabIdFromSearch(search)).toBe(expected));
});

import { describe, expect, it } from 'vitest';
import { applyBadge, BADGE_COLORS, computeBadge } from '../../../src/background/badge';
import { EMPTY_RECORDS } from '../../../src/core/records/page-records';
import { analysisOf, mini } from '../../fixtures/popup/mini-dataset';

const on = { badgeEnabled: true };
const examplecorpRecords = {
  commitments: mini.commitments.filter((c) => c.companyId === 'examplecorp'),
  questions: mini.questions.filter((q) => q.addresseeId === 'examplecorp'),
  assessments: mini.assessments,
};

const vague = (n: number) =>
  Array.from({ length: n }, (_, i) => ({ termId: 'appropriate', text: 'appropriate', offset: i * 20, length: 11, category: 'undefined-standard' as const }));

describe('computeBadge', () => {
  it('counts the open NGO questions to the page company, in red, and names the company', () => {
    const badge = computeBadge(analysisOf({ vagueTerms: vague(6) }), examplecorpRecords, on);
    const open = examplecorpRecords.questions.filter((q) => q.answer.status !== 'answered').length;
    expect(open).toBeGreaterThan(0);
    expect(badge).toMatchObject({ text: String(open), color: BADGE_COLORS.openQuestion });
    expect(badge?.title).toContain(`${open} NGO question`);
    expect(badge?.title).toContain('Examplecorp');
    expect(badge?.title).toContain('6 vague terms');
  });

  it('never sums commitments, questions and assessments into one number', () => {
    const badge = computeBadge(analysisOf(), examplecorpRecords, on);
    const all = examplecorpRecords.commitments.length + examplecorpRecords.questions.length + examplecorpRecords.assessments.length;
    expect(badge?.text).not.toBe(String(all));
  });

  it('counts vague terms in the neutral colour when no question to the company is open', () => {
    const records = { ...examplecorpRecords, questions: examplecorpRecords.questions.filter((q) => q.answer.status === 'answered') };
    expect(computeBadge(analysisOf({ vagueTerms: vague(4) }), records, on)).toMatchObject({ text: '4', color: BADGE_COLORS.vagueTerms });
  });

  it('counts the vague terms past the page\'s listing limit too (match-limits.ts)', () => {
    const huge = analysisOf({ companies: [], vagueTerms: vague(3), beyondLimits: { vagueTerms: 184_000, specificTerms: 0, restatedCommitments: 0 } });
    expect(computeBadge(huge, EMPTY_RECORDS, on)?.title).toContain('184,003 vague terms');
  });

  it('shows the vague-term count for a relevant page of a company the dataset does not track', () => {
    const untracked = analysisOf({ companies: [], vagueTerms: vague(3) });
    expect(computeBadge(untracked, EMPTY_RECORDS, on)).toMatchObject({ text: '3', color: BADGE_COLORS.vagueTerms });
    expect(computeBadge(untracked, null, on)).toMatchObject({ text: '3' });
  });

  it('does not count an open question addressed to another company as the page company’s', () => {
    const records = { ...EMPTY_RECORDS, questions: mini.questions.filter((q) => q.addresseeId === 'othercorp') };
    expect(computeBadge(analysisOf({ vagueTerms: vague(2) }), records, on)).toMatchObject({ text: '2', color: BADGE_COLORS.vagueTerms });
  });

  it('shows nothing on irrelevant pages, with nothing to count, or when switched off', () => {
    expect(computeBadge(analysisOf({ relevant: false, vagueTerms: vague(2) }), examplecorpRecords, on)).toBeNull();
    expect(computeBadge(analysisOf(), EMPTY_RECORDS, on)).toBeNull();
    expect(computeBadge(null, examplecorpRecords, on)).toBeNull();
    expect(computeBadge(analysisOf(), examplecorpRecords, { badgeEnabled: false })).toBeNull();
  });

  it('caps the text at 99+', () => {
    expect(computeBadge(analysisOf({ vagueTerms: vague(120) }), EMPTY_RECORDS, on)?.text).toBe('99+');
  });
});

describe('applyBadge', () => {
  function fakeApi() {
    const calls: string[] = [];
    return {
      calls,
      api: {
        setBadgeText: (d: { tabId: number; text: string }) => void calls.push(`text ${d.tabId} ${d.text}`),
        setBadgeBackgroundColor: (d: { tabId: number; color: string }) => void calls.push(`color ${d.tabId} ${d.color}`),
        setTitle: (d: { tabId: number; title: string }) => void calls.push(`title ${d.tabId}`),
      },
    };
  }
  it('sets text, colour and title per tab, and clears with empty text', async () => {
    const { api, calls } = fakeApi();
    await applyBadge(api, 3, { text: '2', color: '#000000', title: 't' });
    await applyBadge(api, 3, null);
    expect(calls).toEqual(['color 3 #000000', 'text 3 2', 'title 3', 'text 3 ', 'title 3']);
  });
  it('swallows the error of a tab that closed meanwhile', async () => {
    const api = { setBadgeText: () => Promise.reject(new Error('No tab with id: 3')), setBadgeBackgroundColor: () => {}, setTitle: () => {} };
    await expect(applyBadge(api, 3, null)).resolves.toBeUndefined();
  });
});

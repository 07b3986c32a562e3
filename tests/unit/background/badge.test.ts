import { describe, expect, it } from 'vitest';
import { applyBadge, BADGE_COLORS, computeBadge } from '../../../src/background/badge';
import { EMPTY_RECORDS } from '../../../src/ui/common/records';
import { analysisOf, mini } from '../../fixtures/popup/mini-dataset';

const on = { badgeEnabled: true };
const examplecorpRecords = {
  commitments: mini.commitments.filter((c) => c.companyId === 'examplecorp'),
  questions: mini.questions.filter((q) => q.addresseeId === 'examplecorp'),
  assessments: mini.assessments,
};

describe('computeBadge', () => {
  it('counts commitments, questions and assessments, red when a question to the company is open', () => {
    const badge = computeBadge(analysisOf(), examplecorpRecords, on);
    expect(badge?.text).toBe('5');
    expect(badge?.color).toBe(BADGE_COLORS.openQuestion);
    expect(badge?.title).toContain('1 open NGO question');
  });

  it('uses the ordinary colour when every question is answered', () => {
    const records = { ...examplecorpRecords, questions: examplecorpRecords.questions.filter((q) => q.answer.status === 'answered') };
    const badge = computeBadge(analysisOf(), records, on);
    expect(badge).toMatchObject({ text: '4', color: BADGE_COLORS.tracked });
  });

  it('does not count an open question addressed to another company as the page company’s', () => {
    const records = { ...EMPTY_RECORDS, questions: mini.questions.filter((q) => q.addresseeId === 'othercorp') };
    expect(computeBadge(analysisOf(), records, on)?.color).toBe(BADGE_COLORS.tracked);
  });

  it('shows nothing on irrelevant pages, with no records, or when switched off', () => {
    expect(computeBadge(analysisOf({ relevant: false }), examplecorpRecords, on)).toBeNull();
    expect(computeBadge(analysisOf(), EMPTY_RECORDS, on)).toBeNull();
    expect(computeBadge(null, examplecorpRecords, on)).toBeNull();
    expect(computeBadge(analysisOf(), examplecorpRecords, { badgeEnabled: false })).toBeNull();
  });

  it('caps the text at 99+', () => {
    const many = { ...EMPTY_RECORDS, commitments: Array.from({ length: 120 }, () => mini.commitments[0]!) };
    expect(computeBadge(analysisOf(), many, on)?.text).toBe('99+');
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

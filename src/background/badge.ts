/**
 * The toolbar badge means one thing at a time, so a reader can trust it at a glance:
 * - red with a number: that many NGO questions to the page's company are still open;
 * - otherwise grey-blue with a number: that many vague terms on the page (tracked company or not);
 * - nothing: the page is not relevant, has neither, or the badge is switched off.
 * Records of other kinds (commitments, assessments) are in the popup, not summed into the number.
 * Pure decision + a thin applier.
 */
import type { PageAnalysis } from '../core/analysis-schema';
import type { Settings } from '../storage/settings';
import type { PageRecords } from '../core/records/page-records';
import { isOpenQuestion } from '../core/records/records';
import { vagueTermTotal } from '../core/match-limits';
import { plural } from '../core/records/labels';

export type Badge = { text: string; color: string; title: string };

/** Both reach 4.5:1 under the badge's white text. */
export const BADGE_COLORS = { vagueTerms: '#4a4d57', openQuestion: '#b3261e' } as const;

const capped = (n: number) => (n > 99 ? '99+' : String(n));

export function computeBadge(
  analysis: PageAnalysis | null,
  records: PageRecords | null,
  settings: Pick<Settings, 'badgeEnabled'>,
): Badge | null {
  if (!settings.badgeEnabled || analysis === null || !analysis.relevant) return null;
  const companyIds = new Set(analysis.companies.map((c) => c.id));
  const open = (records?.questions ?? []).filter((q) => companyIds.has(q.addresseeId) && isOpenQuestion(q)).length;
  const vague = vagueTermTotal(analysis);
  const company = analysis.companies[0]?.name ?? 'the company';
  if (open > 0) {
    const title =
      `Pledgewatch: ${plural(open, 'NGO question', 'NGO questions')} to ${company} still open` +
      (vague > 0 ? ` · ${plural(vague, 'vague term', 'vague terms')} on this page` : '');
    return { text: capped(open), color: BADGE_COLORS.openQuestion, title };
  }
  if (vague > 0) {
    return { text: capped(vague), color: BADGE_COLORS.vagueTerms, title: `Pledgewatch: ${plural(vague, 'vague term', 'vague terms')} on this page` };
  }
  return null;
}

/** `browser.action` in MV3, `browser.browserAction` in Firefox MV2: the calls used are the same. */
export interface BadgeApi {
  setBadgeText(details: { tabId: number; text: string }): Promise<void> | void;
  setBadgeBackgroundColor(details: { tabId: number; color: string }): Promise<void> | void;
  setTitle(details: { tabId: number; title: string }): Promise<void> | void;
}

export async function applyBadge(api: BadgeApi, tabId: number, badge: Badge | null): Promise<void> {
  try {
    if (badge === null) {
      await api.setBadgeText({ tabId, text: '' });
      await api.setTitle({ tabId, title: 'Pledgewatch' });
      return;
    }
    await api.setBadgeBackgroundColor({ tabId, color: badge.color });
    await api.setBadgeText({ tabId, text: badge.text });
    await api.setTitle({ tabId, title: badge.title });
  } catch {
    // The tab closed between the analysis and now: nothing left to label.
  }
}

/**
 * The toolbar badge: how many dataset records concern the page in front of the reader, in a warning
 * colour when an NGO question to the detected company is still open. Pure decision + a thin applier.
 */
import type { PageAnalysis } from '../core/analysis-schema';
import type { Settings } from '../storage/settings';
import { isOpenQuestion, type PageRecords } from '../ui/common/records';

export type Badge = { text: string; color: string; title: string };

/** Blue when records exist; red when a question to this company is still open (both AA on white text). */
export const BADGE_COLORS = { tracked: '#1a5fb4', openQuestion: '#b3261e' } as const;

export function computeBadge(
  analysis: PageAnalysis | null,
  records: PageRecords | null,
  settings: Pick<Settings, 'badgeEnabled'>,
): Badge | null {
  if (!settings.badgeEnabled || analysis === null || !analysis.relevant || records === null) return null;
  const count = records.commitments.length + records.questions.length + records.assessments.length;
  if (count === 0) return null;
  const companyIds = new Set(analysis.companies.map((c) => c.id));
  const open = records.questions.filter((q) => companyIds.has(q.addresseeId) && isOpenQuestion(q)).length;
  const text = count > 99 ? '99+' : String(count);
  const title =
    `Pledgewatch: ${count} tracked record${count === 1 ? '' : 's'} for this page` +
    (open > 0 ? `, ${open} open NGO question${open === 1 ? '' : 's'} to the company` : '');
  return { text, color: open > 0 ? BADGE_COLORS.openQuestion : BADGE_COLORS.tracked, title };
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

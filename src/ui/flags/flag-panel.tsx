// STUB (owned by the flags work, issue 6): the popup's "flag this page" panel.
import type { PageAnalysis } from '../../core/analysis-schema';

export function FlagPanel(_props: { tabId: number; analysis: PageAnalysis | null }) {
  return null;
}

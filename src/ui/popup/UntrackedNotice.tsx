import type { PageAnalysis } from '../../core/analysis-schema';
import { StatusMessage } from '../common/StatusMessage';
import { TOPIC_LABELS } from '../../core/records/labels';

/**
 * A page on a tracked topic whose company the dataset does not know. Said plainly, with the way to
 * get it added: the flag panel right below.
 */
export function UntrackedNotice({ analysis }: { analysis: PageAnalysis }) {
  const topics = analysis.topics.map((t) => TOPIC_LABELS[t.id].toLowerCase()).join(' and ');
  const publisher = analysis.publisher && !analysis.publisher.tracked ? analysis.publisher : null;
  const named = publisher ? `${publisher.name} (${publisher.domain})` : analysis.companies.map((c) => c.name).join(', ');
  return (
    <StatusMessage tone="empty" title={publisher ? `${named}: not tracked yet.` : named ? `${named} is not tracked by the dataset.` : 'This page names no company the dataset tracks.'}>
      <p data-pw-untracked>
        The page is about {topics || 'a tracked topic'}, but Pledgewatch has no commitments, NGO questions or assessments for
        {named ? ' this company' : ' its company'}. If it holds a commitment, an answer to an NGO or an assessment worth recording, flag it
        below for the dataset’s maintainers.
      </p>
    </StatusMessage>
  );
}

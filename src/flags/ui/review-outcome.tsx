/** What the project decided about a sent flag: the reviewers' reason and a "news" badge until the reader marks it seen. */
import type { Flag } from '../model/flag-schema';
import { flagsDb } from '../store/flags-db';
import { markReviewSeen } from '../store/flags-review-store';

export function ReviewOutcome({ flag }: { flag: Flag }) {
  const s = flag.submission;
  if (s.state !== 'sent' || (!s.reviewReason && !s.reviewNews)) return null;
  return (
    <p class="pw-meta" data-pw-flag-review-outcome>
      {s.reviewNews ? (
        <button
          type="button"
          class="pw-chip"
          data-pw-flag-review-news
          title="The project's review of this flag changed. Press to mark it as seen."
          onClick={() => void flagsDb().then((db) => markReviewSeen(db, flag.id))}
        >
          news
        </button>
      ) : null}{' '}
      {s.reviewReason ? <span data-pw-flag-review-reason>Reviewers' reason: {s.reviewReason}</span> : null}
    </p>
  );
}

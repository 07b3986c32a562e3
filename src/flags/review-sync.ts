/**
 * The reader sees the outcome: what the project's reviewers decided about the reader's sent flags.
 * The schemas here are the read side of the submission contract (the server replies with them, the
 * extension reads them); `syncReviews` asks the endpoint's feed for changes since the last cursor
 * and stores each flag's review status and reason on the flag. Pure TypeScript: storage and the
 * network come in as interfaces (the background wires them), so tests drive it with fakes.
 */
import { z } from 'zod';
import { FlagId, ReviewStatus } from './flag-schema';

/** The review states the project server uses; `reviewStatus` stays free text for other endpoints. */
export const REVIEW_STATES = ['received', 'needs-more-info', 'accepted', 'rejected', 'duplicate'] as const;

/** One flag's standing with the project, as `GET <endpoint>/<flag id>` and the feed give it. */
export const ReviewState = z.object({
  flagId: FlagId,
  id: z.string().min(1).max(200),
  reviewStatus: ReviewStatus,
  reason: z.string().max(2_000).nullable(),
  duplicateOf: z.string().max(200).nullable(),
  reviewedAt: z.string().nullable(),
  /** Grows with every change of the flag on the server (an edit, a review action). */
  version: z.number().int().positive(),
  /** Position in the change feed. */
  changeId: z.number().int().nonnegative(),
});
export type ReviewState = z.infer<typeof ReviewState>;

/** `GET <endpoint>?since=<cursor>`: the flags changed after `since`, oldest change first, each once with its latest state. */
export const ReviewFeed = z.object({
  changes: z.array(ReviewState),
  cursor: z.number().int().nonnegative(),
  more: z.boolean(),
});
export type ReviewFeed = z.infer<typeof ReviewFeed>;

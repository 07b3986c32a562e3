/**
 * The review outcomes' side of the flags database: src/flags/model/review-sync.ts decides, this writes.
 * Only sent flags take an outcome (a flag edited since is queued, and the server will answer its
 * new text afresh); one transaction per feed page.
 */
import { Flag } from '../model/flag-schema';
import { withReview, type ReviewStore } from '../model/review-sync';
import { writeFlags, type FlagsDb } from './flags-db';
import { announceFlagsChanged } from './flags-events';

export function flagsReviewStore(db: FlagsDb): ReviewStore {
  return {
    async apply(states) {
      if (!states.length) return 0;
      const changed = await writeFlags(db, 'record review outcomes', async (tx) => {
        let n = 0;
        for (const state of states) {
          const parsed = Flag.safeParse(await tx.store.get(state.flagId));
          if (!parsed.success || parsed.data.submission.state !== 'sent') continue;
          const next = withReview(parsed.data.submission, state);
          if (!next) continue;
          await tx.store.put(Flag.parse({ ...parsed.data, submission: next }));
          n++;
        }
        return n;
      });
      if (changed) announceFlagsChanged();
      return changed;
    },
  };
}

/** The reader has seen the outcome: the "news" badge goes. */
export async function markReviewSeen(db: FlagsDb, id: string): Promise<void> {
  await writeFlags(db, 'mark the review outcome as seen', async (tx) => {
    const parsed = Flag.safeParse(await tx.store.get(id));
    if (!parsed.success || parsed.data.submission.state !== 'sent' || !parsed.data.submission.reviewNews) return;
    await tx.store.put(Flag.parse({ ...parsed.data, submission: { ...parsed.data.submission, reviewNews: false } }));
  });
  announceFlagsChanged();
}

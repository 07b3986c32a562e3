/** Placeholder until the reviewer page lands. */
export async function buildReviewerPage(): Promise<{ html: string; script: string } | null> {
  return null;
}

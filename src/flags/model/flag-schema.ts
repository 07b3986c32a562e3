/**
 * A reader's flag: the one place its shape is written down. The flags database, the export file,
 * the submission contract and `npm run ingest` all use these schemas.
 *
 * Pure TypeScript (no DOM, no `browser`, no idb) so Node scripts and tests share it.
 */
import { z } from 'zod';
import { FlagCategory, RecordId } from '../../data/schema';

/** Limits keep a hostile page (or a select-all) from filling the user's storage through one flag. */
export const LIMITS = { quote: 20_000, title: 2_000, note: 20_000, companyName: 300, relatedIds: 50, url: 8_000 } as const;

/** Lowercase UUID: `crypto.randomUUID()` output. Lowercase so `flag-<id>` is a dataset slug. */
export const FlagId = z
  .string()
  .regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/, 'must be a lowercase UUID');
export type FlagId = z.infer<typeof FlagId>;

export const Timestamp = z.iso.datetime({ offset: true });

export const PageUrl = z
  .url({ protocol: /^https?$/, error: 'must be an http(s) address' })
  .max(LIMITS.url);

/** What a reader says about a page; everything except the outbox bookkeeping. */
export const FlagContent = z.object({
  id: FlagId,
  url: PageUrl,
  title: z.string().max(LIMITS.title),
  /** Dataset company id when the reader's company is one the dataset knows; null otherwise. */
  companyId: RecordId.nullable(),
  /** The company as the reader named it (editable in the popup); empty when none. */
  companyName: z.string().max(LIMITS.companyName),
  /** The passage exactly as selected on the page; empty when the whole page is flagged. */
  quote: z.string().max(LIMITS.quote, `quote is longer than ${LIMITS.quote} characters: select a shorter passage`),
  category: FlagCategory,
  relatedIds: z.array(RecordId).max(LIMITS.relatedIds),
  note: z.string().max(LIMITS.note),
  createdAt: Timestamp,
  updatedAt: Timestamp,
  /** SHA-256 hex of the page's extracted text when flagged; null when the page could not be read. */
  textHash: z.string().regex(/^[0-9a-f]{64}$/, 'must be a SHA-256 hex digest').nullable(),
});
export type FlagContent = z.infer<typeof FlagContent>;

/** Free text from the project's endpoint ("received", "in-review", "accepted"…), shown as given. */
export const ReviewStatus = z.string().min(1).max(100);

/**
 * Where a flag stands with the project. `dueAt` (epoch ms) is when the outbox next tries it; a
 * failure with `dueAt: null` waits for the user (bad token, endpoint refused the contract).
 * No state ever deletes the flag: the outbox only rewrites this field.
 */
export const Submission = z.discriminatedUnion('state', [
  z.object({ state: z.literal('local') }),
  z.object({ state: z.literal('queued'), attempts: z.number().int().nonnegative(), dueAt: z.number() }),
  z.object({
    state: z.literal('sent'),
    sentAt: Timestamp,
    remoteId: z.string().max(200).nullable(),
    reviewStatus: ReviewStatus.nullable(),
    /** The reviewers' reason (or what the flag duplicates), from the project's review feed (review-sync.ts). */
    reviewReason: z.string().max(2_000).nullable().optional(),
    /** The review status changed since the reader last looked: the options page shows a "news" badge. */
    reviewNews: z.boolean().optional(),
  }),
  z.object({
    state: z.literal('failed'),
    reason: z.string().min(1),
    attempts: z.number().int().positive(),
    failedAt: Timestamp,
    dueAt: z.number().nullable(),
  }),
]);
export type Submission = z.infer<typeof Submission>;

/** A stored flag. `key` is derived from url+quote on every write (see `flagKey`), never trusted from input. */
export const Flag = FlagContent.extend({ key: z.string().min(1), submission: Submission });
export type Flag = z.infer<typeof Flag>;

/** What the popup, the context menu and the editor hand the store; ids and times are the store's job. */
export const FlagDraft = FlagContent.omit({ id: true, createdAt: true, updatedAt: true });
export type FlagDraft = z.infer<typeof FlagDraft>;

/** Marks a page-supplied field cut to fit its limit, visibly, so a reader never takes it for the whole. */
export const SHORTENED_MARK = '…[shortened]';

/** `text` cut to at most `max` characters (mark included), or as it is when it fits. */
export function shortened(text: string, max: number): string {
  if (text.length <= max) return text;
  // Never cut a surrogate pair in two.
  let end = max - SHORTENED_MARK.length;
  if (/[\uD800-\uDBFF]/.test(text.charAt(end - 1))) end--;
  return text.slice(0, end) + SHORTENED_MARK;
}

/**
 * A draft whose page-supplied fields fit the limits: a page's title and address are the page's choice
 * (2,001-character titles and 8,100-character URLs exist, some on purpose), and a page must never be
 * impossible to flag because of them. The URL loses its fragment first; if still too long it is cut, with
 * the mark, and stays a URL. The quote is the reader's selection and is refused instead, with a reason.
 */
export function fitDraft<T extends { url: string; title: string }>(draft: T): T {
  let url = draft.url;
  if (url.length > LIMITS.url) {
    try {
      url = canonicalUrl(url);
    } catch {
      // Not a URL at all: left for the schema to refuse with its own reason.
    }
    if (url.length > LIMITS.url) url = shortened(url, LIMITS.url);
  }
  return { ...draft, url, title: shortened(draft.title, LIMITS.title) };
}

/** The page address a flag is about: the fragment (#section) names a place on the same page, so it is dropped. */
export function canonicalUrl(url: string): string {
  const u = new URL(url);
  u.hash = '';
  return u.href;
}

/** Whitespace differences (a selection across lines, trailing spaces) do not make a different quote. */
export function normaliseQuote(quote: string): string {
  return quote.normalize('NFC').replace(/\s+/g, ' ').trim();
}

/**
 * The duplicate rule: one flag per page address and quote. Flagging the same passage again updates
 * the flag already there. The quote is compared after whitespace normalisation; the stored quote stays verbatim.
 */
export function flagKey(flag: { url: string; quote: string }): string {
  return `${canonicalUrl(flag.url)}\n${normaliseQuote(flag.quote)}`;
}

/** Dataset ids typed by a reader ("ibm-2020-letter, edri-q8") as a list; invalid ones are returned separately. */
export function parseRelatedIds(text: string): { ids: string[]; invalid: string[] } {
  const parts = text.split(/[\s,;]+/).filter(Boolean);
  const ids: string[] = [];
  const invalid: string[] = [];
  for (const p of parts) {
    const id = p.toLowerCase();
    if (!RecordId.safeParse(id).success) invalid.push(p);
    else if (!ids.includes(id)) ids.push(id);
  }
  return { ids, invalid };
}

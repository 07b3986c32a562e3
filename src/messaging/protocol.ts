/**
 * Every message between the extension's parts, in one file: a zod schema for each request and its
 * reply, per direction. Types are inferred from the schemas; senders and receivers share them.
 * Replies travel as `{ ok: true, value } | { ok: false, error }` so a failure is never mistaken for data.
 *
 * Add a message here first, then its handler: for `toBackground`, in the table of
 * background/background-handlers.ts; for `toContent`, in both content stages' handler tables,
 * content/first-look.ts (first stage, no zod) and content/start-content.ts (full stage), and its request
 * check in their one dispatcher, content/content-messages.ts (zod-free, for the first stage).
 * tests/unit/conventions/conventions.test.ts checks every message has exactly one handler in each.
 */
import { z } from 'zod';
import { PageAnalysis, PageInput } from '../core/analysis-schema';
import { withinPageMetaLimits } from '../core/page-meta-limits';
import type { PageDetails } from '../core/page-details';
import type { PackedAnalysis } from '../core/analysis-wire';
import type { DatasetPart } from '../core/dataset-part';
import { RecordId } from '../data/primitives';
import { Settings } from '../storage/settings';
import { CorrectionRequest } from '../flags/model/correction-flag';

export const TabState = z.object({
  tabId: z.number().int(),
  url: z.string(),
  analysis: PageAnalysis.nullable(),
  /** Epoch milliseconds of the analysis. */
  updatedAt: z.number(),
});
export type TabState = z.infer<typeof TabState>;

export const PageSnapshot = z.object({
  url: z.string(),
  title: z.string(),
  /** SHA-256 hex of the extracted text at this moment. */
  textHash: z.string().regex(/^[0-9a-f]{64}$/),
  selection: z.string(),
});
export type PageSnapshot = z.infer<typeof PageSnapshot>;

/**
 * What an extension page may know about the endpoint: never the token itself, which stays in the
 * background (storage/endpoint-store.ts). `problem` says why the outbox refuses it, if it does.
 */
export const EndpointView = z.object({ url: z.string(), hasToken: z.boolean(), problem: z.string().nullable() });
export type EndpointView = z.infer<typeof EndpointView>;

/**
 * Messages to the background (runtime.sendMessage); the sender's tab comes from the message sender.
 * Marked "extension pages only" are refused from a content script (background-handlers.ts checks).
 */
export const toBackground = {
  /** A content script finished analysing its page (relevant or not). */
  'page/analysed': { request: z.object({ analysis: PageAnalysis }), reply: z.null() },
  /** The popup (or a test opening it as a page) asks for a tab's state. */
  'tab/get': { request: z.object({ tabId: z.number().int() }), reply: TabState.nullable() },
  /**
   * What a page's cards, term list and chip show of the records it found (core/page-details.ts): the
   * content script carries no records. Bounded: a page asks only for what it painted.
   */
  'page/details': {
    request: z.object({
      terms: z.array(z.object({ id: z.string().max(200), questionIds: z.array(z.string().max(200)).max(100) })).max(2_000),
      commitmentIds: z.array(z.string().max(200)).max(2_000),
      companyIds: z.array(z.string().max(200)).max(200),
    }),
    // Built by the background from the bundled dataset: the content script takes it as it comes.
    reply: z.custom<PageDetails>((value) => typeof value === 'object' && value !== null),
  },
  /**
   * The part of a page's analysis that needs the dataset (core/dataset-part.ts: companies named, publisher,
   * restated commitments), which only the background holds. The page's text in; any sender (it reads only
   * the bundled, public dataset).
   */
  'page/dataset': {
    request: z.object({ url: z.string().max(10_000), title: z.string().max(10_000), text: z.string().max(64_000_000), bestScreenScore: z.number().finite() }),
    // Built by the background from the bundled dataset: the content script takes it as it comes.
    reply: z.custom<DatasetPart>((value) => typeof value === 'object' && value !== null),
  },
  /**
   * A page's whole analysis, worked out in the background (background/page-analysis.ts): the content script
   * hands over the text it read and paints the answer, so the page's main thread never runs the matcher cold.
   * `skipScreen` as in content/analyse.ts. Any sender: it reads only the text given and the bundled dataset.
   */
  'page/analyse': {
    request: z.object({
      input: PageInput.extend({
        url: z.string().max(10_000),
        title: z.string().max(10_000).default(''),
        text: z.string().max(64_000_000),
        // What the page says of itself is the page's to write: bounded (content/page-meta.ts reads within these).
        meta: PageInput.shape.meta.refine(withinPageMetaLimits, 'the page meta is over its limits (core/page-meta-limits.ts)'),
      }),
      skipScreen: z.boolean().default(false),
      /**
       * A pass over the whole page (not content added to it): the background keeps its answer as the tab's
       * analysis, as `page/analysed` would, so the page does not send back what the background just made.
       */
      record: z.boolean().default(false),
    }),
    // Built by the background's own engine: the content script takes it as it comes (it carries no zod), and
    // packed (core/analysis-wire.ts): a long page's thousands of matches cost each side a tenth as much JSON.
    reply: z.custom<PackedAnalysis>((value) => typeof value === 'object' && value !== null),
  },
  /**
   * The settings in force, validated (storage/settings-item.ts): the content script reads them from here so
   * it carries no zod. Any sender: a content script's world can read storage.local anyway.
   */
  'settings/get': { request: z.object({}), reply: Settings },
  /**
   * The content script's first stage could not rule its page out: inject the full stage into that tab
   * (content/first-look.ts). True once injected.
   */
  'page/load-full': { request: z.object({}), reply: z.boolean() },
  /**
   * The full stage must analyse its page itself (the background could not, or the page is over
   * BACKGROUND_MAX_CHARS): inject the page's own engine into the sender's tab (content/page-engine.ts).
   * True once injected.
   */
  'page/load-engine': { request: z.object({}), reply: z.boolean() },
  /**
   * "Wrong?" on a highlight: save a correction flag for the sender's own page (its address is taken from
   * the sender, never from the message). Content scripts only. Replies with the flag's id.
   */
  'flags/correction': { request: CorrectionRequest, reply: z.object({ flagId: z.string() }) },
  /** A flag was saved or edited in an extension page: try the outbox now. Extension pages only. */
  'outbox/kick': { request: z.object({}), reply: z.null() },
  /** The endpoint as Options shows it. Extension pages only. */
  'endpoint/get': { request: z.object({}), reply: EndpointView.nullable() },
  /**
   * Sets (or with null removes) the endpoint. `token` absent keeps the stored token when the address is
   * unchanged; an empty string removes it. Extension pages only; refused unless valid (flags/endpoint.ts).
   */
  'endpoint/set': {
    request: z.object({ endpoint: z.object({ url: z.string().max(2_000), token: z.string().max(4_096).optional() }).nullable() }),
    reply: EndpointView.nullable(),
  },
} as const;

/** Messages to a tab's content script (tabs.sendMessage). */
export const toContent = {
  /** Scroll to the n-th match of a vague term and focus it. */
  'content/scroll-to': {
    request: z.object({ termId: RecordId, occurrence: z.number().int().nonnegative().default(0) }),
    reply: z.boolean(),
  },
  /** URL, title, text hash and current selection, for flagging. */
  'content/snapshot': { request: z.object({}), reply: PageSnapshot },
  /** The latest analysis, when the background lost it. */
  'content/get-analysis': { request: z.object({}), reply: PageAnalysis.nullable() },
} as const;

type Protocol = Record<string, { request: z.ZodType; reply: z.ZodType }>;
/** zod types an empty object's input as `Record<string, never>`, which no `{ type }` satisfies: treat it as `object`. */
type Body<T> = string extends keyof T ? object : T;
export type RequestOf<P extends Protocol, K extends keyof P> = Body<z.input<P[K]['request']>> & { type: K };
export type ReplyOf<P extends Protocol, K extends keyof P> = z.infer<P[K]['reply']>;

export const Reply = <T extends z.ZodType>(value: T) =>
  z.discriminatedUnion('ok', [z.object({ ok: z.literal(true), value }), z.object({ ok: z.literal(false), error: z.string() })]);
export type Reply<T> = { ok: true; value: T } | { ok: false; error: string };

/** Parses an incoming message against a protocol; returns null when it is not one of ours. */
export function parseRequest<P extends Protocol>(protocol: P, raw: unknown): { type: keyof P & string; body: unknown } | string | null {
  if (typeof raw !== 'object' || raw === null || !('type' in raw)) return null;
  const type = (raw as { type: unknown }).type;
  if (typeof type !== 'string' || !Object.hasOwn(protocol, type)) return null;
  const parsed = protocol[type]!.request.safeParse(raw);
  if (!parsed.success) return `invalid "${type}" message: ${z.prettifyError(parsed.error)}`;
  return { type, body: parsed.data };
}

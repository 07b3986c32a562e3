/**
 * The content script's side of `toContent` (messaging/protocol.ts), for both stages: one listener answers
 * the background and the popup, with the first stage's handlers (first-look.ts) until the full stage
 * (start-content.ts) takes over with its own. Both answer `content/snapshot` with `snapshot()` below.
 *
 * No zod here, so the first stage bundles none: the protocol is imported for its types only, and a
 * request's fields are checked by hand (REQUEST_SHAPES). That is enough: only the extension reaches a
 * content script's runtime.onMessage (tabs.sendMessage; a page cannot), and the sender validates every
 * reply against the protocol's schema (messaging/runtime.ts).
 */
import { browser } from 'wxt/browser';
import type { PageSnapshot, Reply, ReplyOf, RequestOf, toBackground, toContent } from '../messaging/protocol';
import { sha256Hex } from './sha256';

type ContentProtocol = typeof toContent;
export type ContentMessageType = keyof ContentProtocol & string;
export type ContentRequest<K extends ContentMessageType> = RequestOf<ContentProtocol, K>;
export type ContentReply<K extends ContentMessageType> = ReplyOf<ContentProtocol, K>;

/** One handler per message of the protocol: the compiler says which one a stage forgot. */
export type ContentHandlers = {
  [K in ContentMessageType]: (request: ContentRequest<K>) => Promise<ContentReply<K>> | ContentReply<K>;
};

/** A runtime.onMessage listener: the reply's promise, or undefined to leave the message to other listeners. */
export type ContentMessageListener = (message: unknown) => Promise<Reply<unknown>> | undefined;

const isNonNegativeInteger = (value: unknown) => typeof value === 'number' && Number.isInteger(value) && value >= 0;

/** What the protocol's request schemas require beyond the type, as plain checks. */
const REQUEST_SHAPES: { [K in ContentMessageType]: (message: Record<string, unknown>) => boolean } = {
  'content/scroll-to': (m) => typeof m.termId === 'string' && (m.occurrence === undefined || isNonNegativeInteger(m.occurrence)),
  'content/snapshot': () => true,
  'content/get-analysis': () => true,
};

/** The listener that dispatches `toContent` messages to `handlers` and wraps what they return in a `Reply`. */
export function contentMessageListener(handlers: ContentHandlers): ContentMessageListener {
  return (message) => {
    if (typeof message !== 'object' || message === null) return undefined;
    const type = (message as { type?: unknown }).type;
    if (typeof type !== 'string' || !Object.hasOwn(REQUEST_SHAPES, type)) return undefined;
    const known = type as ContentMessageType;
    if (!REQUEST_SHAPES[known](message as Record<string, unknown>)) return Promise.resolve({ ok: false, error: `invalid "${type}" message` });
    const handler = handlers[known] as (request: unknown) => unknown;
    return Promise.resolve()
      .then(() => handler(message))
      .then(
        (value): Reply<unknown> => ({ ok: true, value: value ?? null }),
        (error: unknown): Reply<unknown> => ({ ok: false, error: error instanceof Error ? error.message : String(error) }),
      );
  };
}

/** Registers `listener` on runtime.onMessage; returns the remover. */
export function listenOnRuntime(listener: ContentMessageListener): () => void {
  browser.runtime.onMessage.addListener(listener as never);
  return () => browser.runtime.onMessage.removeListener(listener as never);
}

/** The page as a flag records it: address, title, the selection now, and the hash of the text as read. */
export async function snapshot(doc: Document, readText: () => string): Promise<PageSnapshot> {
  const url = doc.defaultView?.location.href ?? doc.URL;
  const title = doc.title;
  const selection = doc.getSelection()?.toString() ?? '';
  return { url, title, textHash: await sha256Hex(readText()), selection };
}

type BackgroundProtocol = typeof toBackground;
type BackgroundMessageType = keyof BackgroundProtocol & string;

/**
 * Sends a `toBackground` message from the content script, without zod: the background validates every
 * request against the protocol (messaging/runtime.ts), and its replies, which no page can forge, are only
 * unwrapped here (`{ ok, value }` or `{ ok: false, error }`).
 */
export async function sendFromContent<K extends BackgroundMessageType>(message: RequestOf<BackgroundProtocol, K>): Promise<ReplyOf<BackgroundProtocol, K>> {
  const raw = (await browser.runtime.sendMessage(message)) as Reply<ReplyOf<BackgroundProtocol, K>> | undefined;
  if (typeof raw !== 'object' || raw === null || typeof raw.ok !== 'boolean') throw new Error(`${message.type}: malformed reply`);
  if (!raw.ok) throw new Error(`${message.type}: ${raw.error}`);
  return raw.value;
}

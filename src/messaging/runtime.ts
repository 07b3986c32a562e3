/**
 * Typed send and receive over the WebExtension runtime, built on `protocol.ts`.
 * Every request is validated by the receiver and every reply by the sender.
 */
import { browser } from 'wxt/browser';
import type { ZodType } from 'zod';
import { parseRequest, Reply, toBackground, toContent, type ReplyOf, type RequestOf } from './protocol';

type Protocol = typeof toBackground | typeof toContent;

/**
 * Who sent a message, as the browser (not the message) says. `fromExtensionPage` is true only for the
 * extension's own pages (options, popup, dataset) and background: a content script's frame URL is the
 * page's, whatever code runs in its world, so a page can never pass for one of them.
 */
export type Sender = { tabId?: number; url?: string; fromExtensionPage: boolean };

type Handlers<P extends Protocol> = {
  [K in keyof P]: (body: RequestOf<P, K>, sender: Sender) => Promise<ReplyOf<P, K>> | ReplyOf<P, K>;
};

type RawSender = { id?: string; url?: string; tab?: { id?: number } };

export function describeSender(sender: RawSender, extensionId: string, extensionBase: string): Sender {
  const fromExtensionPage = sender.id === extensionId && typeof sender.url === 'string' && sender.url.startsWith(extensionBase);
  return { tabId: sender.tab?.id, url: sender.url, fromExtensionPage };
}

async function unwrap(raw: unknown, replySchema: ZodType, what: string): Promise<unknown> {
  const parsed = Reply(replySchema).safeParse(raw);
  if (!parsed.success) throw new Error(`${what}: malformed reply`);
  if (!parsed.data.ok) throw new Error(`${what}: ${parsed.data.error}`);
  return parsed.data.value;
}

export async function sendToBackground<K extends keyof typeof toBackground & string>(
  message: RequestOf<typeof toBackground, K>,
): Promise<ReplyOf<typeof toBackground, K>> {
  const raw = await browser.runtime.sendMessage(message);
  return unwrap(raw, toBackground[message.type].reply, message.type) as Promise<ReplyOf<typeof toBackground, K>>;
}

export async function sendToTab<K extends keyof typeof toContent & string>(
  tabId: number,
  message: RequestOf<typeof toContent, K>,
): Promise<ReplyOf<typeof toContent, K>> {
  const raw = await browser.tabs.sendMessage(tabId, message);
  return unwrap(raw, toContent[message.type].reply, message.type) as Promise<ReplyOf<typeof toContent, K>>;
}

/**
 * Registers one listener that validates each request, runs its named handler and replies with a
 * `Reply`. Messages of other protocols are left for other listeners. Returns the remover.
 */
export function handleMessages<P extends Protocol>(protocol: P, handlers: Handlers<P>): () => void {
  const listener = (raw: unknown, sender: RawSender) => {
    const request = parseRequest(protocol, raw);
    if (request === null) return undefined;
    if (typeof request === 'string') return Promise.resolve({ ok: false, error: request });
    const handler = handlers[request.type as keyof P] as (b: unknown, s: Sender) => unknown;
    const from = describeSender(sender, browser.runtime.id, browser.runtime.getURL('/'));
    return Promise.resolve()
      .then(() => handler(request.body, from))
      .then(
        (value) => ({ ok: true, value: value ?? null }),
        (error: unknown) => ({ ok: false, error: error instanceof Error ? error.message : String(error) }),
      );
  };
  browser.runtime.onMessage.addListener(listener as never);
  return () => browser.runtime.onMessage.removeListener(listener as never);
}

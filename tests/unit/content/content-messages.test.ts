// @vitest-environment happy-dom
// The one dispatcher both content stages answer through: it leaves other messages to other listeners,
// wraps answers and failures in a Reply, checks requests as the protocol's schemas do (without zod, which
// the first stage must not bundle), and one snapshot() serves both stages.
import { describe, expect, it, vi } from 'vitest';
import { contentMessageListener, snapshot, type ContentHandlers } from '../../../src/content/content-messages';
import { sha256Hex } from '../../../src/content/sha256';
import { toContent } from '../../../src/messaging/protocol';

function handlers(overrides: Partial<ContentHandlers> = {}): ContentHandlers {
  return {
    'content/get-analysis': () => null,
    'content/scroll-to': () => true,
    'content/snapshot': () => ({ url: 'https://example.org/', title: 't', textHash: '0'.repeat(64), selection: '' }),
    ...overrides,
  };
}

describe('content message dispatcher', () => {
  it('leaves messages that are not to the content script to other listeners, synchronously', () => {
    const listen = contentMessageListener(handlers());
    for (const message of [null, 'content/snapshot', 42, {}, { type: 7 }, { type: 'page/analysed' }, { type: 'toString' }, { type: '__proto__' }]) {
      expect(listen(message), JSON.stringify(message)).toBeUndefined();
    }
  });

  it('passes the request to its handler and wraps the answer (undefined as null) in a Reply', async () => {
    const scroll = vi.fn(() => true);
    const listen = contentMessageListener(handlers({ 'content/scroll-to': scroll, 'content/get-analysis': () => undefined as never }));
    expect(await listen({ type: 'content/scroll-to', termId: 'general-purpose', occurrence: 2 })).toEqual({ ok: true, value: true });
    expect(scroll).toHaveBeenCalledWith({ type: 'content/scroll-to', termId: 'general-purpose', occurrence: 2 });
    expect(await listen({ type: 'content/get-analysis' })).toEqual({ ok: true, value: null });
  });

  it('replies with the error when a handler throws or rejects', async () => {
    const listen = contentMessageListener(
      handlers({
        'content/get-analysis': () => {
          throw new Error('not ready');
        },
        'content/scroll-to': () => Promise.reject(new Error('gone')),
      }),
    );
    expect(await listen({ type: 'content/get-analysis' })).toEqual({ ok: false, error: 'not ready' });
    expect(await listen({ type: 'content/scroll-to', termId: 'x' })).toEqual({ ok: false, error: 'gone' });
  });

  it('accepts and refuses requests as the protocol schemas do, without calling the handler for a refused one', async () => {
    const scroll = vi.fn(() => true);
    const listen = contentMessageListener(handlers({ 'content/scroll-to': scroll }));
    const requests = [
      { type: 'content/scroll-to', termId: 'general-purpose' },
      { type: 'content/scroll-to', termId: 'general-purpose', occurrence: 0 },
      { type: 'content/scroll-to', termId: 'general-purpose', occurrence: 3 },
      { type: 'content/scroll-to' },
      { type: 'content/scroll-to', termId: 4 },
      { type: 'content/scroll-to', termId: 'general-purpose', occurrence: -1 },
      { type: 'content/scroll-to', termId: 'general-purpose', occurrence: 1.5 },
      { type: 'content/scroll-to', termId: 'general-purpose', occurrence: '2' },
      { type: 'content/snapshot' },
      { type: 'content/get-analysis', extra: true },
    ] as const;
    for (const request of requests) {
      const schemaAccepts = toContent[request.type].request.safeParse(request).success;
      const reply = (await listen(request)) as { ok: boolean };
      expect(reply.ok, JSON.stringify(request)).toBe(schemaAccepts);
    }
    expect(scroll).toHaveBeenCalledTimes(3);
  });
});

describe('snapshot', () => {
  it('is the address, title, selection and the hash of the text as read, valid for the protocol', async () => {
    document.title = 'A page';
    document.body.innerHTML = '<p id="p">Some selected words.</p>';
    const range = document.createRange();
    range.selectNodeContents(document.getElementById('p')!);
    document.getSelection()!.removeAllRanges();
    document.getSelection()!.addRange(range);
    const shot = await snapshot(document, () => 'the text');
    expect(shot).toEqual({ url: location.href, title: 'A page', textHash: await sha256Hex('the text'), selection: 'Some selected words.' });
    expect(toContent['content/snapshot'].reply.safeParse(shot).success).toBe(true);
  });
});

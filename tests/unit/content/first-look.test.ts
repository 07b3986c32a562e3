// @vitest-environment happy-dom
// The content script's first stage: rules unrelated pages out from textContent and says so, answers the
// background for them, and hands the rest to the full stage.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { startFirstLook } from '../../../src/content/first-look';
import { claimFullStage, takeOverFirstLook, type FirstLook } from '../../../src/content/first-look-handover';
import { extractText } from '../../../src/content/extract-text';
import { contentFirstLook } from '../../../src/content/first-look-pack';
import { sha256Hex } from '../../../src/content/sha256';
import { Reply, toBackground, toContent } from '../../../src/messaging/protocol';

type Sent = { type: string; [key: string]: unknown };

/** `reply`: what the background answers (by default `{ ok: true, value: null }`, as its handlers do). */
function start(html: string, reply: (message: Sent) => Promise<unknown> = async () => ({ ok: true, value: null })) {
  document.body.innerHTML = html;
  const sent: Sent[] = [];
  let handler: ((message: unknown) => Promise<unknown> | undefined) | null = null;
  const first = startFirstLook({
    doc: document,
    send: (message) => {
      sent.push(message);
      return reply(message);
    },
    listen(h) {
      handler = h;
      return () => void (handler = null);
    },
  });
  const ask = (message: unknown) => handler?.(message);
  return { first, sent, ask, listening: () => handler !== null };
}

let current: FirstLook | null = null;
afterEach(() => {
  current?.stop();
  takeOverFirstLook();
  document.body.innerHTML = '';
});

const UNRELATED = '<h1>Quarterly results</h1><p>Revenue grew in every region.</p><script>var s = "facial recognition";</script>';
const RELEVANT = '<h1>Facial recognition</h1>' + '<p>Our facial recognition technology, human rights due diligence and biometric surveillance.</p>'.repeat(4);

describe('first look', () => {
  it('reports an unrelated page as not relevant and answers for it', async () => {
    const page = start(UNRELATED);
    current = page.first;
    await vi.waitFor(() => expect(page.sent.length).toBe(1));
    const [report] = page.sent;
    expect(report).toMatchObject({ type: 'page/analysed', analysis: { relevant: false, url: location.href, textLength: document.body.textContent!.length } });
    expect(page.first.verdict()).toBeNull();
    expect(await page.ask({ type: 'content/get-analysis' })).toEqual({ ok: true, value: report!.analysis });
    expect(await page.ask({ type: 'content/scroll-to', termId: 'x' })).toEqual({ ok: true, value: false });
    const snapshot = (await page.ask({ type: 'content/snapshot' })) as { ok: boolean; value: { textHash: string } };
    expect(snapshot.value.textHash).toBe(await sha256Hex(extractText(document.body).text));
    expect(page.ask({ type: 'page/analysed' })).toBeUndefined();
    expect(page.ask('nonsense')).toBeUndefined();
  });

  it('answers every content message of the protocol with a reply the background accepts, and sends valid messages', async () => {
    // The first stage dispatches on type strings without zod: this holds it to the protocol's schemas.
    const page = start(UNRELATED);
    current = page.first;
    await vi.waitFor(() => expect(page.sent.length).toBe(1));
    const bodies: Record<keyof typeof toContent, object> = { 'content/scroll-to': { termId: 'general-purpose' }, 'content/snapshot': {}, 'content/get-analysis': {} };
    for (const type of Object.keys(toContent) as (keyof typeof toContent)[]) {
      const reply = await page.ask({ type, ...bodies[type] });
      expect(Reply(toContent[type].reply).safeParse(reply).success, type).toBe(true);
    }
    for (const message of page.sent) expect(toBackground[message.type as keyof typeof toBackground].request.safeParse(message).success, message.type).toBe(true);
    page.first.stop();
    const relevant = start(RELEVANT);
    current = relevant.first;
    await vi.waitFor(() => expect(relevant.sent.length).toBe(1));
    expect(toBackground['page/load-full'].request.safeParse(relevant.sent[0]).success).toBe(true);
  });

  it('asks for the full stage on a page it cannot rule out, and hands over its verdict', async () => {
    const page = start(RELEVANT);
    current = page.first;
    await vi.waitFor(() => expect(page.sent).toEqual([{ type: 'page/load-full' }]));
    expect(page.first.verdict()).toBe('likely');
    const taken = takeOverFirstLook();
    expect(taken).toBe(page.first);
    expect(page.listening()).toBe(false);
    // The parsed first look goes with it: the full stage carries no copy of the pack.
    expect(taken!.core()).toBe(contentFirstLook());
    expect(takeOverFirstLook()).toBeNull();
  });

  it('looks again when an unrelated page grows into a relevant one', async () => {
    const page = start(UNRELATED);
    current = page.first;
    await vi.waitFor(() => expect(page.sent.length).toBe(1));
    const more = document.createElement('div');
    more.innerHTML = RELEVANT.repeat(10);
    expect(more.textContent!.length).toBeGreaterThan(2000);
    document.body.append(more);
    await vi.waitFor(() => expect(page.sent.at(-1)).toEqual({ type: 'page/load-full' }), { timeout: 3000 });
  });

  it.each([
    ['replies that it could not inject the full stage', async () => ({ ok: false, error: 'Cannot access contents of the page' })],
    ['cannot be reached', () => Promise.reject(new Error('Could not establish connection'))],
  ])('warns when the background %s, and asks again once the page grows', async (_, failing) => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    try {
      const page = start(UNRELATED, (message) => (message.type === 'page/load-full' ? failing() : Promise.resolve({ ok: true, value: null })));
      current = page.first;
      await vi.waitFor(() => expect(page.sent.length).toBe(1));
      const grow = () => {
        const more = document.createElement('div');
        more.innerHTML = RELEVANT.repeat(10);
        document.body.append(more);
      };
      grow();
      await vi.waitFor(() => expect(page.sent.at(-1)).toEqual({ type: 'page/load-full' }), { timeout: 3000 });
      await vi.waitFor(() => expect(warn).toHaveBeenCalledWith('Pledgewatch: could not load the page analysis:', expect.anything()));
      // Back to watching: no verdict to hand over, no stale "not relevant" answer, and no retry in a loop.
      expect(page.first.verdict()).toBeNull();
      expect(await page.ask({ type: 'content/get-analysis' })).toEqual({ ok: true, value: null });
      const asked = page.sent.length;
      await new Promise((r) => setTimeout(r, 200));
      expect(page.sent.length).toBe(asked);
      grow();
      await vi.waitFor(() => expect(page.sent.length).toBe(asked + 1), { timeout: 3000 });
      expect(page.sent.at(-1)).toEqual({ type: 'page/load-full' });
    } finally {
      warn.mockRestore();
    }
  });

  it('lets a full stage that got there first do everything, and claims the full stage once', async () => {
    expect(claimFullStage()).toBe(true);
    expect(claimFullStage()).toBe(false);
    const page = start(UNRELATED);
    await new Promise((r) => setTimeout(r, 50));
    expect(page.sent).toEqual([]);
    expect(page.listening()).toBe(false);
    delete (globalThis as Record<symbol, unknown>)[Symbol.for('pledgewatch.fullStage')];
  });

  it('does not look again for a small change', async () => {
    const page = start(UNRELATED);
    current = page.first;
    await vi.waitFor(() => expect(page.sent.length).toBe(1));
    const p = document.createElement('p');
    p.textContent = 'Facial recognition.';
    document.body.append(p);
    await new Promise((r) => setTimeout(r, 200));
    expect(page.sent.length).toBe(1);
  });
});

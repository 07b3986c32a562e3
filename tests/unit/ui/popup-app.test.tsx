// @vitest-environment happy-dom
// The whole popup against a fake WebExtension API: the loading state, a designed error when the
// background cannot be reached (with a working "Try again"), and the tab named by ?tabId=.
import { fakeBrowser } from 'wxt/testing';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { analysisOf } from '../../fixtures/popup/mini-dataset';

(globalThis as { browser?: unknown }).browser = fakeBrowser;
let PopupApp: typeof import('../../../src/ui/popup/PopupApp').PopupApp;
beforeAll(async () => {
  ({ PopupApp } = await import('../../../src/ui/popup/PopupApp'));
});
beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
});

async function mount(search: string): Promise<HTMLElement> {
  const root = document.createElement('div');
  document.body.replaceChildren(root);
  await act(async () => render(<PopupApp search={search} />, root));
  return root;
}

describe('popup app', () => {
  it('shows a designed error when the background does not answer, and recovers on "Try again"', async () => {
    const requests: unknown[] = [];
    const send = vi.spyOn(fakeBrowser.runtime, 'sendMessage');
    send.mockImplementationOnce(async () => {
      throw new Error('Could not establish connection. Receiving end does not exist.');
    });
    send.mockImplementation(async (message: unknown) => {
      requests.push(message);
      // The real bundled dataset is used: an analysis naming IBM on a facial-recognition page.
      const analysis = analysisOf({ companies: [{ id: 'ibm', name: 'IBM', score: 3, evidence: [{ term: 'IBM', offset: 0, via: 'name' }] }] });
      return { ok: true, value: { tabId: 7, url: analysis.url, analysis, updatedAt: 1 } };
    });
    const root = await mount('?tabId=7');
    await vi.waitFor(() => expect(root.querySelector('[data-pw-state="error"]')).not.toBeNull());
    expect(root.querySelector('[role="alert"]')?.textContent).toContain('Receiving end does not exist');
    await act(async () => root.querySelector<HTMLButtonElement>('[data-pw-state="error"] button')!.click());
    await vi.waitFor(() => expect(root.querySelector('[data-pw-company="ibm"]')).not.toBeNull());
    // The tab asked for once, after the retry (the flag panel also asks whether an endpoint is set).
    expect(requests.filter((r) => (r as { type: string }).type === 'tab/get')).toEqual([{ type: 'tab/get', tabId: 7 }]);
    // Nothing restated on this page: the verdict says so and IBM's commitments are folded below.
    expect(root.querySelector('[data-pw-fact="commitments"]')?.textContent).toMatch(/^\d+ commitments on record, none restated on this page/);
    expect(root.querySelectorAll('[data-pw-section="pw-other-commitments"] [data-pw-record]').length).toBeGreaterThan(0);
    expect(root.querySelector('[data-pw-dataset-version]')?.textContent).toMatch(/^Dataset \d+\.\d+\.\d+ of \d{4}-\d{2}-\d{2}$/);
  });

  it('says the page was not analysed when the background has nothing for the tab', async () => {
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue({ ok: true, value: null });
    const root = await mount('?tabId=3');
    await vi.waitFor(() => expect(root.querySelector('[data-pw-state="empty"]')?.textContent).toContain('has not been analysed'));
    expect(root.querySelector('[data-pw-section="search"]')).not.toBeNull();
  });

  it('treats a malformed reply as an error, not as data', async () => {
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue({ ok: true, value: { tabId: 'x' } });
    const root = await mount('?tabId=3');
    await vi.waitFor(() => expect(root.querySelector('[data-pw-state="error"]')?.textContent).toContain('malformed reply'));
  });
});

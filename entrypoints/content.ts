import '../src/content/highlight.css';
import { browser } from 'wxt/browser';
import { listenOnRuntime } from '../src/content/content-messages';
import { startFirstLook } from '../src/content/first-look';

// The first stage, on every page: src/content/first-look.ts. The full stage (entrypoints/full.content.ts)
// is injected by the background only where the first could not rule the page out. The CSS above ships as
// extension CSS (listed in the manifest), so `::highlight(pw-*)` rules apply whatever the page's CSP says.
export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  main(ctx) {
    const firstLook = startFirstLook({
      doc: document,
      send: (message) => browser.runtime.sendMessage(message),
      listen: listenOnRuntime,
    });
    ctx.onInvalidated(() => firstLook.stop());
  },
});

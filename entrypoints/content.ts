import '../src/content/highlight.css';
import { startContent } from '../src/content/start-content';

// Everything lives in src/content/; see start-content.ts. The CSS above ships as extension CSS
// (listed in the manifest), so `::highlight(pw-*)` rules apply whatever the page's CSP says.
export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  main(ctx) {
    void startContent((cleanup) => ctx.onInvalidated(cleanup));
  },
});

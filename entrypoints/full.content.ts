import { claimFullStage } from '../src/content/first-look-handover';
import { startContent } from '../src/content/start-content';

// The full stage (src/content/start-content.ts): not in the manifest; the background injects it into a
// tab whose first stage (entrypoints/content.ts) could not rule the page out.
export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  registration: 'runtime',
  main(ctx) {
    // Injected twice into one page (two requests racing), the second copy does nothing.
    if (!claimFullStage()) return;
    void startContent((cleanup) => ctx.onInvalidated(cleanup));
  },
});

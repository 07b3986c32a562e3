import { installPageEngine } from '../src/content/install-page-engine';

// The page's own engine (src/content/page-engine.ts): not in the manifest; the background injects it into a
// tab whose full stage must analyse the page itself (the background could not, or the page is very long).
export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  registration: 'runtime',
  main() {
    installPageEngine();
  },
});

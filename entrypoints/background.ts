import { startFlagging } from '../src/flags/background/flags-background';
import { startBackground } from '../src/background/start-background';

// A service worker in Chrome MV3 and a non-persistent event page in Firefox MV2: all state the
// background needs outlives it in storage.session (see src/background/session-area.ts).
export default defineBackground({
  persistent: false,
  main() {
    startBackground();
    startFlagging();
  },
});

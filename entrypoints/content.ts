import { handleMessages } from '../src/messaging/runtime';
import { toContent } from '../src/messaging/protocol';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  main() {
    handleMessages(toContent, {
      'content/scroll-to': () => false,
      'content/snapshot': () => {
        throw new Error('not ready');
      },
      'content/get-analysis': () => null,
    });
  },
});

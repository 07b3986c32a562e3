/**
 * The flags side of the background: the selection context menu and the submission outbox.
 * The background's 'outbox/kick' handler calls `kickOutbox`.
 */
import { startFlagContextMenu } from './flags-context-menu';
import { startOutbox } from './flags-outbox-runner';

export { kickOutbox } from './flags-outbox-runner';

export function startFlagging(): void {
  startFlagContextMenu();
  startOutbox();
}

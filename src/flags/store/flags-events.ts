/**
 * "Flags changed" across the extension's pages and the background: a BroadcastChannel reaches every
 * same-origin context (popup, options page, service worker or background page) without a message
 * round trip, so the options list refreshes when the popup saves or the outbox sends.
 */
const CHANNEL = 'pledgewatch-flags';

export function announceFlagsChanged(): void {
  if (typeof BroadcastChannel === 'undefined') return;
  const channel = new BroadcastChannel(CHANNEL);
  channel.postMessage('changed');
  channel.close();
}

/** Calls `listener` after every committed change made in another context. Returns the remover. */
export function onFlagsChanged(listener: () => void): () => void {
  if (typeof BroadcastChannel === 'undefined') return () => {};
  const channel = new BroadcastChannel(CHANNEL);
  channel.onmessage = () => listener();
  return () => channel.close();
}

/** Asks the background to try the outbox now (only the background sends, so sends never overlap). */
import { sendToBackground } from '../../messaging/runtime';
import { errorText } from './flag-labels';

/** Returns a warning to show when the background could not be reached; the flag is saved either way. */
export async function kickOutbox(): Promise<string> {
  try {
    await sendToBackground({ type: 'outbox/kick' });
    return '';
  } catch (e) {
    return `Saved and queued, but sending did not start now (${errorText(e)}); the background retries on its own.`;
  }
}

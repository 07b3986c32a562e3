/**
 * Storage failures as errors a reader can act on. Every flags-store function throws only these, and
 * the UI shows `message`; nothing catches and hides them.
 */
import { z } from 'zod';

export type FlagsDbErrorKind = 'quota' | 'blocked' | 'invalid' | 'version' | 'conflict' | 'not-found' | 'unavailable' | 'unknown';

export class FlagsDbError extends Error {
  override name = 'FlagsDbError';
  constructor(
    readonly kind: FlagsDbErrorKind,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** Turns whatever IndexedDB, idb or zod threw into a FlagsDbError with a plain explanation. */
export function toFlagsDbError(error: unknown, doing: string): FlagsDbError {
  if (error instanceof FlagsDbError) return error;
  if (error instanceof z.ZodError)
    return new FlagsDbError('invalid', `Could not ${doing}: the flag is not valid: ${z.prettifyError(error).replace(/\n+/g, '; ')}`, { cause: error });
  const name = error instanceof Error || (typeof DOMException !== 'undefined' && error instanceof DOMException) ? (error as Error).name : '';
  const detail = error instanceof Error ? error.message : String(error);
  switch (name) {
    case 'QuotaExceededError':
      return new FlagsDbError('quota', `Could not ${doing}: the browser's storage for Pledgewatch is full. Nothing was changed; export your flags and free some space.`, { cause: error });
    case 'VersionError':
      return new FlagsDbError('version', `Could not ${doing}: the flags database was written by a newer Pledgewatch. Update the extension; your flags are untouched.`, { cause: error });
    case 'ConstraintError':
      return new FlagsDbError('conflict', `Could not ${doing}: another flag already has this URL and quote.`, { cause: error });
    case 'InvalidStateError':
    case 'UnknownError':
      return new FlagsDbError('unavailable', `Could not ${doing}: the flags database is not available (${detail}). Private windows and some storage settings disable it.`, { cause: error });
    default:
      return new FlagsDbError('unknown', `Could not ${doing}: ${detail}`, { cause: error });
  }
}

/** Runs a storage operation and rethrows its failure as a FlagsDbError. */
export async function guard<T>(doing: string, op: () => Promise<T>): Promise<T> {
  try {
    return await op();
  } catch (e) {
    throw toFlagsDbError(e, doing);
  }
}

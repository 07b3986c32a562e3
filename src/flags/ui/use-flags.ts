/**
 * The flags list for a page, kept current: reloads whenever any extension context (popup, background
 * outbox, another options tab) commits a change. A failed read is returned as `error`, never hidden.
 */
import { useCallback, useEffect, useState } from 'preact/hooks';
import { flagsDb } from '../store/flags-db';
import { onFlagsChanged } from '../store/flags-events';
import { listFlags, type FlagList } from '../store/flags-store';
import { errorText } from './flag-labels';

export function useFlagList(): { list: FlagList | null; error: string; reload: () => void } {
  const [list, setList] = useState<FlagList | null>(null);
  const [error, setError] = useState('');
  const reload = useCallback(() => {
    flagsDb()
      .then(listFlags)
      .then(
        (l) => {
          setList(l);
          setError('');
        },
        (e: unknown) => setError(errorText(e)),
      );
  }, []);
  useEffect(() => {
    reload();
    return onFlagsChanged(reload);
  }, [reload]);
  return { list, error, reload };
}

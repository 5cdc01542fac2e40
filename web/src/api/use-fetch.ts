import { useCallback, useEffect, useState } from 'react';
import { ApiError, getJson } from './client';

/** The state of one API request: loading, failed with a message, or done with its data. */
export type FetchState<T> =
  { status: 'loading' } | { status: 'error'; error: ApiError } | { status: 'ok'; data: T };

/** Fetches a JSON URL (none when null), cancelling the previous request; `reload` asks again. */
export function useFetch<T>(url: string | null): { state: FetchState<T>; reload: () => void } {
  const [state, setState] = useState<FetchState<T>>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    if (url === null) return undefined;
    const controller = new AbortController();
    setState({ status: 'loading' });
    getJson<T>(url, controller.signal).then(
      (data) => setState({ status: 'ok', data }),
      (error: unknown) => {
        if (controller.signal.aborted) return;
        setState({
          status: 'error',
          error: error instanceof ApiError ? error : new ApiError(0, String(error)),
        });
      },
    );
    return () => controller.abort();
  }, [url, attempt]);
  const reload = useCallback(() => setAttempt((n) => n + 1), []);
  return { state, reload };
}

import { useEffect, useState } from 'react';
import { ApiError, getJson } from '../api/client';
import type { ForecastResponse } from './forecast.types';

/** A forecast request: the last answer (kept while the next one loads), an error, and whether it loads. */
export interface ForecastState {
  data: ForecastResponse | null;
  error: ApiError | null;
  loading: boolean;
}

/**
 * Fetches the forecast at `url`, cancelling the previous request. The previous answer stays on
 * screen while a new horizon or scenario loads, so the page does not jump; `reload` asks again.
 */
export function useForecast(url: string): ForecastState & { reload: () => void } {
  const [state, setState] = useState<ForecastState>({ data: null, error: null, loading: true });
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    const controller = new AbortController();
    setState((s) => ({ ...s, error: null, loading: true }));
    getJson<ForecastResponse>(url, controller.signal).then(
      (data) => setState({ data, error: null, loading: false }),
      (error: unknown) => {
        if (controller.signal.aborted) return;
        setState({
          data: null,
          error: error instanceof ApiError ? error : new ApiError(0, String(error)),
          loading: false,
        });
      },
    );
    return () => controller.abort();
  }, [url, attempt]);
  return { ...state, reload: () => setAttempt((n) => n + 1) };
}

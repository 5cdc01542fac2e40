import { useEffect, useState } from 'react';
import { ApiError, getJson, query } from '../api/client';
import { addDays } from '../lib/format';
import type { PlanInputResponse } from './allocation.types';

/** The plan input request: the last answer (kept while the next ship date loads), an error, and whether it loads. */
export interface PlanInputState {
  data: PlanInputResponse | null;
  error: ApiError | null;
  loading: boolean;
}

/**
 * URL of the plan input: the scenario's default date and ship date, or the ship date `shipDays` after
 * the plan date once that date is known (production until the ship date counts as supply).
 */
export function planInputUrl(date: string | null, shipDays: number | null): string {
  if (date === null || shipDays === null) return '/api/allocations/input';
  return `/api/allocations/input${query({ date, shipDate: addDays(date, shipDays) })}`;
}

/** Fetches the plan input for a ship date (null = the API's default), keeping the previous answer while loading. */
export function usePlanInput(shipDays: number | null): PlanInputState & { reload: () => void } {
  const [state, setState] = useState<PlanInputState>({ data: null, error: null, loading: true });
  const [date, setDate] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  const url = planInputUrl(date, shipDays);
  useEffect(() => {
    const controller = new AbortController();
    setState((s) => ({ ...s, error: null, loading: true }));
    getJson<PlanInputResponse>(url, controller.signal).then(
      (data) => {
        setDate(data.date);
        setState({ data, error: null, loading: false });
      },
      (error: unknown) => {
        if (controller.signal.aborted) return;
        setState((s) => ({
          data: s.data,
          error: error instanceof ApiError ? error : new ApiError(0, String(error)),
          loading: false,
        }));
      },
    );
    return () => controller.abort();
  }, [url, attempt]);
  return { ...state, reload: () => setAttempt((n) => n + 1) };
}

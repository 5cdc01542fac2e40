// Small pieces the experts pages share: the illustrative mark, a refusal with the server's words, a
// hook that sends one write at a time, and the country names from the reference.
import { useCallback, useMemo, useRef, useState } from 'react';
import { ApiError, api } from '../api/client';
import type { CountriesResponse } from '../api/types';
import { useFetch, type FetchState } from '../api/use-fetch';
import { useI18n } from '../i18n/i18n';

/** A small mark beside content that is illustrative, not real. */
export function Illustrative(props: { show: boolean }) {
  const { t } = useI18n();
  if (!props.show) return null;
  return (
    <span className="ex-illustrative" data-testid="ex-illustrative">
      {t('ex.illustrative')}
    </span>
  );
}

/** What the server said when it refused a write, with the field it named. */
export function Refusal(props: { error: ApiError | null }) {
  const { t } = useI18n();
  if (!props.error) return null;
  return (
    <p className="ex-refusal" role="alert" data-testid="ex-refusal">
      <strong>{t('ex.error.send')}: </strong>
      {props.error.field && <code data-field={props.error.field}>{props.error.field}</code>}{' '}
      {props.error.status === 0 ? t('error.unreachable') : props.error.message}
    </p>
  );
}

/** Runs one write at a time: `busy` while it runs, `error` when it was refused. */
export function useSend(): {
  busy: boolean;
  error: ApiError | null;
  run: <T>(send: () => Promise<T>) => Promise<T | null>;
  fail: (message: string, field?: string) => void;
} {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const run = useCallback(async <T,>(send: () => Promise<T>) => {
    setBusy(true);
    setError(null);
    try {
      return await send();
    } catch (cause) {
      setError(cause instanceof ApiError ? cause : new ApiError(0, String(cause)));
      return null;
    } finally {
      setBusy(false);
    }
  }, []);
  const fail = useCallback(
    (message: string, field?: string) => setError(new ApiError(400, message, field)),
    [],
  );
  return { busy, error, run, fail };
}

/** Country names by ISO3 from GET /api/countries (empty until they arrive). */
export function useCountryNames(): Map<string, { nameEn: string; nameZh: string }> {
  const { state } = useFetch<CountriesResponse>(api.countries());
  return useMemo(
    () => new Map(state.status === 'ok' ? state.data.countries.map((c) => [c.iso3, c]) : []),
    [state],
  );
}

/**
 * A fetch that keeps showing its last answer while it reloads (after a write), so forms and messages
 * below it stay in place instead of flashing a placeholder.
 */
export function useSteadyFetch<T>(url: string | null): {
  state: FetchState<T>;
  reload: () => void;
} {
  const { state, reload } = useFetch<T>(url);
  const last = useRef<{ url: string | null; data: T } | null>(null);
  if (state.status === 'ok') last.current = { url, data: state.data };
  const steady: FetchState<T> =
    state.status === 'loading' && last.current?.url === url
      ? { status: 'ok', data: last.current.data }
      : state;
  return { state: steady, reload };
}

import { csrfToken } from '../access/session-store';
import type { SourceId } from './types';

/** An API call that failed: the HTTP status (0 when the server could not be reached) and its message. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly field?: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

/** Reads the `{ error: { message } }` body the API sends with a failed request, if there is one. */
export function errorMessageOf(
  body: unknown,
  fallback: string,
): { message: string; field?: string } {
  if (typeof body === 'object' && body !== null && 'error' in body) {
    const error = (body as { error: unknown }).error;
    if (typeof error === 'object' && error !== null && 'message' in error) {
      const { message, field } = error as { message: unknown; field?: unknown };
      if (typeof message === 'string' && message.length > 0) {
        return typeof field === 'string' ? { message, field } : { message };
      }
    }
  }
  return { message: fallback };
}

/** GETs a JSON resource of the API, throwing ApiError with the server's own message when it fails. */
export async function getJson<T>(url: string, signal?: AbortSignal): Promise<T> {
  return requestJson<T>(url, { signal, headers: { accept: 'application/json' } });
}

/**
 * Sends a JSON body to the API (POST, PUT, PATCH or DELETE) and reads its JSON answer, throwing ApiError
 * with the server's message and field when it refuses. Every write of the web app goes through here.
 */
export async function sendJson<T>(
  method: 'POST' | 'PUT' | 'PATCH' | 'DELETE',
  url: string,
  body?: unknown,
  signal?: AbortSignal,
): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (body !== undefined) headers['content-type'] = 'application/json';
  // The session's CSRF token on every write (the API refuses a cookie-authenticated write without it).
  const csrf = csrfToken();
  if (csrf) headers['x-csrf-token'] = csrf;
  return requestJson<T>(url, {
    method,
    signal,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
  });
}

async function requestJson<T>(url: string, init: RequestInit): Promise<T> {
  let response: Response;
  try {
    response = await fetch(url, init);
  } catch (cause) {
    if (init.signal?.aborted) throw cause;
    throw new ApiError(0, 'The server could not be reached.');
  }
  let body: unknown = null;
  try {
    body = await response.json();
  } catch {
    if (response.ok && response.status !== 204) {
      throw new ApiError(response.status, 'The server sent an unreadable answer.');
    }
  }
  if (!response.ok) {
    const { message, field } = errorMessageOf(body, `${response.status} ${response.statusText}`);
    throw new ApiError(response.status, message, field);
  }
  return body as T;
}

/** A query string from the parameters that are set ("" when none is). */
export function query(params: Record<string, string | number | null | undefined>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== null && value !== undefined) search.set(key, String(value));
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}

/** URLs of the API endpoints the dashboard uses, with their query parameters. */
export const api = {
  meta: () => '/api/meta',
  situation: (source: SourceId | null) => `/api/situation${query({ source })}`,
  milestones: (source: SourceId | null, every = 100_000) =>
    `/api/situation/world/milestones${query({ every, source })}`,
  countries: () => '/api/countries',
  country: (iso3: string, source: SourceId | null) =>
    `/api/countries/${encodeURIComponent(iso3)}${query({ source })}`,
  forecast: (iso3: string, weeks: number, scenario: string, source: SourceId | null) =>
    `/api/countries/${encodeURIComponent(iso3)}/forecast${query({ weeks, scenario, source })}`,
};

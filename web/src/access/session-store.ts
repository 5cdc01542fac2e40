// The signed-in user as the web app knows it: fetched from /api/auth/me, kept in one small store that
// components subscribe to, with the session's CSRF token that every write sends.
import { ApiError, getJson, sendJson } from '../api/client';

/** The signed-in user (as /api/auth/me describes them). */
export interface SessionUser {
  id: string;
  login: string;
  displayName: string;
  role: string;
  recipientId: string | null;
  /** Signed in with a one-time password: it must be changed before anything else. */
  passwordChangeRequired?: boolean;
}

/** What /api/auth/me and /api/auth/sign-in answer. */
export interface MeResponse {
  user: SessionUser;
  via: 'cookie' | 'token';
  csrfToken: string | null;
  permissions: string[];
}

/** The session as the app sees it: still asking, nobody signed in, or a user. */
export type SessionState =
  { status: 'unknown' } | { status: 'anonymous' } | { status: 'signed-in'; me: MeResponse };

let state: SessionState = { status: 'unknown' };
const listeners = new Set<() => void>();

function set(next: SessionState): void {
  state = next;
  for (const listener of listeners) listener();
}

/** The current session state. */
export function sessionState(): SessionState {
  return state;
}

/** Subscribes to session changes; returns the unsubscribe function. */
export function subscribeSession(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The CSRF token of the signed-in session, for the x-csrf-token header of writes (null: none). */
export function csrfToken(): string | null {
  return state.status === 'signed-in' ? state.me.csrfToken : null;
}

/** Asks the server who is signed in (a 401 means nobody). */
export async function refreshSession(): Promise<SessionState> {
  try {
    set({ status: 'signed-in', me: await getJson<MeResponse>('/api/auth/me') });
  } catch (error) {
    if (!(error instanceof ApiError) || error.status !== 401) throw error;
    set({ status: 'anonymous' });
  }
  return state;
}

/** Signs in with a login and password (throws ApiError with the server's message when refused). */
export async function signIn(login: string, password: string): Promise<MeResponse> {
  const me = await sendJson<MeResponse>('POST', '/api/auth/sign-in', { login, password });
  set({ status: 'signed-in', me });
  return me;
}

/** Changes the signed-in user's password (ApiError naming the field when refused), then asks who is signed in. */
export async function changePassword(currentPassword: string, newPassword: string): Promise<void> {
  await sendJson<unknown>('POST', '/api/auth/password', { currentPassword, newPassword });
  await refreshSession();
}

/** Signs out and forgets the user. */
export async function signOut(): Promise<void> {
  await sendJson<unknown>('POST', '/api/auth/sign-out');
  set({ status: 'anonymous' });
}

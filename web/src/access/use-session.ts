// The session in React: re-renders on sign-in and sign-out, and asks the server once on first use.
import { useEffect, useSyncExternalStore } from 'react';
import { refreshSession, sessionState, subscribeSession, type SessionState } from './session-store';

let asked = false;

/** The current session; the first component to use it asks /api/auth/me. */
export function useSession(): SessionState {
  const state = useSyncExternalStore(subscribeSession, sessionState, sessionState);
  useEffect(() => {
    if (asked) return;
    asked = true;
    refreshSession().catch(() => {
      asked = false;
    });
  }, []);
  return state;
}

// What the operations pages need to know about the signed-in user: whether they may do something (the
// server decides; the pages only hide actions it would refuse) and the name an approval records.
import type { SessionState, SessionUser } from '../access/session-store';

/** Whether the session's user holds `permission` (see src/core/access): false when nobody is signed in. */
export function hasPermission(session: SessionState, permission: string): boolean {
  return session.status === 'signed-in' && session.me.permissions.includes(permission);
}

/** How the server records a user as approver: display name and login, or the login alone. */
export function approverLabel(user: Pick<SessionUser, 'login' | 'displayName'>): string {
  const shown = user.displayName.trim();
  return shown && shown !== user.login ? `${shown} (${user.login})` : user.login;
}

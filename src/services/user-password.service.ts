// Use cases of passwords: a user changes their own (the current one checked, the new one by the policy,
// their other sessions ended), and an administrator resets one to a one-time password that must be
// changed before anything else. Both are recorded in the audit trail (never a password or its hash).
import { verify } from '@node-rs/argon2';
import { passwordProblem } from '../core/access';
import type { Database } from '../db/database';
import {
  deleteSessionsOf,
  findUserById,
  findUserByLogin,
  setUserPassword,
  type UserRow,
} from '../db/users.repository';
import { recordAudit } from './audit.service';
import { secretHash } from './auth.service';
import { BadRequestError, NotFoundError } from './errors';
import { hashPassword, oneTimePassword, userView, type UserView } from './users.service';

/** The current password given with a change is wrong (a failure the rate limit counts). */
export class WrongPasswordError extends BadRequestError {
  override name = 'WrongPasswordError';
  constructor() {
    super('currentPassword is not your current password', 'currentPassword');
  }
}

/** A password change: the current password and the new one. */
export interface PasswordChange {
  currentPassword: string;
  newPassword: string;
}

/** A password changed: the user after, and how many of their other sessions were ended. */
export interface PasswordChanged {
  user: UserView;
  sessionsEnded: number;
}

const passwordState = (row: UserRow) => ({
  passwordChangeRequired: row.passwordChangeRequired,
  passwordChangedAt: row.passwordChangedAt,
});

/**
 * Changes a user's password: 400 naming `newPassword` when the policy refuses it or it equals the
 * current one, WrongPasswordError when `currentPassword` is wrong. Ends every session of the user but
 * `keepSessionId` (the one making the change; null: all of them) and clears a one-time password's flag.
 */
export async function changePassword(
  database: Database,
  userId: string,
  change: PasswordChange,
  keepSessionId: string | null,
): Promise<PasswordChanged> {
  const problem = passwordProblem(change.newPassword, 'newPassword', change.currentPassword);
  if (problem) throw new BadRequestError(problem.message, problem.field);
  const user = await findUserById(database.db, userId);
  if (!user) throw new NotFoundError(`no user "${userId}"`, 'userId', userId);
  const ok = await verify(user.passwordHash, change.currentPassword).catch(() => false);
  if (!ok) throw new WrongPasswordError();
  const passwordHash = await hashPassword(change.newPassword);
  return database.transaction(async (tx) => {
    const at = new Date().toISOString();
    const row = await setUserPassword(tx, userId, {
      passwordHash,
      passwordChangeRequired: false,
      at,
    });
    if (!row) throw new NotFoundError(`no user "${userId}"`, 'userId', userId);
    const keep = keepSessionId === null ? undefined : secretHash(keepSessionId);
    const sessionsEnded = await deleteSessionsOf(tx, userId, keep);
    await recordAudit(tx, {
      action: 'user.password-change',
      entity: 'user',
      entityId: userId,
      before: passwordState(user),
      after: { ...passwordState(row), otherSessionsEnded: sessionsEnded },
    });
    return { user: userView(row), sessionsEnded };
  });
}

/**
 * Resets a user's password to a new random one-time password (returned, shown once): every session of
 * the user ends, and nothing but changing it is allowed until they do.
 */
export async function resetPassword(
  database: Database,
  login: string,
): Promise<{ user: UserView; password: string }> {
  const password = oneTimePassword();
  const passwordHash = await hashPassword(password);
  return database.transaction(async (tx) => {
    const before = await findUserByLogin(tx, login);
    if (!before) throw new NotFoundError(`no user with login "${login}"`, 'login', login);
    const at = new Date().toISOString();
    const row = await setUserPassword(tx, before.id, {
      passwordHash,
      passwordChangeRequired: true,
      at,
    });
    if (!row) throw new NotFoundError(`no user with login "${login}"`, 'login', login);
    const sessionsEnded = await deleteSessionsOf(tx, before.id);
    await recordAudit(tx, {
      action: 'user.password-reset',
      entity: 'user',
      entityId: before.id,
      before: passwordState(before),
      after: { ...passwordState(row), sessionsEnded },
    });
    return { user: userView(row), password };
  });
}

// Use cases of user administration: add, list and disable users, and the first users of a new install
// (documented demo users in demo mode; in production one admin with a one-time random password).
import { randomBytes, randomUUID } from 'node:crypto';
import { hash } from '@node-rs/argon2';
import { isRole, passwordProblem, ROLES, type AccessRole } from '../core/access';
import type { Database } from '../db/database';
import {
  countUsers,
  deleteSessionsOf,
  insertUser,
  listUsers as listUserRows,
  setUserDisabled,
  type UserRow,
} from '../db/users.repository';
import { recordAudit } from './audit.service';
import { BadRequestError, ConflictError, NotFoundError } from './errors';

/** A user as the API and CLI show it (never the password hash). */
export interface UserView {
  id: string;
  login: string;
  displayName: string;
  role: AccessRole;
  recipientId: string | null;
  disabled: boolean;
  createdAt: string;
  /** The password is a one-time one: nothing but changing it is allowed until it is changed. */
  passwordChangeRequired: boolean;
}

/** What it takes to add a user. */
export interface NewUser {
  login: string;
  displayName?: string | undefined;
  password: string;
  role: string;
  recipientId?: string | null | undefined;
  /** The password is a one-time one the user must change before anything else. */
  oneTimePassword?: boolean | undefined;
}

/** The shortest password accepted. */
export { MIN_PASSWORD_LENGTH } from '../core/access';

/** A user row as shown: without its hash. */
export function userView(row: UserRow): UserView {
  return {
    id: row.id,
    login: row.login,
    displayName: row.displayName,
    role: row.role,
    recipientId: row.recipientId,
    disabled: row.disabled,
    createdAt: row.createdAt,
    passwordChangeRequired: row.passwordChangeRequired,
  };
}

/** Hashes a password with argon2id (the library's default algorithm). */
export function hashPassword(password: string): Promise<string> {
  return hash(password);
}

function checkNewUser(input: NewUser): { role: AccessRole; recipientId: string | null } {
  if (!/^[a-z0-9][a-z0-9._-]{1,62}$/.test(input.login)) {
    throw new BadRequestError(
      `login "${input.login}" must be 2-63 lower-case letters, digits, '.', '_' or '-'`,
      'login',
    );
  }
  if (!isRole(input.role)) {
    throw new BadRequestError(`role "${input.role}" is not one of ${ROLES.join(', ')}`, 'role');
  }
  const problem = passwordProblem(input.password, 'password');
  if (problem) throw new BadRequestError(problem.message, problem.field);
  const recipientId = input.recipientId?.trim() || null;
  if ((input.role === 'recipient-focal-point') !== (recipientId !== null)) {
    throw new BadRequestError(
      input.role === 'recipient-focal-point'
        ? 'a recipient focal point needs the recipient it speaks for (recipientId)'
        : `only a recipient focal point is bound to a recipient, not a ${input.role}`,
      'recipientId',
    );
  }
  return { role: input.role, recipientId };
}

/** Adds a user (409 when the login is taken), recorded in the audit trail. */
export async function addUser(database: Database, input: NewUser): Promise<UserView> {
  const { role, recipientId } = checkNewUser(input);
  const row = {
    id: `user-${randomUUID()}`,
    login: input.login,
    displayName: input.displayName?.trim() || input.login,
    passwordHash: await hashPassword(input.password),
    role,
    recipientId,
    passwordChangeRequired: input.oneTimePassword === true,
  };
  return database.transaction(async (tx) => {
    if (!(await insertUser(tx, row))) {
      throw new ConflictError(`a user with login "${input.login}" exists already`);
    }
    const view = userView({
      ...row,
      passwordChangeRequired: row.passwordChangeRequired,
      passwordChangedAt: null,
      disabled: false,
      createdAt: new Date().toISOString(),
    });
    await recordAudit(tx, { action: 'user.create', entity: 'user', entityId: row.id, after: view });
    return view;
  });
}

/** Every user, by login. */
export async function listUsers(database: Database): Promise<UserView[]> {
  return (await listUserRows(database.db)).map(userView);
}

/** Disables (or enables) a user; disabling also ends their sessions. Recorded in the audit trail. */
export async function setDisabled(
  database: Database,
  login: string,
  disabled: boolean,
): Promise<UserView> {
  return database.transaction(async (tx) => {
    const row = await setUserDisabled(tx, login, disabled);
    if (!row) throw new NotFoundError(`no user with login "${login}"`, 'login', login);
    if (disabled) await deleteSessionsOf(tx, row.id);
    const after = userView(row);
    await recordAudit(tx, {
      action: disabled ? 'user.disable' : 'user.enable',
      entity: 'user',
      entityId: row.id,
      before: { ...after, disabled: !disabled },
      after,
    });
    return after;
  });
}

/** The demo users: one per role, password `demo-<role>`; the focal point speaks for Italy. */
export const DEMO_USERS: readonly (NewUser & { role: AccessRole })[] = ROLES.map((role) => ({
  login: role === 'recipient-focal-point' ? 'focal-point' : role,
  displayName: `Demo ${role}`,
  password: `demo-${role === 'recipient-focal-point' ? 'focal-point' : role}`,
  role,
  recipientId: role === 'recipient-focal-point' ? 'ITA' : null,
}));

/** What ensureFirstUsers did, with the lines to print on start. */
export interface FirstUsers {
  created: 'demo' | 'admin' | 'none';
  lines: string[];
}

/** A random one-time password (24 characters, 144 bits), for a first admin or a reset. */
export function oneTimePassword(): string {
  return randomBytes(18).toString('base64url');
}

/**
 * On a database with no users: in demo mode (with the demo on) adds DEMO_USERS; otherwise (production,
 * or TONGZHOU_DEMO=0) one `admin` with a random one-time password shown once (only its hash is kept),
 * which must be changed at the first sign-in. With users present, only says how to sign in.
 */
export async function ensureFirstUsers(
  database: Database,
  mode: 'demo' | 'production',
  demo: boolean = true,
): Promise<FirstUsers> {
  const demoUsers = mode === 'demo' && demo;
  if ((await countUsers(database.db)) > 0) {
    return {
      created: 'none',
      lines: demoUsers
        ? [`Sign in with a demo user, e.g. coordinator / demo-coordinator (README: "Signing in").`]
        : [],
    };
  }
  if (demoUsers) {
    for (const user of DEMO_USERS) await addUser(database, user);
    return {
      created: 'demo',
      lines: [
        'Demo users (login / password): ' +
          DEMO_USERS.map((u) => `${u.login} / ${u.password}`).join(', '),
      ],
    };
  }
  const password = oneTimePassword();
  await addUser(database, {
    login: 'admin',
    displayName: 'Administrator',
    password,
    role: 'admin',
    oneTimePassword: true,
  });
  return {
    created: 'admin',
    lines: [
      `First start: created user "admin" with the one-time password ${password} - it is not stored ` +
        'and will not be shown again; sign in, change it (nothing else is allowed until then), and ' +
        'add named users (tongzhou users add).',
    ],
  };
}

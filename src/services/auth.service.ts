// Use cases of signing in: password sign-in to a browser session (with its CSRF token), sign-out, API
// tokens, and resolving a session cookie or bearer token to the actor of a request. Secrets (session
// ids, tokens) are random, shown once, and stored only as SHA-256 hashes.
import { createHash, randomBytes, randomUUID, timingSafeEqual } from 'node:crypto';
import { verify } from '@node-rs/argon2';
import type { Database } from '../db/database';
import {
  deleteAuthSession,
  findApiToken,
  findLiveSession,
  findLiveToken,
  findUserByLogin,
  insertApiToken,
  insertAuthSession,
  listApiTokens,
  revokeApiToken,
  touchApiToken,
  type ApiTokenRow,
  type UserRow,
} from '../db/users.repository';
import type { Actor } from './actor-context';
import { recordAudit } from './audit.service';
import { BadRequestError, NotFoundError } from './errors';
import { hashPassword, userView, type UserView } from './users.service';

/** How long a browser session lasts. */
export const SESSION_HOURS = 12;
/** The prefix of every API token (so a leaked one is recognisable in logs and scanners). */
export const TOKEN_PREFIX = 'tzt_';

/** SHA-256 hex of a secret: what the database keeps of session ids and tokens. */
export function secretHash(secret: string): string {
  return createHash('sha256').update(secret, 'utf8').digest('hex');
}

/** Compares two strings in constant time (for CSRF tokens). */
export function sameSecret(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/** A user as a request's actor. */
export function actorOf(user: UserRow, tokenId?: string): Actor {
  return {
    kind: 'user',
    id: user.id,
    name: user.login,
    role: user.role,
    recipientId: user.recipientId,
    ...(tokenId ? { tokenId } : {}),
  };
}

/** The sign-in name or password is wrong (one message for both, so logins do not leak). */
export class SignInError extends Error {
  override name = 'SignInError';
}

let dummyHash: Promise<string> | undefined;

/** A new browser session: the cookie's secret id (shown once), its CSRF token, expiry and user. */
export interface NewSession {
  sessionId: string;
  csrfToken: string;
  expiresAt: string;
  user: UserView;
}

/** Checks a login and password (argon2id) and opens a session; SignInError when either is wrong. */
export async function signIn(
  database: Database,
  login: string,
  password: string,
  now: Date = new Date(),
): Promise<NewSession> {
  const user = await findUserByLogin(database.db, login);
  // Verify against a throw-away hash for an unknown login too, so the timing does not tell.
  dummyHash ??= hashPassword(randomBytes(16).toString('hex'));
  const ok = await verify(user?.passwordHash ?? (await dummyHash), password).catch(() => false);
  if (!user || !ok || user.disabled) throw new SignInError('wrong sign-in name or password');
  const sessionId = randomBytes(32).toString('base64url');
  const csrfToken = randomBytes(24).toString('base64url');
  const expiresAt = new Date(now.getTime() + SESSION_HOURS * 3_600_000).toISOString();
  await insertAuthSession(database.db, {
    idHash: secretHash(sessionId),
    userId: user.id,
    csrfToken,
    expiresAt,
  });
  return { sessionId, csrfToken, expiresAt, user: userView(user) };
}

/** Ends a session (a missing or expired one is already ended). */
export async function signOut(database: Database, sessionId: string): Promise<void> {
  await deleteAuthSession(database.db, secretHash(sessionId), new Date().toISOString());
}

/** Who a session cookie belongs to, with the session's CSRF token; undefined when unknown, expired or disabled. */
export async function resolveSession(
  database: Database,
  sessionId: string,
  now: Date = new Date(),
): Promise<{ actor: Actor; csrfToken: string; user: UserView } | undefined> {
  const found = await findLiveSession(database.db, secretHash(sessionId), now.toISOString());
  if (!found || found.user.disabled) return undefined;
  return {
    actor: actorOf(found.user),
    csrfToken: found.session.csrfToken,
    user: userView(found.user),
  };
}

/** Who a bearer token belongs to; undefined when unknown, revoked or its user disabled. */
export async function resolveToken(
  database: Database,
  token: string,
  now: Date = new Date(),
): Promise<{ actor: Actor; user: UserView } | undefined> {
  if (!token.startsWith(TOKEN_PREFIX)) return undefined;
  const found = await findLiveToken(database.db, secretHash(token));
  if (!found || found.user.disabled) return undefined;
  const last = found.token.lastUsedAt ? Date.parse(found.token.lastUsedAt) : 0;
  // Note the use at most once a minute: no write on every request under load.
  if (now.getTime() - last > 60_000) {
    await touchApiToken(database.db, found.token.id, now.toISOString());
  }
  return { actor: actorOf(found.user, found.token.id), user: userView(found.user) };
}

/** A token as listed (never its secret). */
export type TokenView = Omit<ApiTokenRow, 'tokenHash'>;

function tokenView(row: ApiTokenRow): TokenView {
  const { tokenHash: _hash, ...view } = row;
  return view;
}

/** Creates an API token for a user; the secret is in the answer only. Recorded in the audit trail. */
export async function createToken(
  database: Database,
  userId: string,
  name: string,
): Promise<TokenView & { token: string }> {
  const label = name.trim();
  if (!label) throw new BadRequestError('a token needs a name saying what uses it', 'name');
  const token = TOKEN_PREFIX + randomBytes(32).toString('base64url');
  return database.transaction(async (tx) => {
    const row = await insertApiToken(tx, {
      id: `tok-${randomUUID().slice(0, 8)}`,
      tokenHash: secretHash(token),
      name: label,
      userId,
    });
    const view = tokenView(row);
    await recordAudit(tx, {
      action: 'token.create',
      entity: 'api_token',
      entityId: row.id,
      after: view,
    });
    return { ...view, token };
  });
}

/** A user's tokens (every user's when userId is undefined). */
export async function listTokens(database: Database, userId?: string): Promise<TokenView[]> {
  return (await listApiTokens(database.db, userId)).map(tokenView);
}

/** Revokes a token; only its owner may, unless `anyUser` (admin, CLI). 404 otherwise. */
export async function revokeToken(
  database: Database,
  id: string,
  owner: { userId: string } | { anyUser: true },
): Promise<TokenView> {
  return database.transaction(async (tx) => {
    const existing = await findApiToken(tx, id);
    const mine = existing && ('anyUser' in owner || existing.userId === owner.userId);
    if (!existing || !mine || existing.revokedAt) {
      throw new NotFoundError(`no live token "${id}"`, 'id', id);
    }
    const row = await revokeApiToken(tx, id, new Date().toISOString());
    if (!row) throw new NotFoundError(`no live token "${id}"`, 'id', id);
    const after = tokenView(row);
    await recordAudit(tx, {
      action: 'token.revoke',
      entity: 'api_token',
      entityId: id,
      before: tokenView(existing),
      after,
    });
    return after;
  });
}

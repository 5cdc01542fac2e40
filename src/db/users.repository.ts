// Users, browser sessions and API tokens: the only place that reads or writes users, auth_sessions and
// api_tokens. Session ids and tokens arrive here already hashed.
import { and, asc, eq, gt, isNull, lt, ne, sql } from 'drizzle-orm';
import type { Db } from './db.types';
import { apiTokens, authSessions, users } from './schema';

/** A user row (with its password hash: never hand it out of the services). */
export type UserRow = typeof users.$inferSelect;
/** A user to insert (the database sets created_at and disabled; a one-time password sets the flag). */
export type NewUserRow = Omit<
  UserRow,
  'createdAt' | 'disabled' | 'passwordChangeRequired' | 'passwordChangedAt'
> & { passwordChangeRequired?: boolean };
/** A browser-session row. */
export type AuthSessionRow = typeof authSessions.$inferSelect;
/** An API-token row. */
export type ApiTokenRow = typeof apiTokens.$inferSelect;

/** Inserts a user; false when the id or login exists. */
export async function insertUser(db: Db, row: NewUserRow): Promise<boolean> {
  const written = await db
    .insert(users)
    .values(row)
    .onConflictDoNothing()
    .returning({ id: users.id });
  return written.length === 1;
}

/** Every user by login. */
export async function listUsers(db: Db): Promise<UserRow[]> {
  return db.select().from(users).orderBy(asc(users.login));
}

/** How many users there are. */
export async function countUsers(db: Db): Promise<number> {
  const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(users);
  return row?.n ?? 0;
}

/** One user by login, or undefined. */
export async function findUserByLogin(db: Db, login: string): Promise<UserRow | undefined> {
  return (await db.select().from(users).where(eq(users.login, login)))[0];
}

/** One user by id, or undefined. */
export async function findUserById(db: Db, id: string): Promise<UserRow | undefined> {
  return (await db.select().from(users).where(eq(users.id, id)))[0];
}

/** Sets a user's disabled flag; returns the row after, or undefined when no such login. */
export async function setUserDisabled(
  db: Db,
  login: string,
  disabled: boolean,
): Promise<UserRow | undefined> {
  const [row] = await db.update(users).set({ disabled }).where(eq(users.login, login)).returning();
  return row;
}

/** Sets a user's password hash and whether it must be changed; returns the row after, or undefined. */
export async function setUserPassword(
  db: Db,
  userId: string,
  change: { passwordHash: string; passwordChangeRequired: boolean; at: string },
): Promise<UserRow | undefined> {
  const [row] = await db
    .update(users)
    .set({
      passwordHash: change.passwordHash,
      passwordChangeRequired: change.passwordChangeRequired,
      passwordChangedAt: change.at,
    })
    .where(eq(users.id, userId))
    .returning();
  return row;
}

/** Stores a new browser session. */
export async function insertAuthSession(
  db: Db,
  row: Omit<AuthSessionRow, 'createdAt'>,
): Promise<void> {
  await db.insert(authSessions).values(row);
}

/** A live (unexpired) session and its user, or undefined. */
export async function findLiveSession(
  db: Db,
  idHash: string,
  now: string,
): Promise<{ session: AuthSessionRow; user: UserRow } | undefined> {
  const [row] = await db
    .select({ session: authSessions, user: users })
    .from(authSessions)
    .innerJoin(users, eq(users.id, authSessions.userId))
    .where(and(eq(authSessions.idHash, idHash), gt(authSessions.expiresAt, now)));
  return row;
}

/** Ends a session (and, on the way, every expired one). */
export async function deleteAuthSession(db: Db, idHash: string, now: string): Promise<void> {
  await db.delete(authSessions).where(eq(authSessions.idHash, idHash));
  await db.delete(authSessions).where(lt(authSessions.expiresAt, now));
}

/** Ends every session of a user (when disabled), or every one but `keepIdHash`; returns how many. */
export async function deleteSessionsOf(
  db: Db,
  userId: string,
  keepIdHash?: string,
): Promise<number> {
  const mine = eq(authSessions.userId, userId);
  const ended = await db
    .delete(authSessions)
    .where(keepIdHash === undefined ? mine : and(mine, ne(authSessions.idHash, keepIdHash)))
    .returning({ idHash: authSessions.idHash });
  return ended.length;
}

/** Stores a new API token. */
export async function insertApiToken(
  db: Db,
  row: Omit<ApiTokenRow, 'createdAt' | 'lastUsedAt' | 'revokedAt'>,
): Promise<ApiTokenRow> {
  const [written] = await db.insert(apiTokens).values(row).returning();
  if (!written) throw new Error('api token was not written');
  return written;
}

/** A user's tokens (revoked ones too), newest first; every user's when userId is undefined. */
export async function listApiTokens(db: Db, userId?: string): Promise<ApiTokenRow[]> {
  const q = db.select().from(apiTokens);
  const filtered = userId === undefined ? q : q.where(eq(apiTokens.userId, userId));
  return filtered.orderBy(sql`${apiTokens.createdAt} DESC`, asc(apiTokens.id));
}

/** One token by id, or undefined. */
export async function findApiToken(db: Db, id: string): Promise<ApiTokenRow | undefined> {
  return (await db.select().from(apiTokens).where(eq(apiTokens.id, id)))[0];
}

/** A live (unrevoked) token by hash and its user, or undefined. */
export async function findLiveToken(
  db: Db,
  tokenHash: string,
): Promise<{ token: ApiTokenRow; user: UserRow } | undefined> {
  const [row] = await db
    .select({ token: apiTokens, user: users })
    .from(apiTokens)
    .innerJoin(users, eq(users.id, apiTokens.userId))
    .where(and(eq(apiTokens.tokenHash, tokenHash), isNull(apiTokens.revokedAt)));
  return row;
}

/** Notes when a token was last used. */
export async function touchApiToken(db: Db, id: string, now: string): Promise<void> {
  await db.update(apiTokens).set({ lastUsedAt: now }).where(eq(apiTokens.id, id));
}

/** Revokes a token; returns the row after, or undefined when it does not exist or was revoked. */
export async function revokeApiToken(
  db: Db,
  id: string,
  now: string,
): Promise<ApiTokenRow | undefined> {
  const [row] = await db
    .update(apiTokens)
    .set({ revokedAt: now })
    .where(and(eq(apiTokens.id, id), isNull(apiTokens.revokedAt)))
    .returning();
  return row;
}

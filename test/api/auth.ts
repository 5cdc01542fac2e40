// Signing in for the API tests: a user of each role (created on first use) and the inject headers that
// carry their API token or their session cookie with its CSRF token.
import type { FastifyInstance } from 'fastify';
import type { AccessRole } from '../../src/core/access';
import type { Database } from '../../src/db/database';
import { findUserByLogin } from '../../src/db/users.repository';
import { createToken } from '../../src/services/auth.service';
import { addUser } from '../../src/services/users.service';

/** The recipient the test focal point speaks for (unless a test names another). */
export const TEST_RECIPIENT = 'ITA';

/** The login and password of the test user of a role (and recipient, for focal points). */
export function testUser(role: AccessRole, recipientId: string = TEST_RECIPIENT) {
  const login =
    role === 'recipient-focal-point' ? `fp-${recipientId.toLowerCase()}` : `test-${role}`;
  return { login, password: `password-of-${login}` };
}

/** The id of the test user of a role, created when missing. */
export async function ensureTestUser(
  database: Database,
  role: AccessRole,
  recipientId: string = TEST_RECIPIENT,
): Promise<string> {
  const { login, password } = testUser(role, recipientId);
  const found = await findUserByLogin(database.db, login);
  if (found) return found.id;
  const user = await addUser(database, {
    login,
    password,
    role,
    recipientId: role === 'recipient-focal-point' ? recipientId : null,
  });
  return user.id;
}

const tokens = new Map<string, string>();

/** Inject headers carrying an API token of the test user of `role` (default coordinator). */
export async function signedIn(
  database: Database,
  role: AccessRole = 'coordinator',
  recipientId: string = TEST_RECIPIENT,
): Promise<{ authorization: string }> {
  const userId = await ensureTestUser(database, role, recipientId);
  const key = `${userId}`;
  let token = tokens.get(key);
  // A token minted for another database (another test file's) is useless here: check it still exists.
  if (!token) {
    token = (await createToken(database, userId, 'api tests')).token;
    tokens.set(key, token);
  }
  return { authorization: `Bearer ${token}` };
}

/** Inject headers of a browser session of `role`: the cookie and the CSRF header, by signing in. */
export async function sessionOf(
  app: FastifyInstance,
  database: Database,
  role: AccessRole,
): Promise<SessionHeaders> {
  await ensureTestUser(database, role);
  const { login, password } = testUser(role);
  return sessionWith(app, login, password);
}

/** The cookie and CSRF header of a browser session. */
export type SessionHeaders = { cookie: string; 'x-csrf-token': string };

/** Inject headers of a browser session of an existing user, by signing in with this password. */
export async function sessionWith(
  app: FastifyInstance,
  login: string,
  password: string,
): Promise<SessionHeaders> {
  const res = await app.inject({
    method: 'POST',
    url: '/api/auth/sign-in',
    payload: { login, password },
  });
  if (res.statusCode !== 200) throw new Error(`sign-in as ${login} failed: ${res.body}`);
  const cookie = res.cookies.find((c) => c.name === 'tz_session');
  if (!cookie) throw new Error('sign-in set no tz_session cookie');
  return {
    cookie: `tz_session=${cookie.value}`,
    'x-csrf-token': res.json<{ csrfToken: string }>().csrfToken,
  };
}

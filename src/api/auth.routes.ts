// /api/auth: sign in (a session cookie), sign out, who am I (with the CSRF token), change one's password,
// and one's API tokens. Failed sign-ins and wrong current passwords are limited per address and login
// (successes do not count).
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AttemptLimiter, ROLE_PERMISSIONS } from '../core/access';
import type { Database } from '../db/database';
import {
  createToken,
  listTokens,
  revokeToken,
  SESSION_HOURS,
  signIn,
  SignInError,
  signOut,
} from '../services/auth.service';
import { changePassword, WrongPasswordError } from '../services/user-password.service';
import { SESSION_COOKIE } from './access.plugin';
import {
  createdTokenSchema,
  meSchema,
  newTokenBody,
  passwordBody,
  passwordChangedSchema,
  signInBody,
  tokenParams,
  tokenSchema,
} from './auth.schema';
import { errorSchema } from './errors';

const errors = { 400: errorSchema, 401: errorSchema, 403: errorSchema, 429: errorSchema };

function userIdOf(request: FastifyRequest): string {
  const actor = request.access.actor;
  if (actor?.kind !== 'user') throw new Error('access plugin let an anonymous caller through');
  return actor.id;
}

function tooMany(reply: FastifyReply, field: string, what: string, retryInSeconds: number) {
  return reply
    .code(429)
    .header('retry-after', String(retryInSeconds))
    .send({
      error: {
        code: 'rate_limited',
        field,
        message: `Too many failed ${what} from this address: retry in ${retryInSeconds} s`,
      },
    });
}

/** Auth routes over `database`; `secureCookies` marks the cookie Secure (production). */
export const authRoutes: FastifyPluginAsyncZod<{
  database: Database;
  secureCookies: boolean;
  /** Failed attempts allowed per minute per address and login (default 10). */
  signInRateLimit?: number;
}> = async (app, { database, secureCookies, signInRateLimit }) => {
  const failures = new AttemptLimiter({ max: signInRateLimit ?? 10, windowMs: 60_000 });

  app.post(
    '/api/auth/sign-in',
    {
      schema: {
        tags: ['access'],
        summary: 'Sign in with login and password: sets the http-only session cookie',
        body: signInBody,
        response: { 200: meSchema, ...errors },
      },
    },
    async (request, reply) => {
      const key = `sign-in:${request.ip}:${request.body.login}`;
      const slot = failures.take(key, Date.now());
      if (!slot.allowed) {
        const what = `sign-ins for "${request.body.login}"`;
        return tooMany(reply, 'login', what, slot.retryInSeconds);
      }
      try {
        const session = await signIn(database, request.body.login, request.body.password);
        failures.refund(key);
        reply.setCookie(SESSION_COOKIE, session.sessionId, {
          path: '/',
          httpOnly: true,
          sameSite: 'lax',
          secure: secureCookies,
          maxAge: SESSION_HOURS * 3600,
        });
        return {
          user: session.user,
          via: 'cookie' as const,
          csrfToken: session.csrfToken,
          permissions: [...ROLE_PERMISSIONS[session.user.role]],
        };
      } catch (error) {
        if (!(error instanceof SignInError)) {
          failures.refund(key);
          throw error;
        }
        return reply
          .code(401)
          .send({ error: { code: 'unauthorized', message: error.message, field: 'body' } });
      }
    },
  );

  app.post(
    '/api/auth/sign-out',
    {
      schema: {
        tags: ['access'],
        summary: 'Sign out: ends the session and clears the cookie',
        response: { 200: z.object({ signedOut: z.boolean() }), ...errors },
      },
    },
    async (request, reply) => {
      const { sessionId } = request.access;
      if (sessionId) await signOut(database, sessionId);
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return { signedOut: sessionId !== null };
    },
  );

  app.get(
    '/api/auth/me',
    {
      schema: {
        tags: ['access'],
        summary: 'The signed-in user, their permissions and the CSRF token for writes',
        response: { 200: meSchema, ...errors },
      },
    },
    async (request) => {
      const { user, via, csrfToken } = request.access;
      if (!user || !via) throw new Error('access plugin let an anonymous caller through');
      return { user, via, csrfToken, permissions: [...ROLE_PERMISSIONS[user.role]] };
    },
  );

  app.post(
    '/api/auth/password',
    {
      schema: {
        tags: ['access'],
        summary:
          'Change your password (current and new); your other sessions end. Required first when signed in with a one-time password',
        body: passwordBody,
        response: { 200: passwordChangedSchema, ...errors },
      },
    },
    async (request, reply) => {
      const userId = userIdOf(request);
      const key = `password:${request.ip}:${userId}`;
      const slot = failures.take(key, Date.now());
      if (!slot.allowed) {
        return tooMany(reply, 'currentPassword', 'password changes', slot.retryInSeconds);
      }
      try {
        const changed = await changePassword(
          database,
          userId,
          request.body,
          request.access.sessionId,
        );
        failures.refund(key);
        return changed;
      } catch (error) {
        if (!(error instanceof WrongPasswordError)) failures.refund(key);
        throw error;
      }
    },
  );

  app.get(
    '/api/auth/tokens',
    {
      schema: {
        tags: ['access'],
        summary: "The signed-in user's API tokens (never their secrets)",
        response: { 200: z.object({ tokens: z.array(tokenSchema) }), ...errors },
      },
    },
    async (request) => ({ tokens: await listTokens(database, userIdOf(request)) }),
  );

  app.post(
    '/api/auth/tokens',
    {
      schema: {
        tags: ['access'],
        summary: 'Create an API token for machine clients (the secret is shown once)',
        body: newTokenBody,
        response: { 201: createdTokenSchema, ...errors },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await createToken(database, userIdOf(request), request.body.name)),
  );

  app.delete(
    '/api/auth/tokens/:id',
    {
      schema: {
        tags: ['access'],
        summary: 'Revoke one of your API tokens',
        params: tokenParams,
        response: { 200: tokenSchema, 404: errorSchema, ...errors },
      },
    },
    async (request) => revokeToken(database, request.params.id, { userId: userIdOf(request) }),
  );
};

// /api/auth: sign in (a session cookie), sign out, who am I (with the CSRF token), and one's API tokens.
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ROLE_PERMISSIONS } from '../core/access';
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
import { SESSION_COOKIE } from './access.plugin';
import {
  createdTokenSchema,
  meSchema,
  newTokenBody,
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

/** Auth routes over `database`; `secureCookies` marks the cookie Secure (production). */
export const authRoutes: FastifyPluginAsyncZod<{
  database: Database;
  secureCookies: boolean;
  signInRateLimit?: number;
}> = async (app, { database, secureCookies, signInRateLimit }) => {
  const signInLimit = app.createRateLimit({
    max: signInRateLimit ?? 10,
    timeWindow: 60_000,
    keyGenerator: (request) => {
      const body = request.body as { login?: unknown } | undefined;
      return `sign-in:${request.ip}:${typeof body?.login === 'string' ? body.login : ''}`;
    },
  });

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
      const limit = await signInLimit(request);
      if (!limit.isAllowed && limit.isExceeded) {
        return reply
          .code(429)
          .header('retry-after', String(limit.ttlInSeconds))
          .send({
            error: {
              code: 'rate_limited',
              field: 'login',
              message: `Too many sign-in attempts for "${request.body.login}" from this address: retry in ${limit.ttlInSeconds} s`,
            },
          });
      }
      try {
        const session = await signIn(database, request.body.login, request.body.password);
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
        if (!(error instanceof SignInError)) throw error;
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

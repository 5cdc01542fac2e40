// Access control for every route: refuses to register a route the route table does not declare,
// authenticates each request (session cookie or `Authorization: Bearer <token>`), answers 401/403,
// holds a user with a one-time password to changing it (403 elsewhere), checks the CSRF header on
// cookie-authenticated writes, rate-limits token use, declares each route's security in OpenAPI, and
// runs the rest of the request as its actor (runAsActor) so services and the audit trail see it.
import fastifyCookie from '@fastify/cookie';
import fastifyRateLimit from '@fastify/rate-limit';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import {
  allowedBeforePasswordChange,
  decide,
  permissionsOf,
  ruleFor,
  undeclared,
  type RouteTable,
} from '../core/access';
import type { Database } from '../db/database';
import { runAsActor, type Actor } from '../services/actor-context';
import { resolveSession, resolveToken, sameSecret, secretHash } from '../services/auth.service';
import type { UserView } from '../services/users.service';
import { CSRF_HEADER, SESSION_COOKIE } from './access.names';
import { openApiSecurity } from './access.openapi';
import { ROUTE_PERMISSIONS } from './route-permissions';

export { CSRF_HEADER, SESSION_COOKIE } from './access.names';

/** Who made a request and how. */
export interface RequestAccess {
  actor: Actor | null;
  user: UserView | null;
  via: 'cookie' | 'token' | null;
  /** The session's id (cookie) and CSRF token, for sign-out and /api/auth/me. */
  sessionId: string | null;
  csrfToken: string | null;
}

declare module 'fastify' {
  interface FastifyRequest {
    /** Who made this request (set by the access plugin). */
    access: RequestAccess;
  }
}

/** Options of the access plugin. */
export interface AccessOptions {
  database: Database;
  /** Mark the session cookie Secure (production mode). */
  secureCookies?: boolean;
  /** Requests per minute allowed to one API token from one address. */
  tokenRateLimit?: number;
  /** The route table (tests pass their own). */
  routes?: RouteTable;
}

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
const NOBODY: RequestAccess = {
  actor: null,
  user: null,
  via: null,
  sessionId: null,
  csrfToken: null,
};

function deny(reply: FastifyReply, status: 401 | 403 | 429, code: string, message: string) {
  return reply.code(status).type('application/json').send({ error: { code, message } });
}

async function authenticate(
  request: FastifyRequest,
  database: Database,
): Promise<RequestAccess | 'bad-token'> {
  const header = request.headers.authorization;
  if (header !== undefined) {
    const match = /^Bearer\s+(\S+)$/i.exec(header);
    const found = match?.[1] ? await resolveToken(database, match[1]) : undefined;
    if (!found) return 'bad-token';
    return { ...NOBODY, actor: found.actor, user: found.user, via: 'token' };
  }
  const sessionId = request.cookies[SESSION_COOKIE];
  if (!sessionId) return NOBODY;
  const found = await resolveSession(database, sessionId);
  if (!found) return NOBODY;
  return {
    actor: found.actor,
    user: found.user,
    via: 'cookie',
    sessionId,
    csrfToken: found.csrfToken,
  };
}

async function install(app: FastifyInstance, options: AccessOptions): Promise<void> {
  const table = options.routes ?? ROUTE_PERMISSIONS;
  app.addHook('onRoute', (route) => {
    const missing = undeclared(table, route.method, route.url);
    if (missing.length > 0) {
      throw new Error(
        `Route ${missing.join(', ')} has no declared permission: add it to src/api/route-permissions.ts`,
      );
    }
    const methods = typeof route.method === 'string' ? [route.method] : route.method;
    const rule = ruleFor(table, methods[0] ?? 'GET', route.url);
    if (rule !== undefined && route.schema && !route.schema.hide) {
      route.schema = { ...route.schema, ...openApiSecurity(rule, methods) };
    }
  });
  await app.register(fastifyCookie);
  await app.register(fastifyRateLimit, { global: false });
  const tokenLimit = app.createRateLimit({
    max: options.tokenRateLimit ?? 1200,
    timeWindow: 60_000,
    keyGenerator: (request) =>
      `token:${request.ip}:${secretHash(request.headers.authorization ?? '').slice(0, 16)}`,
  });
  app.decorateRequest('access', null as unknown as RequestAccess);

  app.addHook('onRequest', async (request, reply) => {
    request.access = NOBODY;
    const url = request.routeOptions.url;
    const rule = url === undefined ? 'public' : (ruleFor(table, request.method, url) ?? 'public');
    if (request.headers.authorization !== undefined) {
      const limit = await tokenLimit(request);
      if (!limit.isAllowed && limit.isExceeded) {
        reply.header('retry-after', String(limit.ttlInSeconds));
        return deny(
          reply,
          429,
          'rate_limited',
          `Too many requests with this API token: retry in ${limit.ttlInSeconds} s`,
        );
      }
    }
    const access = await authenticate(request, options.database);
    if (access === 'bad-token') {
      return deny(
        reply,
        401,
        'unauthorized',
        'The API token is unknown, revoked or its user disabled',
      );
    }
    request.access = access;
    const decision = decide(rule, access.actor?.kind === 'user' ? access.actor.role : null);
    if (decision === 'unauthenticated') {
      return deny(reply, 401, 'unauthorized', 'Sign in to do this (a session or an API token)');
    }
    if (
      access.user?.passwordChangeRequired &&
      !allowedBeforePasswordChange(rule, request.method, url ?? '')
    ) {
      return deny(
        reply,
        403,
        'password_change_required',
        'You signed in with a one-time password: change it first (POST /api/auth/password with currentPassword and newPassword)',
      );
    }
    if (decision === 'forbidden') {
      const needs = permissionsOf(rule).join(' or ');
      return deny(reply, 403, 'forbidden', `Your role may not do this (it needs ${needs})`);
    }
    const csrfExempt = url === '/api/auth/sign-in';
    if (access.via === 'cookie' && UNSAFE.has(request.method) && !csrfExempt) {
      const sent = request.headers[CSRF_HEADER];
      if (typeof sent !== 'string' || !sameSecret(sent, access.csrfToken ?? '')) {
        return deny(
          reply,
          403,
          'csrf',
          `Missing or wrong ${CSRF_HEADER} header (see GET /api/auth/me)`,
        );
      }
    }
  });
  // Run the rest of the request as its actor: once after onRequest, and again after the body is
  // parsed (stream events lose the async context), so handlers and services see currentActor().
  const asActor = (request: FastifyRequest, _reply: FastifyReply, done: () => void) => {
    const actor = request.access.actor;
    if (actor) runAsActor(actor, done);
    else done();
  };
  app.addHook('onRequest', asActor);
  app.addHook('preHandler', asActor);
}

/** The access plugin (not encapsulated: its hooks cover every route registered after it). */
export const accessPlugin = fp(install, { name: 'tongzhou-access' });

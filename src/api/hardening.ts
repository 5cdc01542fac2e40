// Hardening of the HTTP surface: body size limits (larger only where documents are uploaded), security
// headers with a Content-Security-Policy the built web app runs under, and a request id on every
// response so that a generic 500 can be matched with the server log's detail.
import { randomUUID } from 'node:crypto';
import fastifyHelmet from '@fastify/helmet';
import type { FastifyInstance, FastifyServerOptions } from 'fastify';
import { BadRequestError } from '../services/errors';

/** The largest JSON body most routes accept (bytes): far above any real form, far below harm. */
export const DEFAULT_BODY_LIMIT = 512 * 1024;

/** The largest body of a guidance upload (a version with its translations' full texts). */
export const UPLOAD_BODY_LIMIT = 16 * 1024 * 1024;

/** Routes that take uploads, by method and URL pattern. */
const UPLOAD_ROUTES = [{ method: 'POST', url: '/api/guidance/:id/versions' }];

/** The response header that carries the request id (also in the body of a 500). */
export const REQUEST_ID_HEADER = 'x-request-id';

/** Server options of the hardened app: the body limit and a random request id per request. */
export function hardenedServerOptions(): Pick<
  FastifyServerOptions,
  'bodyLimit' | 'genReqId' | 'requestIdHeader'
> {
  return {
    bodyLimit: DEFAULT_BODY_LIMIT,
    // A random id the client cannot choose, so log lines cannot be forged onto another request.
    genReqId: () => randomUUID(),
    requestIdHeader: false,
  };
}

/** One route of the app as registered: method, URL pattern and body schema (if any). */
export interface RouteEntry {
  method: string;
  url: string;
  body: unknown;
}

const routeTables = new WeakMap<FastifyInstance, RouteEntry[]>();

/** Every route registered after installHardening (the route table tests and the fuzzer walk). */
export function routeTable(app: FastifyInstance): readonly RouteEntry[] {
  return routeTables.get(app) ?? [];
}

/** The Content-Security-Policy directives: only this origin's scripts, styles, images and API. */
export const CSP_DIRECTIVES = {
  defaultSrc: ["'self'"],
  baseUri: ["'self'"],
  connectSrc: ["'self'"],
  fontSrc: ["'self'", 'data:'],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
  imgSrc: ["'self'", 'data:'],
  objectSrc: ["'none'"],
  // 'wasm-unsafe-eval' lets the planning page compile the allocation kernels (WebAssembly, no JS eval).
  scriptSrc: ["'self'", "'wasm-unsafe-eval'"],
  scriptSrcAttr: ["'none'"],
  // React sets style attributes through the DOM (allowed); Swagger UI injects <style> elements.
  styleSrc: ["'self'", "'unsafe-inline'"],
  // Tongzhou is often served over plain HTTP on a laptop or a LAN: never rewrite to https there.
  upgradeInsecureRequests: null,
};

/**
 * Installs the hardening: call before any route is registered (the upload limit is set as routes are
 * added). Adds helmet's headers and the request id header on every response.
 */
export async function installHardening(app: FastifyInstance): Promise<void> {
  const table: RouteEntry[] = [];
  routeTables.set(app, table);
  app.addHook('onRoute', (route) => {
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    for (const method of methods) {
      table.push({ method, url: route.url, body: (route.schema as { body?: unknown })?.body });
    }
    if (UPLOAD_ROUTES.some((u) => u.url === route.url && methods.includes(u.method))) {
      route.bodyLimit = UPLOAD_BODY_LIMIT;
    }
  });
  await app.register(fastifyHelmet, {
    contentSecurityPolicy: { useDefaults: false, directives: CSP_DIRECTIVES },
    crossOriginEmbedderPolicy: false,
    // The open data and report are meant to be fetched from anywhere.
    crossOriginResourcePolicy: { policy: 'cross-origin' },
  });
  app.addHook('onRequest', async (request, reply) => {
    void reply.header(REQUEST_ID_HEADER, request.id);
  });
  // Before the schemas: values no column can hold, named by their field, instead of a database error.
  app.addHook('preValidation', async (request) => {
    const problem =
      unstorable(request.params, '') ??
      unstorable(request.query, '') ??
      unstorable(request.body, '');
    if (problem) throw new BadRequestError(problem.message, problem.field);
  });
}

/**
 * The first value in a parsed body (or query) that the database cannot store whatever the field: text
 * with a NUL character (PostgreSQL text cannot hold U+0000), or a number beyond ±2^53 (no quantity
 * is that large, and beyond it integers are no longer exact).
 */
export function unstorable(
  value: unknown,
  path: string,
): { field: string; message: string } | null {
  const name = path || 'body';
  if (typeof value === 'string') {
    return value.includes('\u0000')
      ? { field: name, message: `${name}: text may not contain the NUL character (U+0000)` }
      : null;
  }
  if (typeof value === 'number') {
    return Math.abs(value) > Number.MAX_SAFE_INTEGER
      ? {
          field: name,
          message: `${name}: ${value} is too large (at most ${Number.MAX_SAFE_INTEGER})`,
        }
      : null;
  }
  if (Array.isArray(value)) {
    for (const [i, v] of value.entries()) {
      const found = unstorable(v, path ? `${path}.${i}` : String(i));
      if (found) return found;
    }
    return null;
  }
  if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      const key = path ? `${path}.${k}` : k;
      if (k.includes('\u0000')) {
        return { field: path || 'body', message: `${path || 'body'}: a field name contains NUL` };
      }
      const found = unstorable(v, key);
      if (found) return found;
    }
  }
  return null;
}

// Hardening of the HTTP surface: body size limits (larger only where documents are uploaded), security
// headers with a Content-Security-Policy the built web app runs under, and a request id on every
// response so that a generic 500 can be matched with the server log's detail.
import { randomUUID } from 'node:crypto';
import fastifyHelmet from '@fastify/helmet';
import type { FastifyInstance, FastifyServerOptions } from 'fastify';

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
  scriptSrc: ["'self'"],
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
}

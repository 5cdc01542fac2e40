// Every route Fastify registered, against every role: public routes answer without a login; others
// answer 401 without one, 403 to a role lacking the permission, and neither to a role holding it. A
// focal point reaching for another recipient's request, consignment, receipt or trace line gets 404;
// and an app with a route missing from the route table does not build.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accessPlugin } from '../../src/api/access.plugin';
import { buildApp } from '../../src/api/app';
import { ROUTE_PERMISSIONS } from '../../src/api/route-permissions';
import { decide, ROLES, ruleFor, type AccessRole } from '../../src/core/access';
import type { Database } from '../../src/db/database';
import { freshDatabase } from '../db/fresh-database';
import { loadFixture } from '../db/operations-fixture';
import { signedIn } from './auth';

/** Reads "METHOD /url" of every route out of Fastify's own route tree (printRoutes). */
export function registeredRoutes(app: FastifyInstance): { method: string; url: string }[] {
  const parents: string[] = [];
  const routes: { method: string; url: string }[] = [];
  for (const line of app.printRoutes({ commonPrefix: false }).split('\n')) {
    const m = /^((?:[│ ] {3})*)[├└]── (.*?)(?: \(([A-Z, ]+)\))?$/.exec(line);
    if (!m) continue;
    const depth = (m[1] ?? '').length / 4;
    const segment = m[2] ?? '';
    // The tree prints the root's wildcard as '*' under an unprinted '/'.
    const url = depth > 0 ? (parents[depth - 1] ?? '') + segment : segment.replace(/^(?!\/)/, '/');
    parents[depth] = url;
    parents.length = depth + 1;
    for (const method of (m[3] ?? '').split(', ').filter(Boolean)) routes.push({ method, url });
  }
  return routes;
}

let database: Database;
let app: FastifyInstance;
const headers = new Map<AccessRole, Record<string, string>>();
let webDir: string;

beforeAll(async () => {
  webDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tongzhou-web-'));
  fs.writeFileSync(path.join(webDir, 'index.html'), '<!doctype html><title>Tongzhou</title>');
  database = await freshDatabase();
  await loadFixture(database);
  app = await buildApp({ database, webDir });
  for (const role of ROLES) headers.set(role, await signedIn(database, role, 'ITA'));
});
afterAll(async () => {
  await app?.close();
  await database?.close();
  fs.rmSync(webDir, { recursive: true, force: true });
});

const fill = (url: string) => url.replace(/:[A-Za-z]+/g, 'x-unknown').replace('*', 'x.txt');

describe('the route table against Fastify', () => {
  it('declares every registered route (and finds the routes it expects)', () => {
    const routes = registeredRoutes(app);
    expect(routes.length).toBeGreaterThan(80);
    expect(routes).toContainEqual({ method: 'POST', url: '/api/batches/:id/approve' });
    expect(routes).toContainEqual({ method: 'GET', url: '/*' });
    const undeclared = routes.filter(
      (r) => ruleFor(ROUTE_PERMISSIONS, r.method, r.url) === undefined,
    );
    expect(undeclared).toEqual([]);
  });

  it('answers each route as its rule says, for nobody and for every role', async () => {
    const routes = registeredRoutes(app).filter((r) => r.method !== 'HEAD');
    const wrong: string[] = [];
    for (const route of routes) {
      const rule = ruleFor(ROUTE_PERMISSIONS, route.method, route.url)!;
      const send = (h: Record<string, string>) =>
        app.inject({
          method: route.method as 'GET',
          url: fill(route.url),
          headers: h,
          ...(route.method === 'GET' ? {} : { payload: {} }),
        });
      const anonymous = (await send({})).statusCode;
      const expected = rule === 'public' ? 'open' : 401;
      if (rule === 'public' ? [401, 403].includes(anonymous) : anonymous !== 401) {
        wrong.push(`${route.method} ${route.url} anonymous: ${anonymous}, expected ${expected}`);
      }
      if (rule === 'public') continue;
      for (const role of ROLES) {
        const status = (await send(headers.get(role)!)).statusCode;
        const allowed = decide(rule, role) === 'allow';
        if (allowed ? [401, 403].includes(status) : status !== 403) {
          wrong.push(
            `${route.method} ${route.url} as ${role}: ${status}, expected ${allowed ? 'allowed' : 403}`,
          );
        }
      }
    }
    expect(wrong).toEqual([]);
  }, 120_000);
});

describe('a recipient focal point (ITA)', () => {
  let pakConsignment = '';
  let itaConsignment = '';
  beforeAll(async () => {
    const coordinator = headers.get('coordinator')!;
    const post = (url: string, payload: object) =>
      app.inject({ method: 'POST', url, headers: coordinator, payload });
    expect((await post('/api/batches', { id: 'b1', title: 'Batch 1' })).statusCode).toBe(201);
    expect((await post('/api/batches/b1/approve', { by: 'CIDCA' })).statusCode).toBe(200);
    const shipped = await post('/api/batches/b1/consignments', {});
    const list = shipped.json<{ consignments: { id: string; recipient: string }[] }>().consignments;
    pakConsignment = list.find((c) => c.recipient === 'PAK')!.id;
    itaConsignment = list.find((c) => c.recipient === 'ITA')!.id;
  });
  const asFocal = (method: 'GET' | 'POST', url: string, payload?: object) =>
    app.inject({
      method,
      url,
      headers: headers.get('recipient-focal-point')!,
      ...(payload ? { payload } : {}),
    });

  it("sees its own request and gets 404, not 403, for another recipient's", async () => {
    expect((await asFocal('GET', '/api/requests/r-ita')).statusCode).toBe(200);
    const other = await asFocal('GET', '/api/requests/r-pak');
    const missing = await asFocal('GET', '/api/requests/r-none');
    expect(other.statusCode).toBe(404);
    expect(other.json()).toEqual(JSON.parse(missing.body.replaceAll('r-none', 'r-pak')) as unknown);
  });

  it('sees only its own requests and consignments in the lists, whatever it filters for', async () => {
    const requests = (await asFocal('GET', '/api/requests?recipient=PAK')).json<{
      requests: { recipient: string }[];
    }>().requests;
    expect(requests.map((r) => r.recipient)).toEqual(['ITA']);
    const all = (await asFocal('GET', '/api/requests')).json<{ requests: { id: string }[] }>();
    expect(all.requests.map((r) => r.id)).toEqual(['r-ita']);
    const board = (await asFocal('GET', '/api/consignments')).json<{
      consignments: { recipient: string }[];
    }>().consignments;
    expect(board.length).toBeGreaterThan(0);
    expect(new Set(board.map((c) => c.recipient))).toEqual(new Set(['ITA']));
  });

  it("gets 404 for another recipient's consignment, receipt and trace line", async () => {
    expect((await asFocal('GET', `/api/consignments/${itaConsignment}`)).statusCode).toBe(200);
    expect((await asFocal('GET', `/api/consignments/${pakConsignment}`)).statusCode).toBe(404);
    const receipt = await asFocal('POST', `/api/consignments/${pakConsignment}/events`, {
      id: 'evt-fp-received',
      kind: 'received',
      at: '2020-03-28T08:00:00Z',
      payload: { signedBy: 'x', lines: [] },
    });
    expect(receipt.statusCode).toBe(404);
    const lines = (await asFocal('GET', '/api/requests/r-ita')).json<{ lines: { id: string }[] }>();
    const ownLine = lines.lines[0]!.id;
    expect((await asFocal('GET', `/api/trace/${ownLine}`)).statusCode).toBe(200);
    const pakLine = ownLine.replace('r-ita', 'r-pak');
    const coordinatorTrace = await app.inject({
      url: `/api/trace/${pakLine}`,
      headers: headers.get('coordinator')!,
    });
    expect(coordinatorTrace.statusCode).toBe(200);
    expect((await asFocal('GET', `/api/trace/${pakLine}`)).statusCode).toBe(404);
  });

  it('may record a receipt on its own consignment but not a shipping step, nor submit for another', async () => {
    const departed = await asFocal('POST', `/api/consignments/${itaConsignment}/events`, {
      id: 'evt-fp-packed',
      kind: 'packed',
      at: '2020-03-28T08:00:00Z',
    });
    expect(departed.statusCode).toBe(403);
    const submitted = await asFocal('POST', '/api/requests', {
      recipient: 'PAK',
      kind: 'cash',
      title: 'Not ours',
      amountUsd: 10,
    });
    expect(submitted.statusCode).toBe(403);
    expect(submitted.json<{ error: { field: string } }>().error.field).toBe('recipient');
  });
});

describe('a route without a declared permission', () => {
  it('makes the app fail to build', async () => {
    const fastify = (await import('fastify')).default;
    const bare = fastify();
    await bare.register(accessPlugin, { database, routes: { 'GET /api/known': 'public' } });
    bare.get('/api/known', async () => ({ ok: true }));
    expect(() => bare.get('/api/new-thing', async () => ({}))).toThrow(
      /GET \/api\/new-thing has no declared permission/,
    );
    await bare.close();
  });

  it('is refused by buildApp itself when the table lacks a registered route', async () => {
    const saved = ROUTE_PERMISSIONS['GET /api/report'];
    const table = ROUTE_PERMISSIONS as Record<string, unknown>;
    delete table['GET /api/report'];
    try {
      await expect(buildApp({ database, webDir: null })).rejects.toThrow(
        /GET \/api\/report has no declared permission/,
      );
    } finally {
      table['GET /api/report'] = saved;
    }
  });
});

// The OpenAPI document declares how to authenticate (session cookie + CSRF header, bearer API token) and,
// for every documented operation, the security and permissions the route table enforces.
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/api/app';
import { ROUTE_PERMISSIONS } from '../../src/api/route-permissions';
import { permissionsOf, ruleFor } from '../../src/core/access';
import type { Database } from '../../src/db/database';
import { freshDatabase } from '../db/fresh-database';

interface Operation {
  security?: Record<string, string[]>[];
  'x-permissions'?: string[];
}
interface OpenApiDoc {
  components: { securitySchemes: Record<string, { type: string; in?: string; name?: string }> };
  paths: Record<string, Record<string, Operation>>;
}

let database: Database;
let app: FastifyInstance;
let doc: OpenApiDoc;
beforeAll(async () => {
  database = await freshDatabase();
  app = await buildApp({ database, webDir: null });
  const res = await app.inject({ url: '/api/docs/json' });
  expect(res.statusCode).toBe(200);
  doc = res.json<OpenApiDoc>();
});
afterAll(async () => {
  await app?.close();
  await database?.close();
});

const COOKIE_READ = [{ sessionCookie: [] }, { bearerToken: [] }];
const COOKIE_WRITE = [{ sessionCookie: [], csrfHeader: [] }, { bearerToken: [] }];

describe('OpenAPI security', () => {
  it('declares the session cookie, the CSRF header and the bearer token', () => {
    expect(doc.components.securitySchemes).toMatchObject({
      sessionCookie: { type: 'apiKey', in: 'cookie', name: 'tz_session' },
      csrfHeader: { type: 'apiKey', in: 'header', name: 'x-csrf-token' },
      bearerToken: { type: 'http', scheme: 'bearer' },
    });
  });

  it('marks a public route open and protected ones with their security and permissions', () => {
    expect(doc.paths['/api/report']?.['get']?.security).toEqual([]);
    expect(doc.paths['/api/requests']?.['get']).toMatchObject({
      security: COOKIE_READ,
      'x-permissions': ['requests:read'],
    });
    expect(doc.paths['/api/batches/{id}/approve']?.['post']).toMatchObject({
      security: COOKIE_WRITE,
      'x-permissions': ['batches:approve'],
    });
    expect(doc.paths['/api/consignments/{id}/events']?.['post']?.['x-permissions']).toEqual([
      'consignments:events',
      'consignments:receive',
    ]);
  });

  it('agrees with the route table on every documented operation', () => {
    const wrong: string[] = [];
    let checked = 0;
    for (const [openApiPath, operations] of Object.entries(doc.paths)) {
      const url = openApiPath.replace(/\{(\w+)\}/g, ':$1');
      for (const [method, op] of Object.entries(operations)) {
        const rule = ruleFor(ROUTE_PERMISSIONS, method, url);
        if (rule === undefined) {
          wrong.push(`${method} ${url}: not in the route table`);
          continue;
        }
        checked += 1;
        const expected =
          rule === 'public'
            ? []
            : method === 'get' || method === 'head'
              ? COOKIE_READ
              : COOKIE_WRITE;
        if (JSON.stringify(op.security) !== JSON.stringify(expected)) {
          wrong.push(`${method} ${url}: security ${JSON.stringify(op.security)}`);
        }
        if (JSON.stringify(op['x-permissions']) !== JSON.stringify(permissionsOf(rule))) {
          wrong.push(`${method} ${url}: x-permissions ${JSON.stringify(op['x-permissions'])}`);
        }
      }
    }
    expect(wrong).toEqual([]);
    expect(checked).toBeGreaterThan(60);
  });
});

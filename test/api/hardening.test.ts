// The hardened HTTP surface: security headers and a request id on every answer, body size limits (larger
// for guidance uploads), 4xx that name the body, and a database failure answered with a generic 500
// and a request id while the log keeps the SQL detail.
import { sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/api/app';
import type { ApiErrorBody } from '../../src/api/errors';
import { DEFAULT_BODY_LIMIT } from '../../src/api/hardening';
import type { Database } from '../../src/db/database';
import { freshDatabase } from '../db/fresh-database';
import { signedIn } from './auth';

let database: Database;
let app: FastifyInstance;
let auth: Record<string, string> = {};
const logLines: string[] = [];
beforeAll(async () => {
  database = await freshDatabase();
  app = await buildApp({
    database,
    webDir: null,
    logger: { level: 'error', stream: { write: (line: string) => logLines.push(line) } },
  });
  auth = await signedIn(database);
});
afterAll(async () => {
  await app?.close();
  await database?.close();
});

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

describe('security headers', () => {
  it('sends a CSP, no-sniff, no framing and a random request id on every answer', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/health' });
    const csp = String(res.headers['content-security-policy']);
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain('upgrade-insecure-requests');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['x-frame-options']).toBe('SAMEORIGIN');
    expect(res.headers['x-powered-by']).toBeUndefined();
    expect(String(res.headers['x-request-id'])).toMatch(UUID);
    const again = await app.inject({
      method: 'GET',
      url: '/api/health',
      headers: { 'x-request-id': 'forged' },
    });
    expect(again.headers['x-request-id']).not.toBe('forged');
    expect(again.headers['x-request-id']).not.toBe(res.headers['x-request-id']);
  });
});

describe('bodies', () => {
  it('refuses a body over the limit with 413 naming the body', async () => {
    const res = await app.inject({
      method: 'POST',
      url: '/api/requests',
      headers: { ...auth, 'content-type': 'application/json' },
      payload: JSON.stringify({ title: 'x'.repeat(DEFAULT_BODY_LIMIT) }),
    });
    expect(res.statusCode).toBe(413);
    expect(res.json<ApiErrorBody>().error.field).toBe('body');
  });

  it('takes a guidance upload larger than the default limit', async () => {
    await app.inject({
      headers: auth,
      method: 'POST',
      url: '/api/guidance',
      payload: { id: 'big', kind: 'contact-management', issuer: 'Test', originalLanguage: 'zh' },
    });
    const body = '密切接触者应居家医学观察14天。\n'.repeat(12_000); // ~ 0.5 M characters, 1.4 MB
    const res = await app.inject({
      headers: auth,
      method: 'POST',
      url: '/api/guidance/big/versions',
      payload: {
        publishedAt: '2020-03-03T08:00:00Z',
        translations: [{ language: 'zh', title: '指南', body }],
      },
    });
    expect(res.statusCode).toBe(201);
  });

  it('names the body for bad JSON and for a body of the wrong type', async () => {
    for (const payload of ['{"title": ', '42', '[]', 'null']) {
      const res = await app.inject({
        method: 'POST',
        url: '/api/requests',
        headers: { ...auth, 'content-type': 'application/json' },
        payload,
      });
      expect({ payload, status: res.statusCode }).toEqual({ payload, status: 400 });
      expect(res.json<ApiErrorBody>().error.field).toBe('body');
    }
  });
});

describe('a database failure', () => {
  it('answers 500 with a generic message and the request id; the log has the SQL detail', async () => {
    await database.db.execute(sql`ALTER TABLE aid_request RENAME TO aid_request_gone`);
    try {
      const res = await app.inject({ method: 'GET', url: '/api/requests', headers: auth });
      expect(res.statusCode).toBe(500);
      const body = res.json<ApiErrorBody>();
      expect(body.error.code).toBe('internal');
      expect(body.error.requestId).toBe(res.headers['x-request-id']);
      expect(body.error.requestId).toMatch(UUID);
      for (const leak of ['aid_request', 'select', 'relation', 'Failed query', ' at ', '.ts:']) {
        expect(res.body.toLowerCase()).not.toContain(leak.toLowerCase());
      }
      const logged = logLines.map((l) => JSON.parse(l) as { reqId?: string; err?: unknown });
      const entry = logged.find((l) => l.reqId === body.error.requestId);
      expect(JSON.stringify(entry?.err)).toMatch(/aid_request/);
    } finally {
      await database.db.execute(sql`ALTER TABLE aid_request_gone RENAME TO aid_request`);
    }
    expect(
      (await app.inject({ method: 'GET', url: '/api/requests', headers: auth })).statusCode,
    ).toBe(200);
  });
});

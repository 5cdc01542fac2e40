// What surrounds the routes: OpenAPI and docs, the JSON 404, the 500 that leaks nothing, the web app.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/api/app';
import type { Database } from '../../src/db/database';

// A database whose every query fails the way a broken server would, with SQL in the message.
const failing: Database = {
  db: undefined as never,
  driver: 'postgres',
  transaction: () =>
    Promise.reject(
      new Error(
        'relation "case_point" does not exist\n    at select "iso3" from "case_point" where ...',
      ),
    ),
  close: async () => {},
};

const web = fs.mkdtempSync(path.join(os.tmpdir(), 'tongzhou-web-'));
let app: FastifyInstance;

beforeAll(async () => {
  fs.writeFileSync(path.join(web, 'index.html'), '<!doctype html><title>Tongzhou</title>');
  fs.mkdirSync(path.join(web, 'assets'));
  fs.writeFileSync(path.join(web, 'assets', 'app.js'), 'console.log("tongzhou")');
  app = await buildApp({ database: failing, webDir: web });
});
afterAll(async () => {
  await app?.close();
  fs.rmSync(web, { recursive: true, force: true });
});

describe('OpenAPI and docs', () => {
  it('publishes an OpenAPI 3 document built from the route schemas', async () => {
    const res = await app.inject('/api/openapi.json');
    expect(res.statusCode).toBe(200);
    const doc = res.json();
    expect(doc.openapi).toMatch(/^3\./);
    for (const route of [
      '/api/health',
      '/api/meta',
      '/api/situation',
      '/api/situation/world/milestones',
      '/api/countries',
      '/api/countries/{iso3}',
    ]) {
      expect(doc.paths[route]?.get, route).toBeDefined();
    }
    const params = (doc.paths['/api/situation'].get.parameters as { name: string }[]).map(
      (p) => p.name,
    );
    expect(params).toEqual(expect.arrayContaining(['date', 'source']));
    expect(doc.paths['/api/openapi.json']).toBeUndefined();
  });

  it('serves Swagger UI at /api/docs', async () => {
    const res = await app.inject('/api/docs/');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('text/html');
    expect(res.body).toContain('swagger');
  });
});

describe('errors', () => {
  it('answers an unknown API path with a JSON 404', async () => {
    const res = await app.inject('/api/allocations');
    expect(res.statusCode).toBe(404);
    expect(res.json()).toEqual({
      error: { code: 'not_found', message: 'no API route GET /api/allocations' },
    });
  });

  it('answers a failure with a 500 that carries no stack and no SQL', async () => {
    const res = await app.inject('/api/situation');
    expect(res.statusCode).toBe(500);
    const body = res.json();
    expect(body.error.code).toBe('internal');
    expect(res.body).not.toMatch(/case_point|select|\bat\b\s/i);
  });
});

describe('the web app', () => {
  it('serves index.html at / and for client-side routes', async () => {
    for (const url of ['/', '/country/ITA', '/?lang=zh']) {
      const res = await app.inject(url);
      expect(res.statusCode, url).toBe(200);
      expect(res.body, url).toContain('<title>Tongzhou</title>');
    }
  });

  it('serves built assets and gives a missing asset a 404, not the app', async () => {
    const asset = await app.inject('/assets/app.js');
    expect(asset.statusCode).toBe(200);
    expect(asset.body).toContain('tongzhou');
    const missing = await app.inject('/assets/missing.js');
    expect(missing.statusCode).toBe(404);
    expect(missing.body).not.toContain('<title>');
  });

  it('without a build, says how to make one', async () => {
    const bare = await buildApp({ database: failing, webDir: path.join(web, 'absent') });
    try {
      const res = await bare.inject('/');
      expect(res.statusCode).toBe(404);
      expect(res.body).toContain('npm run build');
      expect((await bare.inject('/api/x')).json().error.code).toBe('not_found');
    } finally {
      await bare.close();
    }
  });
});

// The expert, team, deployment endpoints through inject(), on an empty migrated database.
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/api/app';
import type { ApiErrorBody } from '../../src/api/errors';
import type { Database } from '../../src/db/database';
import type { ExpertView } from '../../src/services/experts.service';
import { freshDatabase } from '../db/fresh-database';

let database: Database;
let app: FastifyInstance;
beforeAll(async () => {
  database = await freshDatabase();
  app = await buildApp({ database, webDir: null });
});
afterAll(async () => {
  await app?.close();
  await database?.close();
});

async function call<T>(method: 'GET' | 'POST', url: string, payload?: object) {
  const res = await app.inject({ method, url, ...(payload === undefined ? {} : { payload }) });
  return { status: res.statusCode, body: res.json<T>() };
}

const expert = (id: string, specialties: string[], languages: string[]) => ({
  id,
  name: `Expert ${id} (illustrative)`,
  specialties,
  languages,
  institution: 'Test hospital',
  availability: [{ from: '2020-03-01', to: '2020-05-31' }],
});

describe('/api/experts', () => {
  it('adds experts (201), lists and filters them, shows one', async () => {
    for (const e of [
      expert('e1', ['epidemiology'], ['zh', 'en']),
      expert('e2', ['clinical-critical-care'], ['zh']),
      expert('e3', ['tcm', 'clinical-respiratory'], ['zh', 'fa']),
    ]) {
      expect((await call('POST', '/api/experts', e)).status).toBe(201);
    }
    const all = await call<{ experts: ExpertView[] }>('GET', '/api/experts');
    expect(all.body.experts.map((e) => e.id)).toEqual(['e1', 'e2', 'e3']);
    const tcm = await call<{ experts: ExpertView[] }>('GET', '/api/experts?specialty=tcm');
    expect(tcm.body.experts.map((e) => e.id)).toEqual(['e3']);
    const one = await call<ExpertView>('GET', '/api/experts/e2');
    expect(one.body).toMatchObject({ id: 'e2', specialties: ['clinical-critical-care'] });
  });

  it('answers 400 naming the field, and 404 for an unknown expert', async () => {
    const bad = await call<ApiErrorBody>('POST', '/api/experts', {
      ...expert('e9', ['astrology'], ['zh']),
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.field).toBe('specialties.0');
    expect(bad.body.error.message).toMatch(/astrology/);
    const lang = await call<ApiErrorBody>('POST', '/api/experts', expert('e9', ['tcm'], ['ZH']));
    expect(lang.status).toBe(400);
    expect(lang.body.error.field).toBe('languages.0');
    const window = await call<ApiErrorBody>('POST', '/api/experts', {
      ...expert('e9', ['tcm'], ['zh']),
      availability: [{ from: '2020-05-01', to: '2020-04-01' }],
    });
    expect(window.status).toBe(400);
    expect(window.body.error.field).toBe('availability[0].to');
    const missing = await call<ApiErrorBody>('GET', '/api/experts/nobody');
    expect(missing.status).toBe(404);
  });
});

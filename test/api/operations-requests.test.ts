// The request and supply endpoints through inject(), on an empty migrated database.
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/api/app';
import type { ApiErrorBody } from '../../src/api/errors';
import type { Database } from '../../src/db/database';
import type { RequestView } from '../../src/services/requests.service';
import type { ItemPosition, SupplyView } from '../../src/services/supply.service';
import { freshDatabase } from '../db/fresh-database';
import { signedIn } from './auth';

let database: Database;
let app: FastifyInstance;
let auth: Record<string, string> = {};
beforeAll(async () => {
  database = await freshDatabase();
  app = await buildApp({ database, webDir: null });
  auth = await signedIn(database);
});
afterAll(async () => {
  await app?.close();
  await database?.close();
});

async function call<T>(method: 'GET' | 'POST' | 'PUT', url: string, payload?: object) {
  const res = await app.inject({
    method,
    url,
    headers: auth,
    ...(payload === undefined ? {} : { payload }),
  });
  return { status: res.statusCode, body: res.json<T>() };
}

const italy = {
  id: 'req-ita-eu',
  recipient: 'ITA',
  via: 'EU',
  kind: 'supplies',
  title: 'Masks and test kits, passed on by the EU',
  lines: [
    { item: 'mask-surgical', asked: 2_000_000 },
    { item: 'respirator-n95', asked: 200_000 },
    { item: 'test-pcr', asked: 50_000 },
  ],
};

describe('/api/requests', () => {
  it('creates a routed request (201) and lists it', async () => {
    const created = await call<RequestView>('POST', '/api/requests', italy);
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ recipient: 'ITA', via: 'EU', status: 'submitted' });
    const list = await call<{ requests: RequestView[] }>('GET', '/api/requests?recipient=ITA');
    expect(list.body.requests.map((r) => r.id)).toEqual(['req-ita-eu']);
    const none = await call<{ requests: RequestView[] }>('GET', '/api/requests?status=declined');
    expect(none.body.requests).toEqual([]);
  });

  it('answers 400 naming the field for an unknown item, a fractional or negative quantity', async () => {
    const unknown = await call<ApiErrorBody>('POST', '/api/requests', {
      ...italy,
      id: 'req-2',
      lines: [{ item: 'mask-kn95', asked: 10 }],
    });
    expect(unknown).toMatchObject({ status: 400, body: { error: { field: 'lines.0.item' } } });
    expect(unknown.body.error.message).toMatch(/unknown item "mask-kn95"/);
    const fractional = await call<ApiErrorBody>('POST', '/api/requests', {
      ...italy,
      id: 'req-3',
      lines: [{ item: 'gown', asked: 10.5 }],
    });
    expect(fractional).toMatchObject({ status: 400, body: { error: { field: 'lines.0.asked' } } });
    expect(fractional.body.error.message).toMatch(/whole number/);
    const negative = await call<ApiErrorBody>('POST', '/api/requests', {
      ...italy,
      id: 'req-4',
      lines: [{ item: 'gown', asked: -1 }],
    });
    expect(negative.status).toBe(400);
    expect(negative.body.error.message).toMatch(/lines\.0\.asked/);
    expect(
      (await call<{ requests: RequestView[] }>('GET', '/api/requests')).body.requests,
    ).toHaveLength(1);
  });

  it('agrees a request, then refuses to agree it twice (409)', async () => {
    const blank = await call<ApiErrorBody>('POST', '/api/requests/req-ita-eu/agree', {
      agreedBy: '   ',
    });
    expect(blank.status).toBe(400);
    expect(blank.body.error.message).toMatch(/agreedBy: must name who agreed/);
    const agreed = await call<RequestView>('POST', '/api/requests/req-ita-eu/agree', {
      agreedBy: 'MOFA and the European Commission',
      agreedOn: '2020-03-18',
    });
    expect(agreed.status).toBe(200);
    expect(agreed.body.lines.map((l) => l.agreed)).toEqual([2_000_000, 200_000, 50_000]);
    const again = await call<ApiErrorBody>('POST', '/api/requests/req-ita-eu/agree', {
      agreedBy: 'x',
    });
    expect(again.status).toBe(409);
    expect((await call<ApiErrorBody>('GET', '/api/requests/none')).status).toBe(404);
  });
});

describe('/api/supply', () => {
  it('receives stock into a depot and reports the reserve and what may be allocated', async () => {
    expect(
      (
        await call('POST', '/api/depots', {
          id: 'PEK',
          nameEn: 'Beijing',
          nameZh: '北京',
          city: 'Beijing',
        })
      ).status,
    ).toBe(201);
    const rule = await call<ItemPosition>('PUT', '/api/supply/items/ventilator', {
      reserve: { kind: 'fixed', quantity: 40 },
      productionPerDay: 5,
    });
    expect(rule).toMatchObject({ status: 200, body: { reserve: 40, productionPerDay: 5 } });
    const received = await call<ItemPosition>('POST', '/api/supply/receipts', {
      depot: 'PEK',
      item: 'ventilator',
      quantity: 100,
    });
    expect(received).toMatchObject({
      status: 201,
      body: { onHand: 100, reserve: 40, allocatable: 60 },
    });
    const supply = await call<SupplyView>('GET', '/api/supply');
    expect(supply.body.depots.map((d) => d.id)).toEqual(['PEK']);
  });

  it('answers 400 or 404 naming the problem and changes nothing', async () => {
    const negative = await call<ApiErrorBody>('POST', '/api/supply/receipts', {
      depot: 'PEK',
      item: 'ventilator',
      quantity: -3,
    });
    expect(negative).toMatchObject({ status: 400, body: { error: { field: 'quantity' } } });
    const unknown = await call<ApiErrorBody>('POST', '/api/supply/receipts', {
      depot: 'PEK',
      item: 'iron-lung',
      quantity: 3,
    });
    expect(unknown).toMatchObject({ status: 400, body: { error: { field: 'item' } } });
    const depot = await call<ApiErrorBody>('POST', '/api/supply/receipts', {
      depot: 'NOPE',
      item: 'ventilator',
      quantity: 3,
    });
    expect(depot.status).toBe(404);
    const supply = await call<SupplyView>('GET', '/api/supply');
    expect(supply.body.items.find((i) => i.item === 'ventilator')?.onHand).toBe(100);
  });
});

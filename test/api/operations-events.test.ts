// Shipping and the event log through inject(): 201 then 200 on a retry, 409 out of order, 400 invalid.
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/api/app';
import type { ApiErrorBody } from '../../src/api/errors';
import type { Database } from '../../src/db/database';
import type { PostedEvent } from '../../src/services/consignment-events.service';
import type { ConsignmentDetail } from '../../src/services/logistics.service';
import type { VerifyReport } from '../../src/services/verify.service';
import { freshDatabase } from '../db/fresh-database';
import { loadFixture } from '../db/operations-fixture';
import { signedIn } from './auth';

let database: Database;
let app: FastifyInstance;
let auth: Record<string, string> = {};
let c: ConsignmentDetail;
beforeAll(async () => {
  database = await freshDatabase();
  await loadFixture(database);
  app = await buildApp({ database, webDir: null });
  auth = await signedIn(database);
  await app.inject({
    headers: auth,
    method: 'POST',
    url: '/api/batches',
    payload: { id: 'b1', title: 'Batch 1' },
  });
  await app.inject({
    headers: auth,
    method: 'POST',
    url: '/api/batches/b1/approve',
    payload: { by: 'CIDCA' },
  });
});
afterAll(async () => {
  await app?.close();
  await database?.close();
});

async function call<T>(method: 'GET' | 'POST', url: string, payload?: object) {
  const res = await app.inject({
    method,
    url,
    headers: auth,
    ...(payload === undefined ? {} : { payload }),
  });
  return { status: res.statusCode, body: res.json<T>() };
}

describe('/api/batches/:id/consignments and /api/consignments/:id/events', () => {
  it('ships the batch on charters planned per destination (201), marked', async () => {
    const shipped = await call<{ consignments: ConsignmentDetail[] }>(
      'POST',
      '/api/batches/b1/consignments',
      {},
    );
    expect(shipped.status).toBe(201);
    c = shipped.body.consignments.find((x) => x.recipient === 'ITA')!;
    expect(c).toMatchObject({
      consignee: 'EU',
      status: 'planned',
      marks: { quotation: { language: 'ita' } },
    });
    const board = await call<{ consignments: ConsignmentDetail[] }>(
      'GET',
      '/api/consignments?batch=b1',
    );
    expect(board.body.consignments.length).toBe(shipped.body.consignments.length);
  });

  it('answers 201 for a new event and 200 with the same event for a retry', async () => {
    const body = {
      id: 'evt-0001-packed',
      kind: 'packed',
      at: '2020-03-25T08:00:00Z',
      payload: { by: 'depot' },
    };
    const first = await call<PostedEvent>('POST', `/api/consignments/${c.id}/events`, body);
    expect(first).toMatchObject({
      status: 201,
      body: { replayed: false, status: 'packed', event: { seq: 1 } },
    });
    const again = await call<PostedEvent>('POST', `/api/consignments/${c.id}/events`, body);
    expect(again).toMatchObject({
      status: 200,
      body: { replayed: true, event: { hash: first.body.event.hash } },
    });
  });

  it('answers 409 for "received" before "departed" and 400 for a bad time or kind, adding nothing', async () => {
    const early = await call<ApiErrorBody>('POST', `/api/consignments/${c.id}/events`, {
      id: 'evt-0002-received',
      kind: 'received',
      at: '2020-03-26T08:00:00Z',
      payload: { signedBy: 'x', lines: [] },
    });
    expect(early.status).toBe(409);
    expect(early.body.error.message).toMatch(
      /"received" cannot be recorded before "customs-cleared"/,
    );
    const badTime = await call<ApiErrorBody>('POST', `/api/consignments/${c.id}/events`, {
      id: 'evt-0003-customs',
      kind: 'customs-cleared',
      at: 'tomorrow',
    });
    expect(badTime).toMatchObject({ status: 400, body: { error: { field: 'at' } } });
    const badKind = await call<ApiErrorBody>('POST', `/api/consignments/${c.id}/events`, {
      id: 'evt-0004-lost',
      kind: 'lost',
      at: '2020-03-26T08:00:00Z',
    });
    expect(badKind.status).toBe(400);
    expect(badKind.body.error.message).toMatch(/kind/);
    expect(
      (await call<ConsignmentDetail>('GET', `/api/consignments/${c.id}`)).body.events,
    ).toHaveLength(1);
    expect(
      (
        await call<ApiErrorBody>('POST', '/api/consignments/nope/events', {
          id: 'evt-0005-x',
          kind: 'packed',
          at: '2020-03-26',
        })
      ).status,
    ).toBe(404);
  });

  it('verifies the chain', async () => {
    expect((await call<VerifyReport>('GET', '/api/verify')).body).toMatchObject({
      ok: true,
      events: 1,
    });
  });
});

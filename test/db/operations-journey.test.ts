// The whole journey through the HTTP API on the driver under test: stock and a contribution, a request
// agreed in part, a batch drafted by the engine and edited, approval, flights, events, a signed receipt
// with a discrepancy, the trace of one line, the chain verified and the donor's goods followed.
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/api/app';
import type { Database } from '../../src/db/database';
import type { BatchView } from '../../src/services/batches.service';
import type { PostedEvent } from '../../src/services/consignment-events.service';
import type { ConsignmentDetail } from '../../src/services/logistics.service';
import type { RequestView } from '../../src/services/requests.service';
import type { DonorReach } from '../../src/core/logistics';
import type { Trace } from '../../src/services/trace.service';
import type { VerifyReport } from '../../src/services/verify.service';
import { signedIn } from '../api/auth';
import { freshDatabase, TEST_DRIVER } from './fresh-database';

let database: Database;
let app: FastifyInstance;
let headers: { authorization: string };
beforeAll(async () => {
  database = await freshDatabase();
  app = await buildApp({ database, webDir: null });
  // Every step of the journey, as one admin (the roles are tested in test/api/permissions.test.ts).
  headers = await signedIn(database, 'admin');
});
afterAll(async () => {
  await app?.close();
  await database?.close();
});

async function ok<T>(
  method: 'GET' | 'POST' | 'PUT' | 'PATCH',
  url: string,
  payload?: object,
): Promise<T> {
  const res = await app.inject({
    method,
    url,
    headers,
    ...(payload === undefined ? {} : { payload }),
  });
  if (res.statusCode >= 300) throw new Error(`${method} ${url}: ${res.statusCode} ${res.body}`);
  return res.json<T>();
}

describe(`the operations journey on ${TEST_DRIVER}`, () => {
  it('goes from a request to a signed receipt, and the trace tells it line by line', async () => {
    await ok('POST', '/api/depots', {
      id: 'PEK',
      nameEn: 'Beijing',
      nameZh: '北京',
      city: 'Beijing',
    });
    await ok('PUT', '/api/supply/items/ventilator', { reserve: { kind: 'fixed', quantity: 10 } });
    await ok('PUT', '/api/supply/items/mask-surgical', {
      reserve: { kind: 'cover-days', dailyConsumption: 1_000, days: 10 },
    });
    await ok('POST', '/api/supply/receipts', { depot: 'PEK', item: 'ventilator', quantity: 30 });
    await ok('POST', '/api/contributions', {
      donor: 'A Shenzhen company',
      donorKind: 'company',
      depotId: 'PEK',
      item: 'mask-surgical',
      quantity: 60_000,
      receivedOn: '2020-03-10',
    });

    const request = await ok<RequestView>('POST', '/api/requests', {
      id: 'req-pak',
      recipient: 'PAK',
      kind: 'supplies',
      title: 'Ventilators and masks',
      lines: [
        { item: 'ventilator', asked: 30 },
        { item: 'mask-surgical', asked: 100_000 },
      ],
    });
    await ok('POST', `/api/requests/${request.id}/agree`, {
      agreedBy: 'CIDCA and the Embassy of Pakistan',
      lines: [{ line: 'ventilator', agreed: 15 }],
    });

    const draft = await ok<BatchView>('POST', '/api/batches', {
      id: 'b5',
      title: 'Batch 5',
      number: 5,
    });
    const masks = draft.lines.find((l) => l.item === 'mask-surgical')!;
    // 60,000 masks − 10 days × 1,000 reserve = 50,000 may go; the engine gives all 25 packs.
    expect(masks.quantity).toBe(50_000);
    await ok('PATCH', `/api/batches/b5/lines/${masks.id}`, {
      quantity: 40_000,
      reason: 'Keep 5 cartons for the expert team',
      by: 'desk',
    });
    const approved = await ok<BatchView>('POST', '/api/batches/b5/approve', { by: 'CIDCA' });
    expect(approved.status).toBe('approved');

    const { consignments } = await ok<{ consignments: ConsignmentDetail[] }>(
      'POST',
      '/api/batches/b5/consignments',
      {
        flights: [
          {
            flightNo: 'PK8852',
            kind: 'charter',
            payloadKg: 5_000,
            volumeM3: 60,
            departsOn: '2020-03-28',
          },
        ],
      },
    );
    expect(consignments).toHaveLength(1);
    const c = consignments[0]!;
    // Events happen after the approval, minutes apart (the trace sorts the timeline by time).
    const at = (minutes: number) => new Date(Date.now() + minutes * 60_000).toISOString();
    const steps: [string, string, object][] = [
      ['packed', at(1), { by: 'Beijing depot' }],
      ['customs-cleared', at(2), { by: 'Beijing customs' }],
      ['departed', at(3), {}],
      ['arrived', at(4), { location: 'Islamabad' }],
      ['handed-over', at(5), { to: 'NDMA Pakistan' }],
    ];
    for (const [i, [kind, at, payload]] of steps.entries()) {
      await ok<PostedEvent>('POST', `/api/consignments/${c.id}/events`, {
        id: `evt-journey-${i}`,
        kind,
        at,
        payload,
      });
    }
    const maskLine = c.lines.find((l) => l.item === 'mask-surgical')!;
    const ventLine = c.lines.find((l) => l.item === 'ventilator')!;
    await ok('POST', `/api/consignments/${c.id}/events`, {
      id: 'evt-journey-received',
      kind: 'received',
      at: at(6),
      payload: {
        signedBy: 'NDMA warehouse officer',
        lines: [
          { lineId: maskLine.id, received: 39_000, damaged: 600 },
          { lineId: ventLine.id, received: 15 },
        ],
      },
    });

    const trace = await ok<Trace>('GET', `/api/trace/${masks.requestLineId}`);
    expect(trace.totals).toEqual({
      asked: 100_000,
      agreed: 100_000,
      allocated: 40_000,
      shipped: 40_000,
      received: 39_000,
      damaged: 600,
      missing: 400,
      discrepancy: 1_000,
      inTransit: 0,
    });
    expect(trace.allocations[0]).toMatchObject({
      batchId: 'b5',
      proposed: 50_000,
      quantity: 40_000,
    });
    expect(trace.allocations[0]!.edits[0]!.reason).toBe('Keep 5 cartons for the expert team');
    expect(trace.shipments[0]).toMatchObject({
      flightNo: 'PK8852',
      status: 'received',
      signedBy: 'NDMA warehouse officer',
    });
    expect(trace.timeline.map((s) => s.step)).toEqual([
      'submitted',
      'agreed',
      'allocated',
      'packed',
      'customs-cleared',
      'departed',
      'arrived',
      'handed-over',
      'received',
    ]);
    const vent = await ok<Trace>('GET', `/api/trace/${ventLine.requestLineId}`);
    expect(vent.totals).toMatchObject({
      asked: 30,
      agreed: 15,
      allocated: 15,
      received: 15,
      discrepancy: 0,
    });

    expect(await ok<VerifyReport>('GET', '/api/verify')).toMatchObject({ ok: true, events: 6 });
    const donors = await ok<{ reach: DonorReach[] }>('GET', '/api/contributions');
    expect(donors.reach).toEqual([
      { donor: 'A Shenzhen company', recipient: 'PAK', item: 'mask-surgical', quantity: 40_000 },
      { donor: 'government stock', recipient: 'PAK', item: 'ventilator', quantity: 15 },
    ]);
    const after = await ok<RequestView>('GET', '/api/requests/req-pak');
    expect(after.status).toBe('partly-allocated');
    const missing = await app.inject({ method: 'GET', url: '/api/trace/req-none.1', headers });
    expect(missing.statusCode).toBe(404);
  });
});

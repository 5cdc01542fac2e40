// The batch endpoints through inject(): draft, edit, compare, approve, and the 4xx answers.
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/api/app';
import type { ApiErrorBody } from '../../src/api/errors';
import type { Database } from '../../src/db/database';
import type { BatchView } from '../../src/services/batches.service';
import type { SupplyView } from '../../src/services/supply.service';
import { freshDatabase } from '../db/fresh-database';
import { loadFixture } from '../db/operations-fixture';
import { signedIn } from './auth';

let database: Database;
let app: FastifyInstance;
let auth: Record<string, string> = {};
beforeAll(async () => {
  database = await freshDatabase();
  await loadFixture(database);
  app = await buildApp({ database, webDir: null });
  auth = await signedIn(database);
});
afterAll(async () => {
  await app?.close();
  await database?.close();
});

async function call<T>(method: 'GET' | 'POST' | 'PATCH', url: string, payload?: object) {
  const res = await app.inject({
    method,
    url,
    headers: auth,
    ...(payload === undefined ? {} : { payload }),
  });
  return { status: res.statusCode, body: res.json<T>() };
}

describe('/api/batches', () => {
  it('drafts from the engine (201), edits a line with a reason, and compares with a hand draft', async () => {
    const draft = await call<BatchView>('POST', '/api/batches', {
      id: 'b5',
      title: 'Batch 5',
      number: 5,
    });
    expect(draft.status).toBe(201);
    expect(draft.body.lines.length).toBeGreaterThan(0);
    const line = draft.body.lines.find((l) => l.item === 'ventilator' && l.quantity > 0)!;
    const edited = await call<BatchView>('PATCH', `/api/batches/b5/lines/${line.id}`, {
      quantity: line.quantity - 1,
      reason: 'One ventilator goes with the expert team instead',
    });
    expect(edited.status).toBe(200);
    expect(edited.body.lines.find((l) => l.id === line.id)).toMatchObject({
      proposed: line.quantity,
      quantity: line.quantity - 1,
    });
    const hand = await call<BatchView>('POST', '/api/batches', {
      id: 'b5-hand',
      title: 'Batch 5 by hand',
      lines: [{ requestLineId: 'r-khm.1', quantity: 50_000 }],
    });
    expect(hand.status).toBe(201);
    const compare = await call<{
      changed: number;
      lines: { requestLineId: string; a: number; b: number }[];
    }>('GET', '/api/batches/b5/compare/b5-hand');
    expect(compare.status).toBe(200);
    expect(compare.body.lines.find((l) => l.requestLineId === 'r-khm.1')?.b).toBe(50_000);
  });

  it('answers 400 naming the problem for a fractional-pack or negative line, and changes nothing', async () => {
    const b5 = (await call<BatchView>('GET', '/api/batches/b5')).body;
    const masks = b5.lines.find((l) => l.item === 'mask-surgical')!;
    const fractional = await call<ApiErrorBody>('PATCH', `/api/batches/b5/lines/${masks.id}`, {
      quantity: 2_500,
      reason: 'x',
    });
    expect(fractional).toMatchObject({ status: 400, body: { error: { field: 'quantity' } } });
    expect(fractional.body.error.message).toMatch(
      /not a whole number of packs of 2000 \(1\.25 packs\)/,
    );
    const negative = await call<ApiErrorBody>('PATCH', `/api/batches/b5/lines/${masks.id}`, {
      quantity: -2_000,
      reason: 'x',
    });
    expect(negative.status).toBe(400);
    const unknownLine = await call<ApiErrorBody>('POST', '/api/batches', {
      title: 'x',
      lines: [{ requestLineId: 'r-xyz.1', quantity: 2000 }],
    });
    expect(unknownLine).toMatchObject({
      status: 400,
      body: { error: { field: 'lines.0.requestLineId' } },
    });
    expect(
      (await call<BatchView>('GET', '/api/batches/b5')).body.lines.find((l) => l.id === masks.id)
        ?.quantity,
    ).toBe(masks.quantity);
  });

  it("approves (200) in the signed-in user's name and then refuses the overlapping hand draft as stale or over-allocated (409)", async () => {
    const before = (await call<SupplyView>('GET', '/api/supply')).body;
    // A typed name (older clients send one) does not stand in for the session's user.
    const approved = await call<BatchView>('POST', '/api/batches/b5/approve', { by: 'CIDCA' });
    expect(approved).toMatchObject({
      status: 200,
      body: { status: 'approved', approvedBy: 'test-coordinator' },
    });
    const after = (await call<SupplyView>('GET', '/api/supply')).body;
    const held = (s: SupplyView) => s.items.reduce((a, i) => a + i.allocated, 0);
    expect(held(after) - held(before)).toBe(approved.body.totals.units);
    // No name at all is fine: the server knows who approves.
    const refused = await call<ApiErrorBody>('POST', '/api/batches/b5-hand/approve', {});
    expect(refused.status).toBe(409);
    expect(refused.body.error.message).toMatch(/left to allocate|not enough/);
    expect((await call<SupplyView>('GET', '/api/supply')).body).toEqual(after);
    expect(
      (await call<ApiErrorBody>('POST', '/api/batches/nope/approve', { by: 'x' })).status,
    ).toBe(404);
  });
});

// Every state change writes its audit rows in the same transaction: the operations journey and the
// experts journey through the API, each successful write adding exactly the expected rows (with before
// and after), each refused write (4xx) adding none; GET /api/audit pages the trail; the chain verifies.
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/api/app';
import type { AuditEntry } from '../../src/core/audit';
import type { Database } from '../../src/db/database';
import { verifyAudit } from '../../src/services/audit.service';
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

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH';

async function call<T>(method: Method, url: string, payload?: object) {
  const res = await app.inject({
    method,
    url,
    headers: auth,
    ...(payload === undefined ? {} : { payload }),
  });
  return { status: res.statusCode, body: res.json<T>() };
}

async function newest(limit = 500): Promise<AuditEntry[]> {
  const page = await call<{ entries: AuditEntry[] }>('GET', `/api/audit?limit=${limit}`);
  expect(page.status).toBe(200);
  return page.body.entries;
}

async function head(): Promise<number> {
  return (await newest(1))[0]?.seq ?? 0;
}

/**
 * Runs one write and checks its status and the audit rows it added, oldest first, as
 * [action, entityId] pairs; returns those rows.
 */
async function audited(
  method: Method,
  url: string,
  payload: object,
  status: number,
  expected: [string, string][],
): Promise<AuditEntry[]> {
  const before = await head();
  const res = await call<unknown>(method, url, payload);
  expect({ url, status: res.status }).toEqual({ url, status });
  const added = (await newest()).filter((e) => e.seq > before).reverse();
  expect(added.map((e) => [e.action, e.entityId])).toEqual(expected);
  for (const e of added) expect(e.actor).toMatch(/^user:test-coordinator \(token tok-/);
  return added;
}

describe('audit rows of the operations journey', () => {
  it('records each write with before and after, and nothing for a refused one', async () => {
    const [created] = await audited(
      'POST',
      '/api/requests',
      {
        id: 'r-irn',
        recipient: 'IRN',
        kind: 'supplies',
        title: 'Test kits for Iran',
        lines: [{ item: 'mask-surgical', asked: 30_000 }],
      },
      201,
      [['request.create', 'r-irn']],
    );
    expect(created).toMatchObject({ before: null, after: { id: 'r-irn', status: 'submitted' } });

    const [agreed] = await audited(
      'POST',
      '/api/requests/r-irn/agree',
      { agreedBy: 'both ministries', agreedOn: '2020-03-24' },
      200,
      [['request.agree', 'r-irn']],
    );
    expect(agreed).toMatchObject({
      before: { status: 'submitted', lines: [{ agreed: null }] },
      after: { status: 'agreed', agreedBy: 'both ministries', lines: [{ agreed: 30_000 }] },
    });
    await audited('POST', '/api/requests/r-irn/agree', { agreedBy: 'again' }, 409, []);
    await audited('POST', '/api/requests/r-irn/status', { status: 'declined' }, 400, []);

    const [stock] = await audited(
      'POST',
      '/api/supply/receipts',
      { depot: 'PEK', item: 'ventilator', quantity: 5 },
      201,
      [['stock.receipt', 'PEK/ventilator']],
    );
    expect(stock!.after).toMatchObject({ change: 5 });
    expect((stock!.after as { onHand: number }).onHand).toBe(
      (stock!.before as { onHand: number }).onHand + 5,
    );
    await audited(
      'POST',
      '/api/supply/adjustments',
      { depot: 'PEK', item: 'ventilator', quantity: -1_000_000 },
      409,
      [],
    );

    await audited('POST', '/api/batches', { id: 'b1', title: 'Batch 1' }, 201, [
      ['batch.draft', 'b1'],
    ]);
    const lines = (
      await call<{ lines: { id: string; quantity: number; item: string }[] }>(
        'GET',
        '/api/batches/b1',
      )
    ).body.lines;
    const line = lines.find((l) => l.item === 'ventilator' && l.quantity > 0)!;
    const [edit] = await audited(
      'PATCH',
      `/api/batches/b1/lines/${line.id}`,
      { quantity: line.quantity - 1, reason: 'one is kept for spares' },
      200,
      [['batch.edit-line', line.id]],
    );
    expect(edit).toMatchObject({
      before: { quantity: line.quantity },
      after: { quantity: line.quantity - 1, reason: 'one is kept for spares' },
    });
    const [approval] = await audited('POST', '/api/batches/b1/approve', { by: 'CIDCA' }, 200, [
      ['batch.approve', 'b1'],
    ]);
    expect(approval).toMatchObject({ before: { status: 'draft' }, after: { status: 'approved' } });
    expect((approval!.after as { holds: unknown[] }).holds.length).toBeGreaterThan(0);
    await audited('POST', '/api/batches/b1/approve', { by: 'CIDCA' }, 409, []);
    await audited('POST', '/api/batches/b1/discard', {}, 409, []);

    const before = await head();
    const shipped = await call<{ consignments: { id: string; flightId: string }[] }>(
      'POST',
      '/api/batches/b1/consignments',
      {},
    );
    expect(shipped.status).toBe(201);
    const added = (await newest()).filter((e) => e.seq > before).reverse();
    const flights = [...new Set(shipped.body.consignments.map((c) => c.flightId))];
    expect(added.map((e) => [e.action, e.entityId])).toEqual([
      ...flights.map((f) => ['flight.create', f]),
      ...shipped.body.consignments.map((c) => ['consignment.create', c.id]),
    ]);
    await audited('POST', '/api/batches/b1/consignments', {}, 409, []);

    const c = shipped.body.consignments[0]!.id;
    const event = { id: 'evt-audit-1', kind: 'packed', at: '2020-03-26T08:00:00Z' };
    const [packed] = await audited('POST', `/api/consignments/${c}/events`, event, 201, [
      ['consignment.event.packed', c],
    ]);
    expect(packed).toMatchObject({
      before: { status: 'planned' },
      after: { status: 'packed', event: { id: 'evt-audit-1', kind: 'packed' } },
    });
    // A retry of the same event changes nothing, so it records nothing; an event out of order is refused.
    await audited('POST', `/api/consignments/${c}/events`, event, 200, []);
    await audited(
      'POST',
      `/api/consignments/${c}/events`,
      { id: 'evt-audit-2', kind: 'received', at: '2020-03-27T08:00:00Z' },
      409,
      [],
    );

    await audited('POST', '/api/batches', { id: 'b2', title: 'Batch 2' }, 201, [
      ['batch.draft', 'b2'],
    ]);
    await audited('POST', '/api/batches/b2/discard', {}, 200, [['batch.discard', 'b2']]);
  });
});

describe('audit rows of the experts journey', () => {
  it('records roster, deployment, activity, session, attendance and guidance writes', async () => {
    const expert = (id: string) => ({
      id,
      name: `Expert ${id} (illustrative)`,
      specialties: ['epidemiology'],
      languages: ['zh', 'en'],
      institution: 'Test hospital',
      availability: [{ from: '2020-03-01', to: '2020-05-31' }],
    });
    await audited('POST', '/api/experts', expert('e1'), 201, [['expert.create', 'e1']]);
    await audited('POST', '/api/experts', expert('e1'), 400, []);
    await audited(
      'POST',
      '/api/deployments',
      {
        id: 'd-irn',
        name: 'Team to Iran (test)',
        country: 'IRN',
        from: '2020-03-01',
        to: '2020-03-20',
        objectives: ['share experience'],
        members: [{ expertId: 'e1' }],
      },
      201,
      [['deployment.create', 'd-irn']],
    );
    const activity = { kind: 'training', on: '2020-03-05', title: 'Training', attendees: 250 };
    await audited('POST', '/api/deployments/d-irn/activities', activity, 201, [
      ['deployment.activity', 'd-irn'],
    ]);
    await audited(
      'POST',
      '/api/deployments/d-irn/activities',
      { ...activity, on: '2020-04-30' },
      400,
      [],
    );
    await audited(
      'POST',
      '/api/sessions',
      {
        id: 's1',
        topic: 'Clinical care (illustrative)',
        startsAt: '2020-03-12T13:00:00Z',
        durationMinutes: 120,
        countries: ['ITA', 'SRB'],
      },
      201,
      [['session.create', 's1']],
    );
    await audited(
      'POST',
      '/api/sessions/s1/attendance',
      { participant: 'ita', attendees: 40 },
      200,
      [['session.attendance', 's1']],
    );
    const [corrected] = await audited(
      'POST',
      '/api/sessions/s1/attendance',
      { participant: 'ITA', attendees: 45 },
      200,
      [['session.attendance', 's1']],
    );
    expect(corrected).toMatchObject({ before: { attendees: 40 }, after: { attendees: 45 } });
    await audited(
      'POST',
      '/api/guidance',
      { id: 'doc-1', kind: 'contact-management', issuer: 'Test issuer', originalLanguage: 'en' },
      201,
      [['guidance.create', 'doc-1']],
    );
    const [published] = await audited(
      'POST',
      '/api/guidance/doc-1/versions',
      {
        publishedAt: '2020-03-03T08:00:00Z',
        translations: [{ language: 'en', title: 'Contacts', body: 'Stay home 14 days.' }],
      },
      201,
      [['guidance.publish', 'doc-1']],
    );
    expect(published!.after).toMatchObject({
      version: 1,
      translations: [{ language: 'en', bytes: 18 }],
    });
    await audited(
      'POST',
      '/api/guidance/deliveries',
      {
        documentId: 'doc-1',
        version: 1,
        language: 'en',
        recipient: 'pak',
        deliveredAt: '2020-03-04T10:00:00Z',
      },
      201,
      [['guidance.deliver', 'doc-1']],
    );
    await audited(
      'POST',
      '/api/guidance/deliveries',
      {
        documentId: 'doc-1',
        version: 2,
        language: 'en',
        recipient: 'pak',
        deliveredAt: '2020-03-04T10:00:00Z',
      },
      400,
      [],
    );
  });
});

describe('GET /api/audit', () => {
  it('pages newest first, filters by entity, and the whole trail verifies', async () => {
    const first = await call<{ entries: AuditEntry[]; nextBefore: number | null }>(
      'GET',
      '/api/audit?limit=3',
    );
    expect(first.body.entries).toHaveLength(3);
    const next = await call<{ entries: AuditEntry[] }>(
      'GET',
      `/api/audit?limit=3&before=${first.body.nextBefore}`,
    );
    expect(next.body.entries[0]!.seq).toBe(first.body.entries[2]!.seq - 1);
    const r = await call<{ entries: AuditEntry[] }>(
      'GET',
      '/api/audit?entity=request&entityId=r-irn',
    );
    expect(r.body.entries.map((e) => e.action)).toEqual(['request.agree', 'request.create']);
    const bad = await call<{ error: { field?: string } }>('GET', '/api/audit?limit=0');
    expect(bad.status).toBe(400);
    expect(bad.body.error.field).toBe('limit');
    const report = await verifyAudit(database.db);
    expect(report.ok).toBe(true);
    expect(report.rows).toBe(first.body.entries[0]!.seq);
  });
});

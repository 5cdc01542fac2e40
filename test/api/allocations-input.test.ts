// GET /api/allocations/input on the demo scenario: open requests at agreed (else asked) quantities, free
// stock plus production by the ship date, reserve rules, profiles from the situation, and its 400s.
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/api/app';
import type { ApiErrorBody } from '../../src/api/errors';
import type { AllocationPlan } from '../../src/core/allocation';
import type { Database } from '../../src/db/database';
import type { ScenarioPlanInput } from '../../src/services/allocation.service';
import type { RequestView } from '../../src/services/requests.service';
import type { SupplyView } from '../../src/services/supply.service';
import type { Situation } from '../../src/services/situation.service';
import { demoPglite, freshDatabase } from '../db/fresh-database';
import { signedIn } from './auth';

let database: Database;
let app: FastifyInstance;
let auth: Record<string, string> = {};
beforeAll(async () => {
  database = await demoPglite();
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

/** Checks that an input hangs together: every line's recipient and item is listed, named and supplied. */
function expectConsistent(s: ScenarioPlanInput): void {
  const recipients = new Set(s.input.recipients.map((r) => r.id));
  const items = new Set(s.input.items.map((i) => i.id));
  expect(new Set(s.input.supply.map((x) => x.item))).toEqual(items);
  for (const q of s.input.requests) {
    expect(recipients.has(q.recipient)).toBe(true);
    expect(items.has(q.item)).toBe(true);
    expect(q.quantity).toBeGreaterThan(0);
  }
  expect(Object.keys(s.names.recipients).sort()).toEqual([...recipients].sort());
  expect(Object.keys(s.names.items).sort()).toEqual([...items].sort());
}

const OPEN = ['submitted', 'under-review', 'agreed', 'partly-allocated'];

describe('GET /api/allocations/input', () => {
  it("gives the demo's input as of 2020-03-26, consistent, and plannable as it is", async () => {
    const { status, body } = await call<ScenarioPlanInput>(
      'GET',
      '/api/allocations/input?date=2020-03-26',
    );
    expect(status).toBe(200);
    expect(body).toMatchObject({ date: '2020-03-26', shipDate: '2020-04-02', forecastWeeks: 4 });
    expectConsistent(body);
    if (body.input.requests.length === 0) {
      console.log('the demo has no open supplies requests yet: checking the notes say so');
      expect(body.notes.map((n) => n.en).join(' ')).toMatch(/No open supplies request/);
    }
    const plan = await call<AllocationPlan>('POST', '/api/allocations/preview', body.input);
    expect(plan.status).toBe(200);
    expect(plan.body.lines).toHaveLength(body.input.requests.length);
  });

  it('reads requests, stock, production and reserve from the operations tables', async () => {
    expect((await call('POST', '/api/depots', depot)).status).toBeLessThan(300);
    await call('PUT', '/api/supply/items/thermometer-ir', {
      reserve: { kind: 'cover-days', dailyConsumption: 5 },
      productionPerDay: 10,
    });
    await call('POST', '/api/supply/receipts', {
      depot: 'H11',
      item: 'thermometer-ir',
      quantity: 500,
    });
    for (const r of requests) expect((await call('POST', '/api/requests', r)).status).toBe(201);
    const agreed = await call('POST', '/api/requests/h11-lux/agree', {
      agreedBy: 'test',
      agreedOn: '2020-03-25',
      lines: [{ line: 'thermometer-ir', agreed: 400 }],
    });
    expect(agreed.status).toBe(200);
    await call('POST', '/api/requests/h11-who/status', { status: 'declined', reason: 'test' });

    const { status, body } = await call<ScenarioPlanInput>(
      'GET',
      '/api/allocations/input?date=2020-03-26',
    );
    expect(status).toBe(200);
    expectConsistent(body);
    // Quantities: agreed, else asked, less what approved batches hold; declined requests left out.
    const all = (await call<{ requests: RequestView[] }>('GET', '/api/requests')).body.requests;
    const expected = new Map<string, number>();
    for (const r of all.filter((q) => q.kind === 'supplies' && OPEN.includes(q.status))) {
      for (const l of r.lines) {
        const key = `${r.recipient}/${l.item}`;
        expected.set(key, (expected.get(key) ?? 0) + (l.agreed ?? l.asked) - l.allocated);
      }
    }
    const got = (key: string) =>
      body.input.requests.find((q) => `${q.recipient}/${q.item}` === key)?.quantity;
    expect(got('LUX/thermometer-ir')).toBe(expected.get('LUX/thermometer-ir'));
    expect(got('LUX/thermometer-ir')).toBeGreaterThanOrEqual(400);
    expect(got('MNG/thermometer-ir')).toBe(expected.get('MNG/thermometer-ir'));
    expect(got('MNG/ventilator')).toBe(expected.get('MNG/ventilator'));
    expect(body.input.requests.some((q) => q.recipient === 'WHO' && q.quantity === 300)).toBe(
      false,
    );
    expect(body.requests.map((r) => r.id)).toEqual(expect.arrayContaining(['h11-lux', 'h11-mng']));
    expect(body.requests.map((r) => r.id)).not.toContain('h11-who');

    // Supply: free stock, 7 days of production to the ship date, the reserve rule as stored.
    const position = (await call<SupplyView>('GET', '/api/supply')).body.items.find(
      (i) => i.item === 'thermometer-ir',
    )!;
    expect(body.input.supply.find((s) => s.item === 'thermometer-ir')).toEqual({
      item: 'thermometer-ir',
      stock: position.onHand - position.allocated,
      producible: 70,
      reserve: { kind: 'cover-days', dailyConsumption: 5 },
    });

    // Profiles: the situation on the date, urgency raised by a needed-by date 4 days away.
    const lux = body.input.recipients.find((r) => r.id === 'LUX')!;
    const mng = body.input.recipients.find((r) => r.id === 'MNG')!;
    const situation = (await call<Situation>('GET', '/api/situation?date=2020-03-26')).body;
    const luxSituation = situation.countries.find((c) => c.iso3 === 'LUX')!;
    expect(lux.casesPerMillion).toBeCloseTo(luxSituation.casesPerMillion!, 9);
    expect(lux.growthRate).toBe(luxSituation.growthRate);
    expect(lux.population).toBe(luxSituation.population);
    expect(lux.bedsPer1000).toBeGreaterThan(0);
    expect(lux.urgency).toBe('critical');
    expect(lux.agreed).toBe(true);
    expect(mng.agreed).toBe(false);
    expect(body.names.recipients['LUX']).toEqual({
      en: 'Luxembourg',
      zh: '卢森堡',
      kind: 'country',
    });
    const forecast = body.input.requests.find(
      (q) => q.recipient === 'LUX' && q.item === 'thermometer-ir',
    )!.forecastNeed;
    if (forecast === null || forecast === undefined) {
      expect(body.notes.map((n) => n.en).join(' ')).toMatch(/No forecast for .*LUX/);
    } else {
      expect(forecast).toBeGreaterThan(0);
      expect(lux.supplyShortage).toBeGreaterThan(0);
    }

    // Scoped to one request, and a 7-day later ship date adds 7 more days of production.
    const scoped = await call<ScenarioPlanInput>(
      'GET',
      '/api/allocations/input?date=2020-03-26&requests=h11-lux&shipDate=2020-04-09',
    );
    expect(scoped.body.input.requests.map((q) => q.recipient)).toEqual(['LUX']);
    expect(scoped.body.input.supply[0]!.producible).toBe(140);
  });

  it.each([
    ['?date=2019-01-01', 'date', /outside/],
    ['?date=2020-03-26&shipDate=2020-03-01', 'shipDate', /before the plan date/],
    ['?forecastWeeks=13', 'forecastWeeks', /at most 12/],
    ['?requests=no-such-request', 'requestIds.0', /no supplies request/],
    ['?requests=h11-who', 'requestIds.0', /"declined"/],
  ])('answers 400 for %s naming %s', async (query, field, message) => {
    const res = await call<ApiErrorBody>('GET', `/api/allocations/input${query}`);
    expect(res.status).toBe(400);
    expect(res.body.error.field).toBe(field);
    expect(res.body.error.message).toMatch(message);
  });
});

describe('GET /api/allocations/input without operations data or case series', () => {
  it('returns an empty input and says why instead of failing', async () => {
    const empty = await freshDatabase();
    const emptyApp = await buildApp({ database: empty, webDir: null });
    try {
      const res = await emptyApp.inject({
        headers: await signedIn(empty),
        method: 'GET',
        url: '/api/allocations/input?date=2020-03-26',
      });
      expect(res.statusCode).toBe(200);
      const body = res.json<ScenarioPlanInput>();
      expect(body.input).toMatchObject({ items: [], supply: [], recipients: [], requests: [] });
      const notes = body.notes.map((n) => n.en).join(' ');
      expect(notes).toMatch(/No case series is loaded/);
      expect(notes).toMatch(/No open supplies request/);
    } finally {
      await emptyApp.close();
      await empty.close();
    }
  });
});

const depot = { id: 'H11', nameEn: 'Test depot', nameZh: '测试仓库', city: 'Shanghai' };
const requests = [
  {
    id: 'h11-lux',
    recipient: 'LUX',
    kind: 'supplies',
    title: 'Thermometers',
    urgency: 'routine',
    neededBy: '2020-03-30',
    lines: [{ item: 'thermometer-ir', asked: 1000 }],
  },
  {
    id: 'h11-mng',
    recipient: 'MNG',
    kind: 'supplies',
    title: 'Thermometers and ventilators',
    urgency: 'routine',
    lines: [
      { item: 'thermometer-ir', asked: 600 },
      { item: 'ventilator', asked: 20 },
    ],
  },
  {
    id: 'h11-who',
    recipient: 'WHO',
    kind: 'supplies',
    title: 'Thermometers',
    lines: [{ item: 'thermometer-ir', asked: 300 }],
  },
];

// POST /api/allocations/preview and GET /api/allocations/policy through inject(), on an empty database:
// hand-checkable plans, every 400 naming its field, and nothing stored.
import type { FastifyInstance } from 'fastify';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/api/app';
import type { ApiErrorBody } from '../../src/api/errors';
import { DEFAULT_POLICY, type AllocationPlan } from '../../src/core/allocation';
import type { Database } from '../../src/db/database';
import { rowsOf } from '../../src/db/db.types';
import type { policyInWords } from '../../src/services/allocation.service';
import { sharedWorkerSolver } from '../../src/services/worker-solver';
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
  await sharedWorkerSolver().close();
  await app?.close();
  await database?.close();
});

async function preview<T = AllocationPlan>(payload: object) {
  const res = await app.inject({
    headers: auth,
    method: 'POST',
    url: '/api/allocations/preview',
    payload,
  });
  return { status: res.statusCode, body: res.json<T>() };
}

const mask = { id: 'mask-surgical', packSize: 10, packWeightKg: 2, packVolumeM3: 0.02 };
/** Two recipients identical in everything the policy reads, so their weights are equal. */
const twins = [
  { id: 'AAA', name: 'Country A', population: 1000, casesPerMillion: 100, urgency: 'urgent' },
  { id: 'BBB', name: 'Country B', population: 3000, casesPerMillion: 100, urgency: 'urgent' },
];
/** A policy with every factor off: every recipient weighs 1. */
const equalWeights = {
  ...DEFAULT_POLICY,
  factors: DEFAULT_POLICY.factors.map((f) => ({ ...f, enabled: false })),
};
/** 150 masks in stock, 60 kept in reserve: 90 to share between needs of 100 and 50, equal weights. */
const instance = {
  policy: equalWeights,
  items: [mask],
  supply: [{ item: 'mask-surgical', stock: 150, reserve: { kind: 'fixed', quantity: 60 } }],
  recipients: twins,
  requests: [
    { recipient: 'AAA', item: 'mask-surgical', quantity: 100 },
    { recipient: 'BBB', item: 'mask-surgical', quantity: 50 },
  ],
};

const line = (plan: AllocationPlan, recipient: string) =>
  plan.lines.find((l) => l.recipient === recipient)!;

/** Row counts of every table in the public schema. */
async function tableCounts(): Promise<Record<string, number>> {
  const tables = rowsOf<{ name: string }>(
    await database.db.execute(
      sql`SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY 1`,
    ),
  );
  const counts: Record<string, number> = {};
  for (const { name } of tables) {
    const [row] = rowsOf<{ n: string | number }>(
      await database.db.execute(sql.raw(`SELECT count(*) AS n FROM "${name}"`)),
    );
    counts[name] = Number(row?.n);
  }
  return counts;
}

describe('POST /api/allocations/preview', () => {
  it('keeps the reserve and gives equal weights the same share of need: 60 and 30 of 100 and 50', async () => {
    const before = await tableCounts();
    const { status, body } = await preview(instance);
    expect(status).toBe(200);
    expect(body.solver).toBe('water-filling');
    expect(body.items[0]).toMatchObject({ stock: 150, reserve: 60, available: 90, allocated: 90 });
    const [a, b] = [line(body, 'AAA'), line(body, 'BBB')];
    expect([a.weight, b.weight]).toEqual([1, 1]);
    expect([a.quantity, b.quantity]).toEqual([60, 30]);
    expect([a.fillRate, b.fillRate]).toEqual([0.6, 0.6]);
    expect(a.bound).toBe('supply');
    expect(a.reason.en).toContain('60 of 100');
    expect(a.reason.zh).toContain('60 / 100');
    // Population pro-rata, capped at need: B (3,000 people) is capped at 50, A gets the other 40.
    expect(a.proRata).toBeCloseTo(40, 9);
    expect(b.proRata).toBeCloseTo(50, 9);
    expect(body.quality.ours.minFillRate).toBeCloseTo(0.6, 12);
    expect(body.quality.proRata.minFillRate).toBeCloseTo(0.4, 12);
    expect(body.recipients.map((r) => r.score.factors.length)).toEqual([0, 0]);
    expect(await tableCounts()).toEqual(before);
  });

  it('splits 100 masks over needs of 80 and 40 by share of need (66.7 / 33.3), whole masks summing to 100', async () => {
    const { status, body } = await preview({
      ...instance,
      items: [{ ...mask, packSize: 1 }],
      supply: [{ item: 'mask-surgical', stock: 100 }],
      requests: [
        { recipient: 'AAA', item: 'mask-surgical', quantity: 80 },
        { recipient: 'BBB', item: 'mask-surgical', quantity: 40 },
      ],
    });
    expect(status).toBe(200);
    const [a, b] = [line(body, 'AAA'), line(body, 'BBB')];
    expect(a.exact).toBeCloseTo(200 / 3, 9);
    expect(b.exact).toBeCloseTo(100 / 3, 9);
    expect(a.quantity + b.quantity).toBe(100);
    expect(Math.abs(a.quantity - a.exact)).toBeLessThan(1);
    expect(Math.abs(b.quantity - b.exact)).toBeLessThan(1);
  });

  it('meets every need when supply suffices, and weighs a critical request above a routine one', async () => {
    const met = await preview({ ...instance, supply: [{ item: 'mask-surgical', stock: 500 }] });
    expect(met.body.lines.map((l) => [l.quantity, l.bound])).toEqual([
      [100, 'need'],
      [50, 'need'],
    ]);
    const urgent = await preview({
      ...instance,
      policy: undefined,
      items: [{ ...mask, packSize: 1 }],
      recipients: [
        { ...twins[0], urgency: 'critical' },
        { ...twins[1], urgency: 'routine' },
      ],
    });
    const [a, b] = [line(urgent.body, 'AAA'), line(urgent.body, 'BBB')];
    expect(a.weight).toBeGreaterThan(b.weight);
    expect(a.fillRate).toBeGreaterThan(b.fillRate);
    expect(a.quantity + b.quantity).toBe(90);
    expect(urgent.body.recipients[0]!.score.factors.map((f) => f.id)).toEqual([
      'severity',
      'health-system',
      'request',
      'donor-capacity',
    ]);
  });

  it('takes pack sizes from the catalogue when an item gives none', async () => {
    const { status, body } = await preview({ ...instance, items: [{ id: 'mask-surgical' }] });
    expect(status).toBe(200);
    expect(body.items[0]!.packSize).toBeGreaterThan(1);
    for (const l of body.lines) expect(l.quantity % body.items[0]!.packSize).toBe(0);
  });

  const bad: [string, object, string, RegExp][] = [
    [
      'negative stock',
      { ...instance, supply: [{ item: 'mask-surgical', stock: -5 }] },
      'supply.0.stock',
      />= 0/,
    ],
    [
      'an unknown item in a request',
      { ...instance, requests: [{ recipient: 'AAA', item: 'mask-kn95', quantity: 5 }] },
      'requests.0.item',
      /unknown item "mask-kn95"/,
    ],
    [
      'an unknown recipient in a request',
      { ...instance, requests: [{ recipient: 'ZZZ', item: 'mask-surgical', quantity: 5 }] },
      'requests.0.recipient',
      /unknown recipient "ZZZ"/,
    ],
    [
      'stock of an item not listed',
      {
        ...instance,
        supply: [...instance.supply, { item: 'gown', stock: 5 }],
      },
      'supply.1.item',
      /unknown item "gown"/,
    ],
    [
      'a factor weight that does not parse',
      {
        ...instance,
        policy: {
          ...DEFAULT_POLICY,
          factors: DEFAULT_POLICY.factors.map((f, i) => (i === 1 ? { ...f, weight: 'high' } : f)),
        },
      },
      'policy.factors.1.weight',
      /must be a number/,
    ],
    [
      'a policy that is not an object',
      { ...instance, policy: 'fair' },
      'policy',
      /must be an object/,
    ],
    [
      'a non-catalogue item without pack data',
      { ...instance, items: [{ id: 'blankets' }], supply: [{ item: 'blankets', stock: 1 }] },
      'items.0.packSize',
      /not a catalogue item/,
    ],
    [
      'a cargo limit for an unknown destination',
      { ...instance, cargo: [{ recipient: 'QQQ', kg: 10, m3: null }] },
      'cargo.0.recipient',
      /unknown recipient "QQQ"/,
    ],
    ['a missing list', { items: [mask], supply: [], recipients: [] }, 'requests', /requests/],
  ];
  it.each(bad)('answers 400 naming the field for %s', async (_what, payload, field, message) => {
    const before = await tableCounts();
    const res = await preview<ApiErrorBody>(payload);
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('bad_request');
    expect(res.body.error.field).toBe(field);
    expect(res.body.error.message).toMatch(message);
    expect(res.body.error.message).not.toMatch(/\n\s+at /);
    expect(await tableCounts()).toEqual(before);
  });
});

describe('GET /api/allocations/policy', () => {
  it('gives the default policy with every factor explained in English and Chinese', async () => {
    const res = await app.inject({ headers: auth, method: 'GET', url: '/api/allocations/policy' });
    expect(res.statusCode).toBe(200);
    const body = res.json<ReturnType<typeof policyInWords>>();
    expect(body.policy.id).toBe(DEFAULT_POLICY.id);
    expect(body.factors.map((f) => f.id)).toEqual([
      'severity',
      'health-system',
      'request',
      'donor-capacity',
      'reciprocity',
    ]);
    const on = body.factors.filter((f) => f.enabled);
    expect(on.reduce((s, f) => s + f.share, 0)).toBeCloseTo(1, 12);
    expect(body.factors.find((f) => f.id === 'reciprocity')).toMatchObject({
      enabled: false,
      share: 0,
    });
    for (const f of body.factors) {
      expect(f.explain.en.length).toBeGreaterThan(20);
      expect(f.explain.zh).toMatch(/[\u4e00-\u9fff]/);
    }
    expect(body.summary.en).toContain('25 %');
    expect(body.summary.en).toContain('severity of the local epidemic (35 %)');
  });

  it('is in the OpenAPI document with the preview and input endpoints', async () => {
    const doc = (
      await app.inject({ headers: auth, method: 'GET', url: '/api/openapi.json' })
    ).json<{
      paths: Record<string, unknown>;
    }>();
    for (const p of [
      '/api/allocations/preview',
      '/api/allocations/input',
      '/api/allocations/policy',
    ])
      expect(doc.paths).toHaveProperty([p]);
  });
});

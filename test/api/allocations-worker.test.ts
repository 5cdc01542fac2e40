// The HiGHS path of the preview: cargo limits and lot sizes solved in a worker thread while the server
// keeps answering, and the worker's time limit and queue bound.
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/api/app';
import { DEFAULT_POLICY, type AllocationPlan } from '../../src/core/allocation';
import type { AllocationProblem } from '../../src/core/allocation/types';
import type { ItemId, RecipientId } from '../../src/core/shared/brand';
import type { Database } from '../../src/db/database';
import { previewAllocation } from '../../src/services/allocation.service';
import {
  createWorkerSolver,
  sharedWorkerSolver,
  SolverUnavailableError,
} from '../../src/services/worker-solver';
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

const equalWeights = {
  ...DEFAULT_POLICY,
  factors: DEFAULT_POLICY.factors.map((f) => ({ ...f, enabled: false })),
};
/** 90 masks (packs of 10 weighing 2 kg) for needs of 100 and 50, equal weights: 60 / 30 uncoupled. */
const instance = {
  policy: equalWeights,
  items: [{ id: 'mask-surgical', packSize: 10, packWeightKg: 2, packVolumeM3: 0.02 }],
  supply: [{ item: 'mask-surgical', stock: 90 }],
  recipients: [
    { id: 'AAA', name: 'Country A' },
    { id: 'BBB', name: 'Country B' },
  ],
  requests: [
    { recipient: 'AAA', item: 'mask-surgical', quantity: 100 },
    { recipient: 'BBB', item: 'mask-surgical', quantity: 50 },
  ],
};

describe('preview with cargo limits (HiGHS in a worker thread)', () => {
  it('fills a 6 kg hold with 3 packs and gives the rest to the other recipient, answering other requests meanwhile', async () => {
    let settled = false;
    const pending = app
      .inject({
        headers: auth,
        method: 'POST',
        url: '/api/allocations/preview',
        payload: { ...instance, cargo: [{ recipient: 'AAA', kg: 6, m3: null }] },
      })
      .finally(() => (settled = true));
    const started = performance.now();
    const policy = await app.inject({
      headers: auth,
      method: 'GET',
      url: '/api/allocations/policy',
    });
    const answeredIn = performance.now() - started;
    expect(policy.statusCode).toBe(200);
    expect(settled).toBe(false);
    const res = await pending;
    expect(res.statusCode).toBe(200);
    const plan = res.json<AllocationPlan>();
    expect(plan.solver).toBe('highs');
    expect(plan.lines.map((l) => [l.recipient, l.quantity, l.bound])).toEqual([
      ['AAA', 30, 'cargo'],
      ['BBB', 50, 'need'],
    ]);
    expect(plan.lines[0]!.reason.en).toContain('Cargo capacity to Country A is full');
    expect(plan.items[0]).toMatchObject({ available: 90, allocated: 80, leftover: 10 });
    console.log(`policy answered in ${answeredIn.toFixed(0)} ms while HiGHS was solving`);
  }, 60_000);

  it('respects a minimum lot of 4 packs: 7 packs for needs of 10 and 5 packs go 0 / 5', async () => {
    const plan = await previewAllocation({
      ...instance,
      items: [{ ...instance.items[0], minLotPacks: 4 }],
      supply: [{ item: 'mask-surgical', stock: 70 }],
    });
    expect(plan.solver).toBe('highs');
    const packs = plan.lines.map((l) => l.packs);
    for (const p of packs) expect(p === 0 || p >= 4).toBe(true);
    expect(packs.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(7);
    // 7 packs cannot give both 4: someone gets none, and leximin then prefers B's need met (fill 1)
    // over 7 packs to A (fill 0.7); the 2 packs left cannot make A's lot of 4.
    expect(plan.lines.map((l) => [l.recipient, l.packs, l.bound])).toEqual([
      ['AAA', 0, 'lot-size'],
      ['BBB', 5, 'need'],
    ]);
    expect(plan.lines[0]!.reason.en).toMatch(/minimum lot/);
  }, 60_000);
});

const problem: AllocationProblem = {
  items: [
    {
      id: 'mask-surgical' as ItemId,
      available: 90,
      packSize: 10,
      packWeightKg: 2,
      packVolumeM3: 0.02,
      minLotPacks: 1,
    },
  ],
  recipients: [
    { id: 'AAA' as RecipientId, weight: 1, cargoKg: 6, cargoM3: null },
    { id: 'BBB' as RecipientId, weight: 1, cargoKg: null, cargoM3: null },
  ],
  needs: Float64Array.from([100, 50]),
};

describe('the worker solver', () => {
  it('stops a solve that overruns its time limit and says so, then solves again', async () => {
    const solver = createWorkerSolver({ timeLimitSeconds: 0, graceMs: 50 });
    try {
      const error = await solver.solve(problem).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(SolverUnavailableError);
      expect((error as Error).message).toMatch(/did not finish within 0 s/);
    } finally {
      await solver.close();
    }
    const fresh = createWorkerSolver();
    try {
      const solution = await fresh.solve(problem);
      expect(Array.from(solution.packs)).toEqual([3, 5]);
    } finally {
      await fresh.close();
    }
  }, 60_000);

  it('refuses more waiting solves than its queue holds', async () => {
    const solver = createWorkerSolver({ maxQueue: 1 });
    try {
      const results = await Promise.allSettled([1, 2, 3].map(() => solver.solve(problem)));
      expect(results.map((r) => r.status)).toEqual(['fulfilled', 'fulfilled', 'rejected']);
      const third = results[2] as PromiseRejectedResult;
      expect(third.reason).toBeInstanceOf(SolverUnavailableError);
      expect((third.reason as Error).message).toMatch(/already waiting/);
    } finally {
      await solver.close();
    }
  }, 60_000);
});

import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ItemId, RecipientId } from '../shared/brand';
import { boundsOf, exactShares } from './solution';
import {
  BOUND_REASONS,
  type AllocationProblem,
  type AllocationSolution,
  type Solver,
} from './types';

/** Build a small independent problem: needs[k][i] for item k and recipient i. */
export function smallProblem(
  available: readonly number[],
  needs: readonly (readonly number[])[],
  weights: readonly number[],
  packSize = 1,
): AllocationProblem {
  return {
    items: available.map((a, k) => ({
      id: `item-${k}` as ItemId,
      available: a,
      packSize,
      packWeightKg: 1,
      packVolumeM3: 0.01,
      minLotPacks: 1,
    })),
    recipients: weights.map((w, i) => ({
      id: `R${i}` as RecipientId,
      weight: w,
      cargoKg: null,
      cargoM3: null,
    })),
    needs: Float64Array.from(needs.flat()),
  };
}

/** Random independent problems (1-7 recipients, 1-3 items), with tied weights and zero needs on purpose. */
export function problemArbitrary(): fc.Arbitrary<AllocationProblem> {
  return fc
    .record({
      n: fc.integer({ min: 1, max: 7 }),
      m: fc.integer({ min: 1, max: 3 }),
      seedWeights: fc.array(
        fc.oneof(fc.constantFrom(0.5, 1), fc.double({ min: 0.1, max: 2, noNaN: true })),
        {
          minLength: 7,
          maxLength: 7,
        },
      ),
      seedNeeds: fc.array(fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 2000 })), {
        minLength: 21,
        maxLength: 21,
      }),
      supplyShare: fc.array(fc.double({ min: 0, max: 1.5, noNaN: true }), {
        minLength: 3,
        maxLength: 3,
      }),
      packSize: fc.constantFrom(1, 1, 5, 10, 50),
    })
    .map(({ n, m, seedWeights, seedNeeds, supplyShare, packSize }) => {
      const needs = Array.from({ length: m }, (_, k) => seedNeeds.slice(k * 7, k * 7 + n));
      const available = needs.map((row, k) =>
        Math.round(row.reduce((a, b) => a + b, 0) * supplyShare[k]!),
      );
      return smallProblem(available, needs, seedWeights.slice(0, n), packSize);
    });
}

/** Problems a solver claims to solve must satisfy these, whatever the algorithm. Returns failures. */
export function checkSolution(problem: AllocationProblem, solution: AllocationSolution): string[] {
  const bad: string[] = [];
  const n = problem.recipients.length;
  const exact = exactShares(problem, solution);
  problem.items.forEach((item, k) => {
    let units = 0;
    let exactTotal = 0;
    for (let i = 0; i < n; i++) {
      const j = k * n + i;
      const d = problem.needs[j]!;
      const q = solution.packs[j]! * item.packSize;
      units += q;
      exactTotal += exact[j]!;
      if (!Number.isInteger(solution.packs[j]!) || solution.packs[j]! < 0)
        bad.push(`packs[${j}] not whole`);
      if (q > d) bad.push(`line ${j}: ${q} units over need ${d}`);
      if (exact[j]! > d * (1 + 1e-9)) bad.push(`line ${j}: exact ${exact[j]} over need ${d}`);
      if (Math.abs(q - exact[j]!) >= item.packSize * (1 + 1e-9))
        bad.push(`line ${j}: ${q} not within a pack of ${exact[j]}`);
    }
    if (units > item.available) bad.push(`item ${k}: ${units} units over supply ${item.available}`);
    if (exactTotal > item.available * (1 + 1e-9) + 1e-9)
      bad.push(`item ${k}: exact total over supply`);
  });
  return bad;
}

/**
 * Certificate of weighted lexicographic max-min optimality for independent items (METHODS.md §3):
 * when supply is short, it is used up; every line short of its need sits at one level λ (fill rate / weight);
 * every line whose need is met has 1/weight <= λ. Returns failures.
 */
export function checkMaxMin(
  problem: AllocationProblem,
  solution: AllocationSolution,
  tol = 1e-7,
): string[] {
  const bad: string[] = [];
  const n = problem.recipients.length;
  const exact = exactShares(problem, solution);
  problem.items.forEach((item, k) => {
    let total = 0;
    let short = 0;
    for (let i = 0; i < n; i++) total += problem.needs[k * n + i]!;
    for (let i = 0; i < n; i++) short += exact[k * n + i]!;
    if (total <= item.available) {
      for (let i = 0; i < n; i++) {
        const j = k * n + i;
        if (Math.abs(exact[j]! - problem.needs[j]!) > tol * problem.needs[j]!)
          bad.push(`line ${j}: need not met`);
      }
      return;
    }
    if (Math.abs(short - item.available) > tol * Math.max(1, item.available))
      bad.push(`item ${k}: supply not used`);
    let level = -1;
    for (let i = 0; i < n; i++) {
      const j = k * n + i;
      const d = problem.needs[j]!;
      const w = problem.recipients[i]!.weight;
      if (d === 0 || exact[j]! >= d * (1 - tol)) continue;
      const l = exact[j]! / (w * d);
      if (level < 0) level = l;
      else if (Math.abs(l - level) > tol * Math.max(level, 1e-12))
        bad.push(`item ${k}: levels ${level} and ${l} differ`);
    }
    for (let i = 0; i < n; i++) {
      const j = k * n + i;
      const d = problem.needs[j]!;
      if (d > 0 && exact[j]! >= d * (1 - tol) && level >= 0) {
        if (1 / problem.recipients[i]!.weight > level * (1 + tol))
          bad.push(`line ${j}: met above level ${level}`);
      }
    }
  });
  return bad;
}

/** Map a solution's packs by "item/recipient" id, to compare solutions of permuted problems. */
export function packsById(
  problem: AllocationProblem,
  solution: AllocationSolution,
): Record<string, number> {
  const out: Record<string, number> = {};
  const n = problem.recipients.length;
  problem.items.forEach((it, k) =>
    problem.recipients.forEach((r, i) => (out[`${it.id}/${r.id}`] = solution.packs[k * n + i]!)),
  );
  return out;
}

/** The shared contract: every Solver implementation must pass it on independent-item problems. */
export function runContract(
  label: string,
  makeSolver: () => Solver | Promise<Solver>,
  randomRuns = 200,
): void {
  describe(`Solver contract: ${label}`, () => {
    let solver: Solver;
    beforeAll(async () => {
      solver = await makeSolver();
    });
    const exactOf = async (p: AllocationProblem) =>
      Array.from(exactShares(p, await solver.solve(p)));

    it('claims the independent-item problems of this suite', () => {
      expect(solver.unsupported(smallProblem([10], [[5, 5]], [1, 1]))).toBeNull();
    });

    it('splits scarce supply so fill rates are proportional to weights', async () => {
      const p = smallProblem([100], [[100, 100]], [1, 3]);
      const [a, b] = await exactOf(p);
      expect(a).toBeCloseTo(25, 9);
      expect(b).toBeCloseTo(75, 9);
    });

    it('caps a line at its need and gives the rest to the others', async () => {
      const p = smallProblem([150], [[100, 100]], [1, 3]);
      const s = await solver.solve(p);
      const [a, b] = Array.from(exactShares(p, s));
      expect(a).toBeCloseTo(50, 9);
      expect(b).toBeCloseTo(100, 9);
      expect(Array.from(boundsOf(p, s)).map((c) => BOUND_REASONS[c])).toEqual(['supply', 'need']);
      expect(s.levels[0]).toBeCloseTo(0.5, 9);
    });

    it('meets every need when supply suffices, in whole packs', async () => {
      const p = smallProblem([1000], [[105, 250, 0]], [1, 0.5, 2], 10);
      const s = await solver.solve(p);
      expect(Array.from(s.packs)).toEqual([10, 25, 0]);
      expect(s.levels).toEqual([null]);
      expect(Array.from(boundsOf(p, s)).map((c) => BOUND_REASONS[c])).toEqual([
        'need',
        'need',
        'none',
      ]);
    });

    it('gives nothing when nothing is available', async () => {
      const p = smallProblem([0], [[10, 20]], [1, 2]);
      const s = await solver.solve(p);
      expect(Array.from(s.packs)).toEqual([0, 0]);
      expect(Array.from(exactShares(p, s))).toEqual([0, 0]);
    });

    it('hands out leftover whole packs by largest remainder, ties by weight then id', async () => {
      // 105 units in packs of 10 for three equal lines: 35 each exactly, 3 packs each, one pack left.
      const p = smallProblem([105], [[100, 100, 100]], [1, 1, 1], 10);
      expect(Array.from((await solver.solve(p)).packs)).toEqual([4, 3, 3]);
      // Same, but R2 weighs more: its exact share has the larger remainder and takes the pack.
      const q = smallProblem([100], [[100, 100, 100]], [1, 1, 1.2], 10);
      const packs = Array.from((await solver.solve(q)).packs);
      expect(packs.reduce((a, b) => a + b, 0)).toBe(10);
      expect(checkSolution(q, await solver.solve(q))).toEqual([]);
    });

    it('gives the same lines whatever the order of recipients and items', async () => {
      const p = smallProblem(
        [95, 33],
        [
          [40, 40, 70],
          [10, 20, 30],
        ],
        [1, 1, 0.5],
        5,
      );
      const reversed: AllocationProblem = {
        items: [...p.items].reverse(),
        recipients: [...p.recipients].reverse(),
        needs: Float64Array.from(
          [
            [30, 20, 10],
            [70, 40, 40],
          ].flat(),
        ),
      };
      expect(packsById(reversed, await solver.solve(reversed))).toEqual(
        packsById(p, await solver.solve(p)),
      );
    });

    it(`keeps every invariant and is max-min optimal on ${randomRuns} random problems`, async () => {
      await fc.assert(
        fc.asyncProperty(problemArbitrary(), async (p) => {
          const s = await solver.solve(p);
          expect(checkSolution(p, s)).toEqual([]);
          expect(checkMaxMin(p, s)).toEqual([]);
        }),
        { numRuns: randomRuns, seed: 4 },
      );
    });
  });
}

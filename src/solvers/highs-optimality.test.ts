import fc from 'fast-check';
import type { Highs } from 'highs';
import { beforeAll, describe, expect, it } from 'vitest';
import { problemArbitrary, smallProblem } from '../core/allocation/allocation.contract';
import { solveFast } from '../core/allocation/fast-solver';
import { exactShares } from '../core/allocation/solution';
import type { AllocationProblem } from '../core/allocation/types';
import { highsRuntime } from './highs-loader';
import { solveWithHighs } from './highs-solver';

/** Largest relative difference between two share vectors (relative to the larger value, or 1 unit). */
function maxRelDiff(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let worst = 0;
  for (let j = 0; j < a.length; j++) {
    const d = Math.abs(a[j]! - b[j]!) / Math.max(1, Math.abs(a[j]!), Math.abs(b[j]!));
    if (d > worst) worst = d;
  }
  return worst;
}

/** Leximin by brute force: every whole-pack allocation of one item, compared by sorted weighted levels. */
function bruteLeximin(p: AllocationProblem): number[] {
  const item = p.items[0]!;
  const n = p.recipients.length;
  const caps = p.recipients.map((_, i) => Math.floor(p.needs[i]! / item.packSize));
  const supply = Math.floor(item.available / item.packSize);
  let best: number[] | null = null;
  const packs = new Array<number>(n).fill(0);
  const levels = () =>
    packs
      .map((x, i) => (x * item.packSize) / (p.needs[i]! * p.recipients[i]!.weight))
      .filter((_, i) => caps[i]! >= 1 && caps[i]! >= item.minLotPacks)
      .sort((a, b) => a - b);
  const better = (a: number[], b: number[]) => {
    for (let j = 0; j < a.length; j++) if (Math.abs(a[j]! - b[j]!) > 1e-12) return a[j]! > b[j]!;
    return false;
  };
  const walk = (i: number, left: number): void => {
    if (i === n) {
      const l = levels();
      if (best === null || better(l, best)) best = l;
      return;
    }
    for (let x = 0; x <= Math.min(caps[i]!, left); x++) {
      if (x > 0 && x < item.minLotPacks) continue;
      packs[i] = x;
      walk(i + 1, left - x);
    }
    packs[i] = 0;
  };
  walk(0, supply);
  return best ?? [];
}

describe('HiGHS as the reference', () => {
  let highs: Highs;
  beforeAll(async () => {
    highs = await highsRuntime();
  });

  it('agrees with the fast path within 1e-6 relative on random problems (exact shares, before packs)', () => {
    fc.assert(
      fc.property(problemArbitrary(), (p) => {
        const fast = exactShares(p, solveFast(p));
        const ref = solveWithHighs(highs, p, 30_000).exact!;
        expect(maxRelDiff(fast, ref)).toBeLessThanOrEqual(1e-6);
      }),
      { numRuns: 150, seed: 21 },
    );
  });

  it('finds the leximin whole-pack allocation with minimum lots, as brute force does', () => {
    const arb = fc.record({
      needs: fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 2, maxLength: 4 }),
      weights: fc.array(fc.constantFrom(0.5, 1, 1.5), { minLength: 4, maxLength: 4 }),
      supply: fc.integer({ min: 0, max: 14 }),
      lot: fc.integer({ min: 2, max: 3 }),
    });
    fc.assert(
      fc.property(arb, ({ needs, weights, supply, lot }) => {
        const base = smallProblem([supply], [needs], weights.slice(0, needs.length), 1);
        const p = { ...base, items: base.items.map((it) => ({ ...it, minLotPacks: lot })) };
        const s = solveWithHighs(highs, p, 30_000);
        const got = Array.from(s.packs)
          .map((x, i) => x / (p.needs[i]! * p.recipients[i]!.weight))
          .filter((_, i) => p.needs[i]! >= lot)
          .sort((a, b) => a - b);
        const want = bruteLeximin(p);
        expect(got.length).toBe(want.length);
        got.forEach((g, j) => expect(g).toBeCloseTo(want[j]!, 9));
        expect(Array.from(s.packs).every((x) => x === 0 || x >= lot)).toBe(true);
      }),
      { numRuns: 40, seed: 22 },
    );
  });
});

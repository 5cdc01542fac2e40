import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ItemId, RecipientId } from '../shared/brand';
import { runContract, smallProblem } from './allocation.contract';
import { fastSolver, solveFast } from './fast-solver';
import { AllocationInputError } from './problem';
import { orderRecipients } from './recipient-order';
import type { AllocationProblem, Solver } from './types';
import { bindKernels } from './wasm-kernels';

runContract('water-filling (fast path)', () => fastSolver, 2000);

/** The fast path with its TypeScript passes only (where WebAssembly is unavailable). */
const typescriptSolver: Solver = {
  ...fastSolver,
  solve: (problem) => Promise.resolve(solveFast(problem, undefined, { typescriptOnly: true })),
};
runContract('water-filling (TypeScript passes)', () => typescriptSolver, 500);

/** Larger random rounds than the contract's: odd and even sizes, fractional packs, skewed weights. */
function roundArbitrary(): fc.Arbitrary<AllocationProblem> {
  return fc
    .record({
      n: fc.integer({ min: 1, max: 300 }),
      m: fc.integer({ min: 1, max: 4 }),
      seed: fc.integer({ min: 1, max: 2 ** 31 - 1 }),
      packSize: fc.constantFrom(1, 2, 10, 0.5, 7.3, 250),
      share: fc.oneof(
        fc.double({ min: 0, max: 1.2, noNaN: true }),
        fc.constantFrom(0.95, 0.99, 0.999),
      ),
    })
    .map(({ n, m, seed, packSize, share }) => {
      let a = seed;
      const rand = (): number => {
        a = (a * 48271) % 2147483647;
        return a / 2147483647;
      };
      const needs = new Float64Array(n * m);
      const items = Array.from({ length: m }, (_, k) => {
        let total = 0;
        for (let i = 0; i < n; i++) {
          const d =
            rand() < 0.2 ? 0 : Math.round(10 ** (rand() * 4) * (rand() < 0.5 ? 1 : packSize));
          needs[k * n + i] = d;
          total += d;
        }
        return {
          id: `item-${k}` as ItemId,
          available: Math.round(total * share),
          packSize,
          packWeightKg: 1,
          packVolumeM3: 0.01,
          minLotPacks: 1,
        };
      });
      const recipients = Array.from({ length: n }, (_, i) => ({
        id: `R${String(i).padStart(4, '0')}` as RecipientId,
        weight: rand() < 0.3 ? 1 : 0.01 + 3 * rand() ** 2,
        cargoKg: null,
        cargoM3: null,
      }));
      return { items, recipients, needs };
    });
}

describe('the WebAssembly kernels', () => {
  it('are available here, so the tests below compare two implementations', () => {
    const p = smallProblem([10], [[5, 5]], [1, 1]);
    expect(bindKernels(orderRecipients(p), 16)).not.toBeNull();
  });

  it('give the same packs and levels, bit for bit, as the TypeScript passes', () => {
    fc.assert(
      fc.property(roundArbitrary(), (p) => {
        const wasm = solveFast(p);
        const ts = solveFast(p, undefined, { typescriptOnly: true });
        expect(wasm.levels).toEqual(ts.levels);
        expect(Array.from(wasm.packs)).toEqual(Array.from(ts.packs));
      }),
      { numRuns: 400, seed: 21 },
    );
  });
});

describe('solveFast', () => {
  it('refuses coupled problems and points to HiGHS', () => {
    const p = smallProblem([10], [[5, 5]], [1, 1]);
    const cargo = { ...p, recipients: p.recipients.map((r) => ({ ...r, cargoKg: 100 })) };
    expect(fastSolver.unsupported(cargo)).toMatch(/cargo/);
    expect(() => solveFast(cargo)).toThrow(/fast path cannot/);
    const lots = { ...p, items: p.items.map((it) => ({ ...it, minLotPacks: 3 })) };
    expect(fastSolver.unsupported(lots)).toMatch(/lot/);
  });

  it('names the bad field of malformed input', () => {
    const p = smallProblem([10], [[5, -1]], [1, 1]);
    expect(() => solveFast(p)).toThrow(AllocationInputError);
    expect(() => solveFast(p)).toThrow(
      /needs\[item-0\]\[R1\]: must be a finite number >= 0, got -1/,
    );
    const w = smallProblem([10], [[5, 5]], [1, 0]);
    expect(() => solveFast(w)).toThrow(/recipients\[1\]\.weight/);
    const a = smallProblem([Number.NaN], [[5, 5]], [1, 1]);
    expect(() => solveFast(a)).toThrow(/items\[0\]\.available/);
  });

  it('overwrites a previous solution of the same size instead of allocating', () => {
    const p = smallProblem(
      [100, 10],
      [
        [60, 60],
        [5, 5],
      ],
      [1, 2],
      1,
    );
    const first = solveFast(p);
    const second = solveFast(
      { ...p, items: p.items.map((it) => ({ ...it, available: 1000 })) },
      first,
    );
    expect(second.packs).toBe(first.packs);
    expect(Array.from(second.packs)).toEqual([60, 60, 5, 5]);
  });

  it('handles a hundred thousand recipients with one item short of need', () => {
    const n = 100_000;
    const needs = Array.from({ length: n }, (_, i) => 10 + (i % 7));
    const total = needs.reduce((a, b) => a + b, 0);
    const p = smallProblem(
      [Math.floor(total / 2)],
      [needs],
      needs.map((_, i) => 0.25 + (i % 4) * 0.25),
      1,
    );
    const s = solveFast(p);
    const given = s.packs.reduce((a, b) => a + b, 0);
    expect(given).toBe(Math.floor(total / 2));
    expect(s.levels[0]).toBeGreaterThan(0);
  });
});

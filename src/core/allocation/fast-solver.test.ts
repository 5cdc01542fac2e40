import { describe, expect, it } from 'vitest';
import { runContract, smallProblem } from './allocation.contract';
import { fastSolver, solveFast } from './fast-solver';
import { AllocationInputError } from './problem';

runContract('water-filling (fast path)', () => fastSolver, 2000);

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

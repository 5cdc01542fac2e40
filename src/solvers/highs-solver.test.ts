import { describe, expect, it } from 'vitest';
import { runContract, smallProblem } from '../core/allocation/allocation.contract';
import { BOUND_REASONS } from '../core/allocation/types';
import { createHighsSolver } from './highs-solver';

runContract('HiGHS lexicographic LP', () => createHighsSolver(), 60);

describe('HiGHS solver on coupled problems', () => {
  it('respects a cargo capacity across items and stays max-min fair inside it', async () => {
    const solver = await createHighsSolver();
    // Two items, 2 kg per unit; R0 can receive only 150 kg (75 units) in total.
    const base = smallProblem(
      [150, 40],
      [
        [100, 100],
        [30, 50],
      ],
      [1, 3],
    );
    const p = {
      ...base,
      items: base.items.map((it) => ({ ...it, packWeightKg: 2 })),
      recipients: base.recipients.map((r) => ({ ...r, cargoKg: 150 })),
    };
    const s = await solver.solve(p);
    const kg = (i: number) => (s.packs[i]! + s.packs[2 + i]!) * 2;
    expect(kg(0)).toBeLessThanOrEqual(150);
    expect(kg(1)).toBeLessThanOrEqual(150);
    expect(s.packs[0]! + s.packs[1]!).toBeLessThanOrEqual(150);
    expect(Array.from(s.bound!).map((c) => BOUND_REASONS[c])).toContain('cargo');
    // Without the limit the fast path would give R0 50 + ~7 units; cargo forces a different split.
    expect(Array.from(s.packs)).toEqual([60, 50, 15, 25]);
  });

  it('gives each line zero or at least the minimum lot, leximin-optimally', async () => {
    const solver = await createHighsSolver();
    // 10 packs of 10, four equal lines needing 10 packs each, lots of at least 3 packs: three lines served.
    const base = smallProblem([100], [[100, 100, 100, 100]], [1, 1, 1, 1], 10);
    const p = { ...base, items: base.items.map((it) => ({ ...it, minLotPacks: 3 })) };
    const s = await solver.solve(p);
    const packs = Array.from(s.packs).sort((a, b) => a - b);
    expect(packs).toEqual([0, 3, 3, 4]);
    expect(Array.from(s.bound!).map((c) => BOUND_REASONS[c])).toContain('lot-size');
  });
});

import { describe, expect, it } from 'vitest';
import { runContract, smallProblem } from '../core/allocation/allocation.contract';
import { fastSolver } from '../core/allocation/fast-solver';
import { planAllocationWith } from '../core/allocation/plan';
import { DEFAULT_POLICY } from '../core/allocation/policy';
import type { ItemId, RecipientId } from '../core/shared/brand';
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

describe('planning with HiGHS', () => {
  it('plans a round with a cargo limit that the fast path refuses, and says so on the line', async () => {
    const solver = await createHighsSolver();
    const input = {
      policy: DEFAULT_POLICY,
      items: [{ id: 'ventilator' as ItemId, packSize: 1, packWeightKg: 40, packVolumeM3: 0.25 }],
      supply: [
        {
          item: 'ventilator' as ItemId,
          stock: 100,
          reserve: { kind: 'fixed' as const, quantity: 20 },
        },
      ],
      recipients: ['ITA', 'SRB'].map((id) => ({
        id: id as RecipientId,
        name: id,
        kind: 'country' as const,
        population: 10_000_000,
        casesPerMillion: 500,
        growthRate: 0.1,
        bedsPer1000: 3,
        healthWorkersPer1000: 5,
        supplyShortage: 0.5,
        urgency: 'critical' as const,
        agreed: true,
        coverableShare: null,
        helpedEarlier: false,
      })),
      requests: [
        { recipient: 'ITA' as RecipientId, item: 'ventilator' as ItemId, quantity: 60 },
        { recipient: 'SRB' as RecipientId, item: 'ventilator' as ItemId, quantity: 60 },
      ],
      cargo: [{ recipient: 'SRB' as RecipientId, kg: 800, m3: null }],
    };
    await expect(planAllocationWith(input, fastSolver)).rejects.toThrow(/cannot solve/);
    const plan = await planAllocationWith(input, solver);
    const srb = plan.lines.find((l) => l.recipient === 'SRB')!;
    const ita = plan.lines.find((l) => l.recipient === 'ITA')!;
    expect(srb.quantity).toBe(20); // 800 kg / 40 kg
    expect(srb.bound).toBe('cargo');
    expect(srb.reason.en).toContain('Cargo capacity');
    expect(ita.quantity).toBe(60); // the rest goes where it can travel
    expect(plan.items[0]!.allocated).toBe(80);
  });
});

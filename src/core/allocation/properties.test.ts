import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ItemId, RecipientId } from '../shared/brand';
import { packsById, problemArbitrary } from './allocation.contract';
import { solveFast } from './fast-solver';
import { planAllocation } from './plan';
import type { PlanInput } from './plan-input';
import { DEFAULT_POLICY } from './policy';
import type { RecipientProfile } from './score';
import { exactShares } from './solution';
import type { AllocationProblem } from './types';

const RUNS = 3000;
const withSupply = (p: AllocationProblem, extra: readonly number[]): AllocationProblem => ({
  ...p,
  items: p.items.map((it, k) => ({ ...it, available: it.available + extra[k]! })),
});
const extraSupply = fc.array(fc.integer({ min: 0, max: 3000 }), { minLength: 3, maxLength: 3 });

describe('fast path properties', () => {
  it('never gives more than the supply, nor a line more than its need, and stays within one pack', () => {
    fc.assert(
      fc.property(problemArbitrary(), (p) => {
        const s = solveFast(p);
        const exact = exactShares(p, s);
        const n = p.recipients.length;
        p.items.forEach((item, k) => {
          let units = 0;
          for (let i = 0; i < n; i++) {
            const j = k * n + i;
            const q = s.packs[j]! * item.packSize;
            units += q;
            expect(q).toBeLessThanOrEqual(p.needs[j]!);
            expect(Math.abs(q - exact[j]!)).toBeLessThan(item.packSize);
          }
          expect(units).toBeLessThanOrEqual(item.available);
        });
      }),
      { numRuns: RUNS, seed: 11 },
    );
  });

  it('is monotone in supply: exact shares never fall, whole packs never fall by more than one pack', () => {
    fc.assert(
      fc.property(problemArbitrary(), extraSupply, (p, extra) => {
        const more = withSupply(p, extra);
        const a = solveFast(p);
        const b = solveFast(more);
        const ea = exactShares(p, a);
        const eb = exactShares(more, b);
        for (let j = 0; j < ea.length; j++) {
          expect(eb[j]!).toBeGreaterThanOrEqual(ea[j]! * (1 - 1e-12));
          expect(b.packs[j]!).toBeGreaterThanOrEqual(a.packs[j]! - 1);
        }
      }),
      { numRuns: RUNS, seed: 12 },
    );
  });

  it('treats identical recipients identically: same exact share, packs within one', () => {
    fc.assert(
      fc.property(problemArbitrary(), fc.nat(), (p, pick) => {
        const n = p.recipients.length;
        const src = pick % n;
        const twin = { ...p.recipients[src]!, id: `${p.recipients[src]!.id}-twin` as RecipientId };
        const needs = new Float64Array((n + 1) * p.items.length);
        p.items.forEach((_, k) => {
          needs.set(p.needs.subarray(k * n, (k + 1) * n), k * (n + 1));
          needs[k * (n + 1) + n] = p.needs[k * n + src]!;
        });
        const q: AllocationProblem = { ...p, recipients: [...p.recipients, twin], needs };
        const s = solveFast(q);
        const exact = exactShares(q, s);
        p.items.forEach((_, k) => {
          const a = k * (n + 1) + src;
          const b = k * (n + 1) + n;
          expect(exact[a]).toBe(exact[b]);
          expect(Math.abs(s.packs[a]! - s.packs[b]!)).toBeLessThanOrEqual(1);
        });
      }),
      { numRuns: RUNS, seed: 13 },
    );
  });

  it('gives every line the same result whatever the order of recipients and items', () => {
    fc.assert(
      fc.property(problemArbitrary(), fc.nat(), fc.nat(), (p, rotR, rotI) => {
        const n = p.recipients.length;
        const m = p.items.length;
        const rOrder = p.recipients.map((_, i) => (i + rotR) % n).reverse();
        const iOrder = p.items.map((_, k) => (k + rotI) % m);
        const needs = new Float64Array(n * m);
        iOrder.forEach((k, kk) =>
          rOrder.forEach((i, ii) => (needs[kk * n + ii] = p.needs[k * n + i]!)),
        );
        const q: AllocationProblem = {
          items: iOrder.map((k) => p.items[k]!),
          recipients: rOrder.map((i) => p.recipients[i]!),
          needs,
        };
        expect(packsById(q, solveFast(q))).toEqual(packsById(p, solveFast(p)));
      }),
      { numRuns: RUNS, seed: 14 },
    );
  });
});

const profile = (id: string, cases: number): RecipientProfile => ({
  id: id as RecipientId,
  name: id,
  kind: 'country',
  population: 1e6 + cases * 1000,
  casesPerMillion: cases,
  growthRate: 0.1,
  bedsPer1000: 2,
  healthWorkersPer1000: 3,
  supplyShortage: 0.5,
  urgency: 'urgent',
  agreed: true,
  coverableShare: null,
  helpedEarlier: false,
});

describe('plan properties', () => {
  it('never allocates into the domestic reserve, whatever the weights', () => {
    const arb = fc.record({
      stock: fc.integer({ min: 0, max: 100_000 }),
      producible: fc.integer({ min: 0, max: 20_000 }),
      daily: fc.integer({ min: 0, max: 5_000 }),
      days: fc.integer({ min: 0, max: 60 }),
      requests: fc.array(fc.integer({ min: 0, max: 60_000 }), { minLength: 1, maxLength: 6 }),
      cases: fc.array(fc.integer({ min: 0, max: 5_000 }), { minLength: 6, maxLength: 6 }),
    });
    fc.assert(
      fc.property(arb, ({ stock, producible, daily, days, requests, cases }) => {
        const input: PlanInput = {
          policy: DEFAULT_POLICY,
          items: [
            { id: 'mask-surgical' as ItemId, packSize: 50, packWeightKg: 0.3, packVolumeM3: 0.002 },
          ],
          supply: [
            {
              item: 'mask-surgical' as ItemId,
              stock,
              producible,
              reserve: { kind: 'cover-days', dailyConsumption: daily, days },
            },
          ],
          recipients: requests.map((_, i) => profile(`C${i}`, cases[i]!)),
          requests: requests.map((quantity, i) => ({
            recipient: `C${i}` as RecipientId,
            item: 'mask-surgical' as ItemId,
            quantity,
          })),
        };
        const plan = planAllocation(input);
        const allocated = plan.lines.reduce((s, l) => s + l.quantity, 0);
        expect(allocated).toBeLessThanOrEqual(Math.max(0, stock + producible - days * daily));
        expect(plan.items[0]!.reserve).toBe(days * daily);
      }),
      { numRuns: 1000, seed: 15 },
    );
  });
});

import { describe, expect, it } from 'vitest';
import type { ItemId, RecipientId } from '../shared/brand';
import { planAllocation } from './plan';
import type { PlanInput } from './plan-input';
import { DEFAULT_POLICY } from './policy';
import { AllocationInputError } from './problem';
import type { RecipientProfile } from './score';

const MASK = 'mask-surgical' as ItemId;
const VENT = 'ventilator' as ItemId;

const country = (
  id: string,
  population: number,
  cases: number,
  extra: Partial<RecipientProfile> = {},
): RecipientProfile => ({
  id: id as RecipientId,
  name: id,
  kind: 'country',
  population,
  casesPerMillion: (cases / population) * 1e6,
  growthRate: 0.15,
  bedsPer1000: 3,
  healthWorkersPer1000: 4,
  supplyShortage: 0.6,
  urgency: 'urgent',
  agreed: true,
  coverableShare: null,
  helpedEarlier: false,
  ...extra,
});

/** A small round in the spirit of 2020-03-26 (illustrative quantities). */
function input(): PlanInput {
  return {
    policy: DEFAULT_POLICY,
    items: [
      { id: MASK, packSize: 50, packWeightKg: 0.25, packVolumeM3: 0.002 },
      { id: VENT, packSize: 1, packWeightKg: 40, packVolumeM3: 0.25 },
    ],
    supply: [
      {
        item: MASK,
        stock: 2_000_000,
        producible: 500_000,
        reserve: { kind: 'cover-days', dailyConsumption: 50_000 },
      },
      { item: VENT, stock: 120, reserve: { kind: 'fixed', quantity: 40 } },
    ],
    recipients: [
      country('ITA', 60_000_000, 74_000, { urgency: 'critical', healthWorkersPer1000: 10 }),
      country('PAK', 220_000_000, 1_100, { bedsPer1000: 0.6, healthWorkersPer1000: 1.5 }),
      country('SRB', 7_000_000, 380, { urgency: 'critical' }),
      country('KHM', 16_000_000, 96, { bedsPer1000: 0.8, healthWorkersPer1000: 1 }),
      {
        ...country('WHO', 1, 0),
        kind: 'organisation',
        population: null,
        casesPerMillion: null,
        growthRate: null,
      },
    ],
    requests: [
      { recipient: 'ITA' as RecipientId, item: MASK, quantity: 1_500_000 },
      { recipient: 'ITA' as RecipientId, item: VENT, quantity: 60 },
      { recipient: 'PAK' as RecipientId, item: MASK, quantity: 600_000, forecastNeed: 400_000 },
      { recipient: 'SRB' as RecipientId, item: MASK, quantity: 300_000 },
      { recipient: 'SRB' as RecipientId, item: VENT, quantity: 30 },
      { recipient: 'KHM' as RecipientId, item: MASK, quantity: 100_000 },
      { recipient: 'WHO' as RecipientId, item: MASK, quantity: 500_000 },
    ],
  };
}

describe('planAllocation', () => {
  it('keeps the reserve, allocates what is left, and explains every line in both languages', () => {
    const plan = planAllocation(input());
    const masks = plan.items.find((i) => i.item === MASK)!;
    expect(masks.reserve).toBe(1_500_000); // 30 days x 50,000
    expect(masks.available).toBe(1_000_000);
    expect(masks.allocated).toBeLessThanOrEqual(1_000_000);
    expect(masks.allocated).toBeGreaterThan(1_000_000 - 7 * 50);
    expect(plan.lines).toHaveLength(7);
    for (const line of plan.lines) {
      expect(line.reason.en).toMatch(/\d/);
      expect(line.reason.zh).toMatch(/\d/);
      expect(line.quantity).toBe(line.packs * (line.item === MASK ? 50 : 1));
      expect(line.quantity).toBeLessThanOrEqual(line.need);
    }
    const pak = plan.lines.find((l) => l.recipient === 'PAK')!;
    expect(pak.need).toBe(400_000);
    expect(pak.reason.en).toContain('capped at the forecast');
    const who = plan.lines.find((l) => l.recipient === 'WHO')!;
    expect(who.proRata).toBe(0);
    expect(who.reason.en).toContain('no population');
  });

  it('gives lines short of need the same level: fill rate = λ × weight', () => {
    const plan = planAllocation(input());
    const short = plan.lines.filter((l) => l.item === MASK && l.bound === 'supply');
    expect(short.length).toBeGreaterThan(1);
    const level = plan.items.find((i) => i.item === MASK)!.level!;
    for (const l of short) expect(l.exact / l.need).toBeCloseTo(level * l.weight, 9);
    expect(short[0]!.reason.en).toContain('Supply ran out at level');
  });

  it('does better than population pro-rata on the minimum fill rate', () => {
    const { quality } = planAllocation(input());
    expect(quality.ours.minFillRate).toBeGreaterThan(quality.proRata.minFillRate);
  });

  it('gives the harder-hit of two equally populous recipients more, where pro-rata gives both the same', () => {
    const base = input();
    const twins: PlanInput = {
      ...base,
      items: [base.items[0]!],
      supply: [base.supply[0]!],
      recipients: [country('AAA', 5_000_000, 10_000), country('BBB', 5_000_000, 605)],
      requests: ['AAA', 'BBB'].map((r) => ({
        recipient: r as RecipientId,
        item: MASK,
        quantity: 800_000,
      })),
    };
    const [a, b] = planAllocation(twins).lines;
    expect(a!.proRata).toBeCloseTo(b!.proRata, 6);
    expect(a!.quantity).toBeGreaterThan(b!.quantity);
  });

  it('is the same plan whatever the order of its inputs', () => {
    const a = input();
    const b: PlanInput = {
      ...a,
      items: [...a.items].reverse(),
      supply: [...a.supply].reverse(),
      recipients: [...a.recipients].reverse(),
      requests: [...a.requests].reverse(),
    };
    expect(planAllocation(b)).toEqual(planAllocation(a));
  });

  it('names every bad field of an invalid input', () => {
    const bad = input();
    bad.supply[0] = { ...bad.supply[0]!, stock: -5 };
    bad.requests.push({ recipient: 'XXX' as RecipientId, item: 'gown' as ItemId, quantity: 3 });
    try {
      planAllocation(bad);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(AllocationInputError);
      expect((e as AllocationInputError).issues).toEqual([
        'supply[0].stock: must be a number >= 0, got -5',
        'requests[7].recipient: unknown recipient "XXX"',
        'requests[7].item: unknown item "gown"',
      ]);
    }
  });

  it('refuses coupled inputs and says which solver to use', () => {
    const coupled = {
      ...input(),
      cargo: [{ recipient: 'ITA' as RecipientId, kg: 1000, m3: null }],
    };
    expect(() => planAllocation(coupled)).toThrow(/cargo capacity/);
  });
});

// A small plan input in the spirit of 26 March 2020 for the planning page's unit tests (illustrative figures).
import {
  DEFAULT_POLICY,
  type PlanInput,
  type RecipientProfile,
} from '../../../src/core/allocation';
import type { ItemId, RecipientId } from '../../../src/core/shared/brand';

/** Item ids used by the test input. */
export const MASK = 'mask-surgical' as ItemId;
export const VENT = 'ventilator' as ItemId;

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

/** Masks short of need, ventilators enough for everyone; four countries and WHO. */
export function testPlanInput(): PlanInput {
  const r = (id: string) => id as RecipientId;
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
      { item: VENT, stock: 200, reserve: { kind: 'fixed', quantity: 40 } },
    ],
    recipients: [
      country('ITA', 60_000_000, 74_000, { urgency: 'critical', healthWorkersPer1000: 10 }),
      country('PAK', 220_000_000, 1_100, { bedsPer1000: 0.6, healthWorkersPer1000: 1.5 }),
      country('SRB', 7_000_000, 380, { urgency: 'critical', helpedEarlier: true }),
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
      { recipient: r('ITA'), item: MASK, quantity: 1_500_000 },
      { recipient: r('ITA'), item: VENT, quantity: 60 },
      { recipient: r('PAK'), item: MASK, quantity: 600_000, forecastNeed: 400_000 },
      { recipient: r('SRB'), item: MASK, quantity: 300_000 },
      { recipient: r('SRB'), item: VENT, quantity: 30 },
      { recipient: r('KHM'), item: MASK, quantity: 100_000 },
      { recipient: r('WHO'), item: MASK, quantity: 500_000 },
    ],
  };
}

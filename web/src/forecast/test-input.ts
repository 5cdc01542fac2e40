// A scenario-like forecast input for the forecast tab's unit tests (Italy-sized, late March 2020).
import { defaultParams } from '../../../src/core/forecast';
import type { ForecastInput } from '../../../src/core/forecast';
import type { ItemId } from '../../../src/core/shared/brand';

/** An exponential-growth input with stock and one delivery, for tests. */
export function testInput(overrides: Partial<ForecastInput> = {}): ForecastInput {
  return {
    capacity: { population: 60_000_000, beds: 190_000, healthWorkers: 570_000, labStaff: null },
    cases: {
      kind: 'exponential',
      dailyCasesNow: 5_600,
      rate: 0.087,
      rateLow: 0.076,
      rateHigh: 0.098,
      casesToDate: 80_000,
    },
    weeks: 6,
    scenario: 'central',
    params: defaultParams(),
    stock: { 'mask-surgical': 1_000_000, ventilator: 3_000 },
    pipeline: [{ item: 'gloves-exam' as ItemId, quantity: 2_500_000, arrivalWeek: 2 }],
    ...overrides,
  };
}

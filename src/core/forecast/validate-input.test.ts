import { describe, expect, it } from 'vitest';
import type { ItemId } from '../shared/brand';
import { DEFAULT_PARAMS } from './params';
import { ForecastInputError } from './parse-params';
import type { ForecastInput } from './types';
import { validateForecastInput } from './validate-input';

const base: ForecastInput = {
  capacity: { population: 1e6, beds: 1000, healthWorkers: 2000, labStaff: null },
  cases: { kind: 'series', weeklyNewCases: [10, 20, 30] },
  weeks: 3,
  scenario: 'central',
  params: DEFAULT_PARAMS,
};

function fieldsOf(input: ForecastInput): string[] {
  try {
    validateForecastInput(input);
    return [];
  } catch (e) {
    if (e instanceof ForecastInputError) return e.issues.map((i) => `${i.field}: ${i.message}`);
    throw e;
  }
}

describe('validateForecastInput', () => {
  it('accepts a valid input', () => {
    expect(fieldsOf(base)).toEqual([]);
  });

  it('rejects a horizon over 12 weeks, naming weeks', () => {
    expect(fieldsOf({ ...base, weeks: 13 })).toEqual([
      'weeks: weeks must be a whole number from 1 to 12 (got 13)',
      'cases.weeklyNewCases: cases.weeklyNewCases has 3 weeks but the horizon is 13',
    ]);
    expect(fieldsOf({ ...base, weeks: 0 })[0]).toContain('weeks must be a whole number');
  });

  it('rejects negative stock and unknown items', () => {
    expect(fieldsOf({ ...base, stock: { gown: -5, bar: 3 } })).toEqual([
      'stock.gown: stock.gown must not be negative (got -5)',
      "stock.bar: unknown item 'bar' in stock",
    ]);
  });

  it('checks the pipeline entry by entry', () => {
    const pipeline = [
      { item: 'gown' as ItemId, quantity: 5, arrivalWeek: 1 },
      { item: 'foo' as ItemId, quantity: -1, arrivalWeek: 0.5 },
    ];
    expect(fieldsOf({ ...base, pipeline })).toEqual([
      "pipeline[1].item: unknown item 'foo' in pipeline[1]",
      'pipeline[1].quantity: pipeline[1].quantity must not be negative (got -1)',
      'pipeline[1].arrivalWeek: pipeline[1].arrivalWeek must be a whole number of at least 1 (got 0.5)',
    ]);
  });

  it('checks the case model', () => {
    const exp = (over: object): ForecastInput => ({
      ...base,
      cases: {
        kind: 'exponential',
        dailyCasesNow: 10,
        rate: 0.1,
        rateLow: 0.05,
        rateHigh: 0.2,
        casesToDate: 100,
        ...over,
      },
    });
    expect(fieldsOf(exp({}))).toEqual([]);
    expect(fieldsOf(exp({ rateLow: 0.2 }))).toEqual([
      'cases.rateLow: cases.rateLow must not exceed cases.rate',
    ]);
    expect(fieldsOf(exp({ rateHigh: 5 }))[0]).toContain('cases.rateHigh must be a growth rate');
    expect(fieldsOf(exp({ dailyCasesNow: NaN }))[0]).toContain(
      'cases.dailyCasesNow must be a number',
    );
    const series = (over: object): ForecastInput => ({
      ...base,
      cases: { kind: 'series', weeklyNewCases: [10, 20, 30], ...over },
    });
    expect(fieldsOf(series({ weeklyNewCases: [10, -2, 30] }))).toEqual([
      'cases.weeklyNewCases[1]: cases.weeklyNewCases[1] must not be negative (got -2)',
    ]);
    expect(fieldsOf(series({ weeklyLow: [10, 25, 30] }))).toEqual([
      'cases.weeklyLow: cases.weeklyLow must be at most the central series in every week',
    ]);
    expect(fieldsOf(series({ weeklyHigh: [10, 20] }))[0]).toContain('as many weeks');
  });

  it('checks the capacity', () => {
    expect(fieldsOf({ ...base, capacity: { ...base.capacity, beds: -1, population: 0 } })).toEqual([
      'capacity.population: capacity.population must be greater than 0 (got 0)',
      'capacity.beds: capacity.beds must not be negative (got -1)',
    ]);
  });
});

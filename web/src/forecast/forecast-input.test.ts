import { describe, expect, it } from 'vitest';
import { forecastNeeds } from '../../../src/core/forecast';
import type { ForecastInput } from '../../../src/core/forecast';
import { inputFromAssumptions, rerunnableInput, sameNeeds } from './forecast-input';
import type { ForecastResponse } from './forecast.types';
import { testInput } from './test-input';

const response = (input: ForecastInput): ForecastResponse => ({
  ...forecastNeeds(input),
  country: { iso3: 'ITA', nameEn: 'Italy', nameZh: '意大利' },
  asOf: '2020-03-26',
  source: 'jhu',
});

describe('inputFromAssumptions', () => {
  it('rebuilds exactly the input a forecast ran on, stock and pipeline included', () => {
    const input = testInput();
    expect(inputFromAssumptions(forecastNeeds(input))).toEqual(input);
  });

  it('keeps changed parameters and rates, and drops a rate the run left out', () => {
    const input = testInput({ scenario: 'high', weeks: 3 });
    input.params.severity = { mild: 0.5, moderate: 0.3, severe: 0.15, critical: 0.05 };
    input.params.rates['gloves-exam'] = { inpatientHcw: 30 };
    input.capacity.labStaff = 12_000;
    const rebuilt = inputFromAssumptions(forecastNeeds(input));
    expect(rebuilt?.params.severity.mild).toBe(0.5);
    expect(rebuilt?.params.rates['gloves-exam']).toEqual({ inpatientHcw: 30 });
    expect(rebuilt?.capacity.labStaff).toBe(12_000);
    expect(rebuilt).toEqual(input);
    expect(sameNeeds(forecastNeeds(rebuilt as ForecastInput), forecastNeeds(input))).toBe(true);
  });

  it('gives up on a supplied case series, whose weeks the assumptions do not list', () => {
    const input = testInput({
      cases: { kind: 'series', weeklyNewCases: [10, 20, 30, 40, 50, 60] },
    });
    expect(inputFromAssumptions(forecastNeeds(input))).toBeNull();
  });

  it('gives up when a number the model needs is missing', () => {
    const forecast = forecastNeeds(testInput());
    forecast.assumptions = forecast.assumptions.filter((a) => a.key !== 'capacity.beds');
    expect(inputFromAssumptions(forecast)).toBeNull();
  });
});

describe('rerunnableInput', () => {
  it('prefers the input the API sent', () => {
    const input = testInput();
    const answer = { ...response(input), input, assumptions: [] };
    expect(rerunnableInput(answer)).toBe(input);
  });

  it('rebuilds the input when the API sent only assumptions, and it reproduces the figures', () => {
    const input = testInput();
    expect(rerunnableInput(response(input))).toEqual(input);
  });

  it('refuses an input that does not reproduce the published figures', () => {
    const answer = response(testInput());
    const first = answer.items[0]?.weeks[0];
    if (!first) throw new Error('no first week');
    first.gross = { ...first.gross, value: first.gross.value + 1 };
    expect(rerunnableInput(answer)).toBeNull();
  });
});

describe('sameNeeds', () => {
  it('sees a difference in a single band end', () => {
    const a = forecastNeeds(testInput());
    const b = structuredClone(a);
    const total = b.items[4]?.total.net;
    if (!total) throw new Error('no item 4');
    total.high += 1;
    expect(sameNeeds(a, a)).toBe(true);
    expect(sameNeeds(a, b)).toBe(false);
  });
});

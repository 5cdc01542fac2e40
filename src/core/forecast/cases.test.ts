import { describe, expect, it } from 'vitest';
import { capBySusceptible, caseModelFromGrowth, projectCases, sumDaily } from './cases';
import type { ExponentialCaseModel } from './types';

const model = (over: Partial<ExponentialCaseModel> = {}): ExponentialCaseModel => ({
  kind: 'exponential',
  dailyCasesNow: 100,
  rate: 0,
  rateLow: 0,
  rateHigh: 0,
  casesToDate: 10_000,
  ...over,
});

describe('projectCases (exponential)', () => {
  it('with no growth, every week has seven days of the current level', () => {
    const run = projectCases(model(), 1e6, 3, 1, 'central');
    expect(run.weekly).toEqual([700, 700, 700]);
    expect(run.history).toEqual([700]);
  });

  it('sums the days of each week at the run rate (geometric series)', () => {
    const r = Math.log(2) / 7; // doubling every week
    const run = projectCases(model({ rate: r, rateLow: 0, rateHigh: 2 * r }), 1e9, 2, 0, 'central');
    // sum_{d=1..7} 100 * 2^(d/7) = 100 * q * (q^7 - 1) / (q - 1) with q = 2^(1/7), q^7 = 2
    const q = 2 ** (1 / 7);
    const week1 = (100 * q * (2 - 1)) / (q - 1);
    expect(run.weekly[0]).toBeCloseTo(week1, 6);
    expect(run.weekly[1]).toBeCloseTo(2 * week1, 6);
    const low = projectCases(model({ rate: r, rateLow: 0, rateHigh: 2 * r }), 1e9, 2, 0, 'low');
    expect(low.weekly).toEqual([700, 700]);
  });

  it('back-projects the weeks before at the central rate for every run, within the cases to date', () => {
    const m = model({ rate: 0.1, rateLow: -0.1, rateHigh: 0.3, casesToDate: 600 });
    const central = projectCases(m, 1e6, 1, 2, 'central');
    expect(projectCases(m, 1e6, 1, 2, 'high').history).toEqual(central.history);
    // last week: days -6..0 at e^(0.1 d); (~529); the week before (~263) is more than what is left of 600
    const lastWeek = sumDaily(100, 0.1, -6, 0);
    expect(central.history[1]).toBeCloseTo(lastWeek, 9);
    expect(central.history[0]).toBeCloseTo(600 - lastWeek, 9);
  });

  it('never projects more cases than the susceptible population', () => {
    const run = projectCases(
      model({ dailyCasesNow: 1000, casesToDate: 990_000 }),
      1e6,
      3,
      0,
      'central',
    );
    expect(run.weekly).toEqual([7000, 3000, 0]);
    expect(capBySusceptible([5, 5], -3)).toEqual([0, 0]);
  });
});

describe('projectCases (series)', () => {
  const series = {
    kind: 'series' as const,
    weeklyNewCases: [10, 20, 30],
    weeklyLow: [5, 10, 15],
    weeklyHigh: [20, 40, 60],
    previousWeeks: [1, 2, 3],
  };

  it('uses the user range for the low and high runs and the horizon only', () => {
    expect(projectCases(series, 1e6, 2, 0, 'low').weekly).toEqual([5, 10]);
    expect(projectCases(series, 1e6, 2, 0, 'central').weekly).toEqual([10, 20]);
    expect(projectCases(series, 1e6, 2, 0, 'high').weekly).toEqual([20, 40]);
    const noRange = { kind: 'series' as const, weeklyNewCases: [10] };
    expect(projectCases(noRange, 1e6, 1, 0, 'high').weekly).toEqual([10]);
  });

  it('takes the most recent previous weeks and counts missing ones as none', () => {
    expect(projectCases(series, 1e6, 1, 2, 'central').history).toEqual([2, 3]);
    expect(projectCases(series, 1e6, 1, 5, 'central').history).toEqual([0, 0, 1, 2, 3]);
  });

  it('caps the series by population minus cases to date', () => {
    expect(projectCases({ ...series, casesToDate: 90 }, 100, 3, 0, 'high').weekly).toEqual([
      10, 0, 0,
    ]);
  });
});

describe('caseModelFromGrowth', () => {
  it('copies the fit and the current level', () => {
    expect(caseModelFromGrowth({ rate: 0.1, rateLow: 0.05, rateHigh: 0.15 }, 50, 400)).toEqual({
      kind: 'exponential',
      dailyCasesNow: 50,
      rate: 0.1,
      rateLow: 0.05,
      rateHigh: 0.15,
      casesToDate: 400,
    });
  });
});

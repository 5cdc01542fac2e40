import { describe, expect, it } from 'vitest';
import type { IsoDate } from '../shared/brand';
import { addDays } from './dates';
import { fitGrowth, minGrowthPoints } from './growth';
import { studentTQuantile } from './student-t';
import type { DailyPoint } from './types';

const D0 = '2020-02-01' as IsoDate;
function daily(newCases: number[]): DailyPoint[] {
  return newCases.map((n, i) => ({ date: addDays(D0, i), newCases: n, newDeaths: 0 }));
}

describe('fitGrowth', () => {
  it('recovers the rate and doubling time of exact exponential growth', () => {
    // A 7-day mean of an exponential is the same exponential scaled, so the slope is exact once
    // the smoothing window is full (the first 6 days are outside the 14-day fit window here).
    const r = 0.2;
    const fit = fitGrowth(daily(Array.from({ length: 30 }, (_, i) => 5 * Math.exp(r * i))));
    if (!fit) throw new Error('expected a fit');
    expect(fit.rate).toBeCloseTo(r, 10);
    expect(fit.doublingTimeDays).toBeCloseTo(Math.LN2 / r, 8);
    expect(fit.rateHigh - fit.rateLow).toBeLessThan(1e-8);
    expect(fit.r2).toBeCloseTo(1, 10);
    expect(fit).toMatchObject({ windowDays: 14, points: 14, endDate: addDays(D0, 29) });
  });

  it('reports no doubling time when cases decline', () => {
    const fit = fitGrowth(daily(Array.from({ length: 30 }, (_, i) => 1000 * Math.exp(-0.1 * i))));
    expect(fit?.rate).toBeCloseTo(-0.1, 10);
    expect(fit?.doublingTimeDays).toBeNull();
  });

  it('gives a flat series rate 0 and no doubling time', () => {
    const fit = fitGrowth(daily(Array.from({ length: 20 }, () => 3)));
    expect(fit?.rate).toBe(0);
    expect(fit?.doublingTimeDays).toBeNull();
  });

  it('computes the 95 % interval from the slope standard error with a t quantile', () => {
    // Full smoothing window everywhere: constant history, then a window of noisy values whose
    // smoothed logs we reproduce by hand below.
    const values = [...Array.from({ length: 20 }, () => 10), 12, 9, 15, 14, 20, 18, 25, 24, 30, 28];
    const fit = fitGrowth(daily(values), 10)!;
    const sm = values.map(
      (_, i) =>
        values.slice(Math.max(0, i - 6), i + 1).reduce((s, v) => s + v, 0) / Math.min(i + 1, 7),
    );
    const ys = sm.slice(-10).map(Math.log);
    const xs = ys.map((_, i) => i);
    const mx = 4.5;
    const my = ys.reduce((s, y) => s + y, 0) / 10;
    const sxx = xs.reduce((s, x) => s + (x - mx) ** 2, 0);
    const b = xs.reduce((s, x, i) => s + (x - mx) * (ys[i]! - my), 0) / sxx;
    const ssr = xs.reduce((s, x, i) => s + (ys[i]! - my - b * (x - mx)) ** 2, 0);
    const half = studentTQuantile(0.975, 8) * Math.sqrt(ssr / 8 / sxx);
    expect(fit.rate).toBeCloseTo(b, 12);
    expect(fit.rateLow).toBeCloseTo(b - half, 12);
    expect(fit.rateHigh).toBeCloseTo(b + half, 12);
    expect(fit.rateLow).toBeLessThan(fit.rate);
    expect(fit.r2).toBeGreaterThan(0.8);
    expect(fit.r2).toBeLessThan(1);
  });

  it('leaves out zero days and returns null below half a window of positive points', () => {
    expect(minGrowthPoints(14)).toBe(7);
    const zeros = Array.from({ length: 30 }, () => 0);
    // 7 positive smoothed days at the end of the window: enough.
    const seven = [...zeros.slice(0, 23), 1, 2, 4, 8, 16, 32, 64];
    expect(fitGrowth(daily(seven))?.points).toBe(7);
    // 6: not enough.
    const six = [...zeros.slice(0, 24), 2, 4, 8, 16, 32, 64];
    expect(fitGrowth(daily(six))).toBeNull();
    expect(fitGrowth(daily(zeros))).toBeNull();
    expect(fitGrowth([])).toBeNull();
  });

  it('uses what there is when the series is shorter than the window', () => {
    const fit = fitGrowth(daily([1, 2, 3, 4, 5, 6, 7, 8]));
    expect(fit?.windowDays).toBe(8);
    expect(fit?.rate).toBeGreaterThan(0);
  });

  it('rejects a window too small to fit a line with an interval', () => {
    expect(() => fitGrowth(daily([1, 2, 3]), 2)).toThrow(/windowDays/);
  });
});

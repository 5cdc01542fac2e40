import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Iso3, IsoDate } from '../shared/brand';
import { addDays } from './dates';
import { cumulativeFromRows, dailyFromCumulative, smooth7 } from './series';
import type { CumulativePoint } from './types';

const D0 = '2020-03-01' as IsoDate;
/** A series starting on D0, one point per day. */
function series(cases: number[], deaths: number[] = cases.map(() => 0)): CumulativePoint[] {
  return cases.map((c, i) => ({ date: addDays(D0, i), cases: c, deaths: deaths[i] ?? 0 }));
}

describe('dailyFromCumulative', () => {
  it('differences a cumulative series, the first day counting from zero', () => {
    const { daily, corrections } = dailyFromCumulative(series([3, 5, 9, 9], [0, 1, 1, 2]));
    expect(daily.map((d) => d.newCases)).toEqual([3, 2, 4, 0]);
    expect(daily.map((d) => d.newDeaths)).toEqual([0, 1, 0, 1]);
    expect(daily.map((d) => d.date)).toEqual([
      '2020-03-01',
      '2020-03-02',
      '2020-03-03',
      '2020-03-04',
    ]);
    expect(corrections).toEqual({ cases: 0, deaths: 0 });
  });

  it('clamps decreases to zero and counts them per metric', () => {
    const { daily, corrections } = dailyFromCumulative(series([10, 8, 12, 11], [2, 1, 1, 1]));
    expect(daily.map((d) => d.newCases)).toEqual([10, 0, 4, 0]);
    expect(daily.map((d) => d.newDeaths)).toEqual([2, 0, 0, 0]);
    expect(corrections).toEqual({ cases: 2, deaths: 1 });
  });

  it('fills missing days with zero new and puts the jump on the reported day', () => {
    const pts: CumulativePoint[] = [
      { date: D0, cases: 2, deaths: 0 },
      { date: addDays(D0, 3), cases: 7, deaths: 1 },
    ];
    const { daily } = dailyFromCumulative(pts);
    expect(daily.map((d) => [d.date, d.newCases])).toEqual([
      ['2020-03-01', 2],
      ['2020-03-02', 0],
      ['2020-03-03', 0],
      ['2020-03-04', 5],
    ]);
  });

  it('rejects dates out of order, naming them', () => {
    const pts = series([1, 2]).reverse();
    expect(() => dailyFromCumulative(pts)).toThrow(/2020-03-01 follows 2020-03-02/);
    expect(() => dailyFromCumulative([...series([1]), ...series([1])])).toThrow(RangeError);
  });

  it('for a non-decreasing series, sums back to the last cumulative value', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(1000), { minLength: 1, maxLength: 60 }), (steps) => {
        let acc = 0;
        const cum = steps.map((s) => (acc += s));
        const { daily, corrections } = dailyFromCumulative(series(cum));
        expect(daily.reduce((s, d) => s + d.newCases, 0)).toBe(acc);
        expect(corrections.cases).toBe(0);
      }),
    );
  });
});

describe('smooth7', () => {
  it('takes the trailing mean, over fewer values at the start', () => {
    const out = smooth7([7, 7, 14, 0, 0, 0, 0, 7, 0]);
    expect(out.slice(0, 3)).toEqual([7, 7, 28 / 3]);
    expect(out[6]).toBe(4); // (7+7+14)/7
    expect(out[7]).toBe(4); // (7+14+7)/7
    expect(out[8]).toBe(3); // (14+7)/7
  });

  it('keeps the length and leaves a constant series unchanged', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e6 }), fc.nat(40), (v, n) => {
        const out = smooth7(Array.from({ length: n }, () => v));
        expect(out).toHaveLength(n);
        for (const x of out) expect(x).toBeCloseTo(v, 6);
      }),
    );
  });
});

describe('cumulativeFromRows', () => {
  it('merges cases and deaths rows, sorts by date and carries a missing metric forward', () => {
    const ita = 'ITA' as Iso3;
    const m = cumulativeFromRows([
      { iso3: ita, date: addDays(D0, 1), cases: 5 },
      { iso3: ita, date: D0, cases: 2 },
      { iso3: ita, date: D0, deaths: 1 },
      { iso3: 'FRA' as Iso3, date: D0, cases: 9, deaths: 0 },
    ]);
    expect(m.get(ita)).toEqual([
      { date: D0, cases: 2, deaths: 1 },
      { date: addDays(D0, 1), cases: 5, deaths: 1 },
    ]);
    expect(m.get('FRA' as Iso3)).toEqual([{ date: D0, cases: 9, deaths: 0 }]);
  });
});

import { describe, expect, it } from 'vitest';
import type { SeriesPoint } from '../api/types';
import { chartPoints, dateTicks, logTicks, trailingMean, trimQuietStart } from './series';
import { addDays } from './format';

function series(cumulative: number[]): SeriesPoint[] {
  return cumulative.map((cases, i) => {
    const newCases = Math.max(0, cases - (cumulative[i - 1] ?? 0));
    return {
      date: addDays('2020-02-25', i),
      cases,
      deaths: Math.floor(cases / 10),
      newCases,
      newDeaths: Math.max(0, Math.floor(cases / 10) - Math.floor((cumulative[i - 1] ?? 0) / 10)),
      newCasesSmoothed: newCases,
    };
  });
}

describe('series helpers', () => {
  it('takes a trailing mean over fewer days at the start', () => {
    expect(trailingMean([7, 0, 14, 7, 7, 7, 7, 14], 7)).toEqual([7, 3.5, 7, 7, 7, 7, 7, 8]);
  });

  it('gives daily points with the mean, or cumulative points without', () => {
    const s = series([0, 10, 30, 60]);
    expect(chartPoints(s, 'cases', true).map((p) => p.value)).toEqual([0, 10, 20, 30]);
    expect(chartPoints(s, 'cases', false)).toEqual(
      s.map((p) => ({ date: p.date, value: p.cases, mean: null })),
    );
    const deaths = chartPoints(s, 'deaths', true);
    expect(deaths.map((p) => p.value)).toEqual([0, 1, 2, 3]);
    expect(deaths[3]?.mean).toBe(1.5);
  });

  it('drops the quiet start, keeping a lead before the 10th case', () => {
    const s = series([0, 0, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 12, 40]);
    expect(trimQuietStart(s, 10, 2)[0]?.date).toBe(s[10]?.date);
    expect(trimQuietStart(series([0, 0, 2, 3]), 10, 1)[0]?.date).toBe(addDays('2020-02-25', 1));
    expect(trimQuietStart(series([0, 0]))).toHaveLength(2);
  });

  it('makes log ticks up to the first power of ten at or above the maximum', () => {
    expect(logTicks(74_386)).toEqual([1, 10, 100, 1000, 10_000, 100_000]);
    expect(logTicks(1)).toEqual([1]);
  });

  it('labels month starts over long spans and weeks back from the last day otherwise', () => {
    const long = Array.from({ length: 120 }, (_, i) => addDays('2020-01-15', i));
    const months = dateTicks(long).map((i) => long[i]);
    expect(months.every((d) => d?.endsWith('-01'))).toBe(true);
    const short = Array.from({ length: 40 }, (_, i) => addDays('2020-02-16', i));
    const weeks = dateTicks(short);
    expect(weeks[weeks.length - 1]).toBe(39);
    expect(weeks[1]! - weeks[0]!).toBe(7);
    expect(dateTicks([])).toEqual([]);
  });
});

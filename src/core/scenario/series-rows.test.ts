import { describe, expect, it } from 'vitest';
import type { IsoDate } from '../shared/brand';
import { scenarioSeriesRows } from './series-rows';
import type { ScenarioSeries } from './types';

const series: ScenarioSeries = {
  source: 'jhu',
  firstDate: '2020-02-28' as IsoDate,
  lastDate: '2020-03-01' as IsoDate,
  countries: {
    ITA: { cases: [650, 888, 1128], deaths: [17, 21, 29] },
    CHN: { cases: [78_000, 78_500, 79_000], deaths: [2800, 2835, 2870] },
  },
  world: { cases: [84_000, 86_000, 88_000], deaths: [2900, 2950, 3000] },
};

describe('scenarioSeriesRows', () => {
  it('gives one row per country per day with both metrics, the world under WLD last', () => {
    const rows = scenarioSeriesRows(series);
    expect(rows).toHaveLength(9);
    expect(rows.slice(0, 3)).toEqual([
      { iso3: 'CHN', date: '2020-02-28', cases: 78_000, deaths: 2800 },
      { iso3: 'CHN', date: '2020-02-29', cases: 78_500, deaths: 2835 },
      { iso3: 'CHN', date: '2020-03-01', cases: 79_000, deaths: 2870 },
    ]);
    expect(rows[5]).toEqual({ iso3: 'ITA', date: '2020-03-01', cases: 1128, deaths: 29 });
    expect(rows.at(-1)).toEqual({ iso3: 'WLD', date: '2020-03-01', cases: 88_000, deaths: 3000 });
  });

  it('rejects an array whose length does not match the dates, naming country and metric', () => {
    const broken = { ...series, countries: { ITA: { cases: [1, 2], deaths: [0, 0, 0] } } };
    expect(() => scenarioSeriesRows(broken)).toThrow(/ITA cases: 2 values, expected 3/);
    expect(() => scenarioSeriesRows({ ...series, lastDate: '2020-02-01' as IsoDate })).toThrow(
      /before firstDate/,
    );
  });
});

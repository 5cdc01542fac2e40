import { describe, expect, it } from 'vitest';
import type { Iso3, IsoDate } from '../shared/brand';
import type { PointRow } from '../situation/types';
import { buildHealth, buildPopulation, buildScenarioSeries } from './build';
import { scenarioSeriesRows } from './series-rows';

const row = (iso3: string, date: string, cases?: number, deaths?: number): PointRow => ({
  iso3: iso3 as Iso3,
  date: date as IsoDate,
  ...(cases === undefined ? {} : { cases }),
  ...(deaths === undefined ? {} : { deaths }),
});

describe('buildScenarioSeries', () => {
  const rows = [
    row('WLD', '2020-03-01', 10, 0),
    row('WLD', '2020-03-02', 12, 1),
    row('WLD', '2020-03-03', 20, 1),
    row('WLD', '2020-03-04', 30, 2),
    row('ABW', '2020-03-02', 2, 0),
    row('ABW', '2020-03-04', 4), // weekly-style gap on 03-03, deaths not given
    row('ITA', '2020-03-01', 5),
    row('ITA', '2020-03-01', undefined, 0),
    row('ITA', '2020-03-02', 7, 1),
  ];

  it('cuts at lastDate, starts at the first date and fills every day by carrying forward', () => {
    const s = buildScenarioSeries('owid', rows, '2020-03-03' as IsoDate);
    expect(s).toEqual({
      source: 'owid',
      firstDate: '2020-03-01',
      lastDate: '2020-03-03',
      countries: {
        ABW: { cases: [0, 2, 2], deaths: [0, 0, 0] },
        ITA: { cases: [5, 7, 7], deaths: [0, 1, 1] },
      },
      world: { cases: [10, 12, 20], deaths: [0, 1, 1] },
    });
    expect(Object.keys(s.countries)).toEqual(['ABW', 'ITA']);
  });

  it('round-trips through scenarioSeriesRows for days the source reported', () => {
    const s = buildScenarioSeries('owid', rows, '2020-03-04' as IsoDate);
    const back = scenarioSeriesRows(s);
    for (const r of rows) {
      const b = back.find((x) => x.iso3 === r.iso3 && x.date === r.date);
      if (r.cases !== undefined) expect(b?.cases).toBe(r.cases);
      if (r.deaths !== undefined) expect(b?.deaths).toBe(r.deaths);
    }
    expect(back.find((x) => x.iso3 === 'ABW' && x.date === '2020-03-04')?.deaths).toBe(0);
  });

  it('ends at the last date the source has when that is before the cut', () => {
    const s = buildScenarioSeries('owid', rows, '2020-12-31' as IsoDate);
    expect(s.lastDate).toBe('2020-03-04');
    expect(s.world.cases).toEqual([10, 12, 20, 30]);
  });

  it('fails when nothing is on or before lastDate', () => {
    expect(() => buildScenarioSeries('jhu', rows, '2020-01-01' as IsoDate)).toThrow(
      /no rows on or before 2020-01-01/,
    );
  });
});

describe('buildPopulation', () => {
  it('prefers the World Bank year and falls back to JHU, saying which', () => {
    const pop = buildPopulation(
      [
        { iso3: 'ITA' as Iso3, year: 2019, population: 60_297_396 },
        { iso3: 'ITA' as Iso3, year: 2018, population: 60_421_760 },
        { iso3: 'ERI' as Iso3, year: 2011, population: 3_213_972 },
      ],
      [
        { iso3: 'ITA' as Iso3, population: 60_461_828 },
        { iso3: 'TWN' as Iso3, population: 23_816_775 },
        { iso3: 'ERI' as Iso3, population: 3_546_427 },
      ],
      2019,
      2020,
    );
    expect(pop).toEqual({
      ERI: { population: 3_546_427, year: 2020, source: 'jhu' },
      ITA: { population: 60_297_396, year: 2019, source: 'worldbank' },
      TWN: { population: 23_816_775, year: 2020, source: 'jhu' },
    });
    expect(Object.keys(pop)).toEqual(['ERI', 'ITA', 'TWN']);
  });
});

describe('buildHealth', () => {
  it('takes World Bank beds first, ESFT beds as fallback, workforce from ESFT', () => {
    const names = { worldBankBeds: 'WB', esftBeds: 'ESFT beds', esftWorkforce: 'ESFT hw' };
    const h = buildHealth(
      [{ iso3: 'ITA' as Iso3, bedsPer1000: 3.4, year: 2012 }],
      [
        { iso3: 'ITA' as Iso3, doctors: 240_331, nurses: 348_633, bedsPer1000: 3.18 },
        { iso3: 'TWN' as Iso3, doctors: null, nurses: null, bedsPer1000: 5.5 },
      ],
      names,
    );
    expect(h).toEqual({
      ITA: {
        bedsPer1000: 3.4,
        bedsYear: 2012,
        bedsSource: 'WB',
        doctors: 240_331,
        nurses: 348_633,
        workforceSource: 'ESFT hw',
      },
      TWN: {
        bedsPer1000: 5.5,
        bedsYear: null,
        bedsSource: 'ESFT beds',
        doctors: null,
        nurses: null,
        workforceSource: null,
      },
    });
  });
});

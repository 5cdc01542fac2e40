import { existsSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Iso3, IsoDate } from '../core/shared/brand';
import { cumulativeFromRows, dailyFromCumulative } from '../core/situation/series';
import { WORLD } from '../core/situation/types';
import { readJhuTimeSeries } from './jhu-time-series';
import { readOwid } from './owid';
import { SHARED_DATA } from './paths';
import type { SeriesImport } from './types';
import { readWorldBankBeds } from './world-bank-beds';

const exists = existsSync(SHARED_DATA);
if (!exists) console.log(`skipping real-file importer tests: ${SHARED_DATA} not found`);
const covid = (f: string): string => path.join(SHARED_DATA, 'covid', f);

describe.skipIf(!exists)('importers on the staged real files', () => {
  let confirmed: SeriesImport;
  let deaths: SeriesImport;
  beforeAll(async () => {
    confirmed = await readJhuTimeSeries(covid('time_series_covid19_confirmed_global.csv'));
    deaths = await readJhuTimeSeries(covid('time_series_covid19_deaths_global.csv'));
  });

  it('JHU: 289 rows, 161 days, the four non-country rows unmapped', () => {
    expect(confirmed.lines).toBe(290);
    expect([confirmed.firstDate, confirmed.lastDate]).toEqual(['2020-01-22', '2020-06-30']);
    expect(confirmed.unmapped).toEqual([
      'Diamond Princess',
      'MS Zaandam',
      'Summer Olympics 2020',
      'Winter Olympics 2022',
    ]);
    const countries = new Set(confirmed.rows.map((r) => r.iso3));
    expect(countries.size).toBe(201 - 4 + 1); // + the world total
    expect(confirmed.rows).toHaveLength(countries.size * 161);
  });

  it('JHU world totals match the figures PROVENANCE.md gives', () => {
    const world = cumulativeFromRows([...confirmed.rows, ...deaths.rows]).get(WORLD) ?? [];
    const on = (d: string) => world.find((p) => p.date === d);
    expect(on('2020-03-31')).toMatchObject({ cases: 869_371, deaths: 47_218 });
    expect(on('2020-04-30')).toMatchObject({ cases: 3_282_087, deaths: 253_486 });
    expect(on('2020-06-30')).toMatchObject({ cases: 10_475_388, deaths: 552_146 });
  });

  it('JHU: 36 decreases in confirmed and 24 in deaths after summing by country, as PROVENANCE.md counts', () => {
    const series = cumulativeFromRows([...confirmed.rows, ...deaths.rows]);
    let cases = 0;
    let deathsClamped = 0;
    for (const [iso3, points] of series) {
      if (iso3 === WORLD) continue;
      const c = dailyFromCumulative(points).corrections;
      cases += c.cases;
      deathsClamped += c.deaths;
    }
    expect([cases, deathsClamped]).toEqual([36, 24]);
  });

  it('OWID: 212 locations, International skipped, world under WLD', async () => {
    const owid = await readOwid(covid('owid-covid-data_2020-05-24.csv'));
    expect(owid.lines).toBe(19_497);
    expect(owid.unmapped).toEqual(['International']);
    expect([owid.firstDate, owid.lastDate]).toEqual(['2019-12-31', '2020-05-24']);
    expect(new Set(owid.rows.map((r) => r.iso3)).size).toBe(211);
    const ita = owid.rows.find(
      (r) => r.iso3 === ('ITA' as Iso3) && r.date === ('2020-03-26' as IsoDate),
    );
    expect(ita?.cases).toBeGreaterThan(70_000);
  });

  it('World Bank beds: countries only, latest year', async () => {
    const beds = await readWorldBankBeds(
      path.join(SHARED_DATA, 'health/API_SH.MED.BEDS.ZS_DS2_en_csv_v2_1120885.csv'),
    );
    expect(beds.lines).toBe(269);
    expect(beds.skipped).toContain('WLD');
    expect(beds.skipped).toContain('EUU');
    expect(beds.rows.length + beds.skipped.length).toBeLessThanOrEqual(264);
    expect(beds.rows.length).toBeGreaterThan(180);
    const afg = beds.rows.find((r) => r.iso3 === 'AFG');
    // Afghanistan's row ends …"0.4","0.5","0.5","0.5","0.5","","","","": 2015 is the latest filled year.
    expect(afg).toEqual({ iso3: 'AFG', bedsPer1000: 0.5, year: 2015 });
  });
});

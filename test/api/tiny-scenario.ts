// A small scenario written for the API tests, so they do not depend on the real demo's figures.
import fs from 'node:fs';
import path from 'node:path';
import type { Scenario } from '../../src/core/scenario/types';
import type { IsoDate } from '../../src/core/shared/brand';

const DAYS = 24; // 2020-02-20 .. 2020-03-14

/** Italy grows 25 % a day: cumulative cases 100 x 1.25^d. */
export const ITA_CASES = Array.from({ length: DAYS }, (_, d) => Math.round(100 * 1.25 ** d));
/** France grows by 10 a day, with one downward correction on day 15. */
export const FRA_CASES = Array.from({ length: DAYS }, (_, d) => (d === 15 ? 10 * d - 25 : 10 * d));
/** Germany: a series but no population figure. */
export const DEU_CASES = Array.from({ length: DAYS }, (_, d) => 5 * d);
/** The source's world total: the three countries plus 50 cases on a ship. */
export const WORLD_CASES = ITA_CASES.map(
  (c, d) => c + (FRA_CASES[d] ?? 0) + (DEU_CASES[d] ?? 0) + 50,
);

const deathsOf = (cases: number[]) => cases.map((c) => Math.floor(c / 20));

/** The tiny scenario: jhu from 2020-02-20 to 2020-03-14 (as of 2020-03-12), owid with Italy for 5 days. */
export const TINY: Scenario = {
  manifest: {
    id: 'tiny',
    title: 'A tiny test scenario',
    asOf: '2020-03-12' as IsoDate,
    defaultSource: 'jhu',
    attribution: [{ name: 'Test data', licence: 'CC0', url: 'https://example.org', files: [] }],
    notes: ['Invented figures for tests.'],
  },
  population: {
    ITA: { population: 60_000_000, year: 2019, source: 'worldbank' },
    FRA: { population: 67_000_000, year: 2019, source: 'jhu' },
  },
  health: {
    ITA: {
      bedsPer1000: 3.2,
      bedsYear: 2017,
      bedsSource: 'worldbank',
      doctors: 240_000.4,
      nurses: 350_000,
      workforceSource: 'who',
    },
  },
  series: [
    {
      source: 'jhu',
      firstDate: '2020-02-20' as IsoDate,
      lastDate: '2020-03-14' as IsoDate,
      countries: {
        DEU: { cases: DEU_CASES, deaths: deathsOf(DEU_CASES) },
        FRA: { cases: FRA_CASES, deaths: deathsOf(FRA_CASES) },
        ITA: { cases: ITA_CASES, deaths: deathsOf(ITA_CASES) },
      },
      world: { cases: WORLD_CASES, deaths: deathsOf(WORLD_CASES) },
    },
    {
      source: 'owid',
      firstDate: '2020-03-01' as IsoDate,
      lastDate: '2020-03-05' as IsoDate,
      countries: { ITA: { cases: [1, 2, 3, 4, 5], deaths: [0, 0, 0, 0, 1] } },
      world: { cases: [11, 12, 13, 14, 15], deaths: [0, 0, 0, 0, 1] },
    },
  ],
};

/** Writes TINY (or a variant) as a scenario folder `<dir>/<id>/` and returns `dir`. */
export function writeScenario(dir: string, scenario: Scenario = TINY): string {
  const folder = path.join(dir, scenario.manifest.id);
  fs.mkdirSync(folder, { recursive: true });
  fs.writeFileSync(path.join(folder, 'manifest.json'), JSON.stringify(scenario.manifest));
  fs.writeFileSync(path.join(folder, 'population.json'), JSON.stringify(scenario.population));
  fs.writeFileSync(path.join(folder, 'health.json'), JSON.stringify(scenario.health));
  for (const s of scenario.series) {
    fs.writeFileSync(path.join(folder, `series-${s.source}.json`), JSON.stringify(s));
  }
  return dir;
}

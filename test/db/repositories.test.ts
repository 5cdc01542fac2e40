// The repository contract: the same cases on PGlite (npm test) and on a PostgreSQL server (npm run test:pg).
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import type { IsoDate, Iso3 } from '../../src/core/shared/brand';
import type { ScenarioManifest } from '../../src/core/scenario/types';
import type { PointRow } from '../../src/core/situation/types';
import type { Database } from '../../src/db/database';
import {
  countPoints,
  countryRows,
  rowsUpTo,
  sourceRanges,
  upsertPoints,
} from '../../src/db/series.repository';
import {
  allPopulation,
  healthOf,
  populationOf,
  upsertBeds,
  upsertHealth,
  upsertPopulation,
} from '../../src/db/population.repository';
import {
  currentScenario,
  insertScenario,
  listImports,
  recordImport,
} from '../../src/db/scenario.repository';
import { freshDatabase, TEST_DRIVER } from './fresh-database';

const ITA = 'ITA' as Iso3;
const FRA = 'FRA' as Iso3;

/** Day `n` after 2020-01-01 as an IsoDate. */
function day(n: number): IsoDate {
  return new Date(Date.UTC(2020, 0, 1 + n)).toISOString().slice(0, 10) as IsoDate;
}

let database: Database;

beforeAll(async () => {
  database = await freshDatabase();
});
afterAll(async () => {
  await database?.close();
});

describe(`repositories on ${TEST_DRIVER}`, () => {
  beforeEach(async () => {
    await database.db.execute(
      sql.raw(
        'TRUNCATE case_point, country_population, country_health, scenario, import_run RESTART IDENTITY',
      ),
    );
  });

  it('reports which driver it runs on', () => {
    expect(database.driver).toBe(TEST_DRIVER === 'pg' ? 'postgres' : 'pglite');
  });

  it('upserts more rows than one statement holds and reads them back by country and date', async () => {
    // 26 countries x 100 days = 2,600 rows: three multi-row statements.
    const codes = Array.from({ length: 26 }, (_, i) => `A${String.fromCharCode(65 + i)}X` as Iso3);
    const rows: PointRow[] = codes.flatMap((iso3, c) =>
      Array.from({ length: 100 }, (_, d) => ({
        iso3,
        date: day(d),
        cases: c * 1000 + d,
        deaths: d,
      })),
    );
    const progress: number[] = [];
    const written = await upsertPoints(database.db, 'jhu', rows, (done) => progress.push(done));
    expect(written).toBe(2600);
    expect(progress).toEqual([1000, 2000, 2600]);
    expect(await countPoints(database.db, 'jhu')).toBe(2600);
    expect(await countPoints(database.db, 'owid')).toBe(0);

    const acx = await countryRows(database.db, 'jhu', 'ACX' as Iso3);
    expect(acx).toHaveLength(100);
    expect(acx[0]).toEqual({ iso3: 'ACX', date: '2020-01-01', cases: 2000, deaths: 0 });
    expect(acx[99]).toEqual({ iso3: 'ACX', date: day(99), cases: 2099, deaths: 99 });
    const upTo = await countryRows(database.db, 'jhu', 'ACX' as Iso3, day(9));
    expect(upTo.map((p) => p.date)).toEqual(Array.from({ length: 10 }, (_, d) => day(d)));
  });

  it('fills cases and deaths of the same points from two imports without erasing either', async () => {
    await upsertPoints(database.db, 'jhu', [
      { iso3: ITA, date: day(0), cases: 3 },
      { iso3: ITA, date: day(1), cases: 5 },
    ]);
    // A metric not imported yet is left out of the row, not read as 0.
    expect(await countryRows(database.db, 'jhu', ITA)).toEqual([
      { iso3: ITA, date: day(0), cases: 3 },
      { iso3: ITA, date: day(1), cases: 5 },
    ]);
    await upsertPoints(database.db, 'jhu', [
      { iso3: ITA, date: day(0), deaths: 1 },
      { iso3: ITA, date: day(1), deaths: 2 },
    ]);
    expect(await countryRows(database.db, 'jhu', ITA)).toEqual([
      { iso3: ITA, date: day(0), cases: 3, deaths: 1 },
      { iso3: ITA, date: day(1), cases: 5, deaths: 2 },
    ]);
    // A re-import replaces the figure it carries.
    await upsertPoints(database.db, 'jhu', [{ iso3: ITA, date: day(1), cases: 6 }]);
    expect((await countryRows(database.db, 'jhu', ITA))[1]).toEqual({
      iso3: ITA,
      date: day(1),
      cases: 6,
      deaths: 2,
    });
  });

  it('keeps sources apart and reports each source range', async () => {
    await upsertPoints(database.db, 'jhu', [
      { iso3: ITA, date: day(21), cases: 1, deaths: 0 },
      { iso3: ITA, date: day(30), cases: 9, deaths: 1 },
      { iso3: FRA, date: day(25), cases: 4, deaths: 0 },
    ]);
    await upsertPoints(database.db, 'owid', [{ iso3: ITA, date: day(0), cases: 7, deaths: 0 }]);
    expect(await sourceRanges(database.db)).toEqual([
      { source: 'jhu', firstDate: day(21), lastDate: day(30), series: 2, points: 3 },
      { source: 'owid', firstDate: day(0), lastDate: day(0), series: 1, points: 1 },
    ]);
    expect(await rowsUpTo(database.db, 'jhu', day(25))).toEqual([
      { iso3: FRA, date: day(25), cases: 4, deaths: 0 },
      { iso3: ITA, date: day(21), cases: 1, deaths: 0 },
    ]);
    expect(await rowsUpTo(database.db, 'owid', day(25))).toEqual([
      { iso3: ITA, date: day(0), cases: 7, deaths: 0 },
    ]);
  });

  it('rejects a negative count instead of storing it', async () => {
    await expect(
      upsertPoints(database.db, 'jhu', [{ iso3: ITA, date: day(0), cases: -1 }]),
    ).rejects.toThrow();
    expect(await countPoints(database.db)).toBe(0);
  });

  it('commits a transaction as a whole or not at all', async () => {
    await expect(
      database.transaction(async (tx) => {
        await upsertPoints(tx, 'jhu', [{ iso3: ITA, date: day(0), cases: 1 }]);
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    expect(await countPoints(database.db)).toBe(0);
    await database.transaction((tx) =>
      upsertPoints(tx, 'jhu', [{ iso3: ITA, date: day(0), cases: 1 }]),
    );
    expect(await countPoints(database.db)).toBe(1);
  });

  it('stores, replaces and reads population figures', async () => {
    await upsertPopulation(database.db, [
      { iso3: ITA, population: 60_297_396, year: 2019, source: 'worldbank' },
      { iso3: FRA, population: 67_000_000, year: 2019, source: 'jhu' },
    ]);
    await upsertPopulation(database.db, [
      { iso3: FRA, population: 67_059_887, year: 2019, source: 'worldbank' },
    ]);
    expect(await populationOf(database.db, FRA)).toEqual({
      iso3: FRA,
      population: 67_059_887,
      year: 2019,
      source: 'worldbank',
    });
    expect(await populationOf(database.db, 'DEU' as Iso3)).toBeNull();
    expect([...(await allPopulation(database.db)).keys()]).toEqual([FRA, ITA]);
    // China's population does not fit an int4: bigint round-trips as a number.
    await upsertPopulation(database.db, [
      { iso3: 'CHN' as Iso3, population: 1_397_715_000, year: 2019, source: 'worldbank' },
    ]);
    expect((await populationOf(database.db, 'CHN' as Iso3))?.population).toBe(1_397_715_000);
  });

  it('updates beds without erasing the workforce figures', async () => {
    await upsertHealth(database.db, [
      {
        iso3: ITA,
        bedsPer1000: 3.2,
        bedsYear: 2015,
        bedsSource: 'who',
        doctors: 240_000,
        nurses: 350_000,
        workforceSource: 'who',
      },
    ]);
    await upsertBeds(
      database.db,
      [
        { iso3: ITA, bedsPer1000: 3.18, year: 2017 },
        { iso3: FRA, bedsPer1000: 5.98, year: 2017 },
      ],
      'worldbank',
    );
    expect(await healthOf(database.db, ITA)).toEqual({
      iso3: ITA,
      bedsPer1000: 3.18,
      bedsYear: 2017,
      bedsSource: 'worldbank',
      doctors: 240_000,
      nurses: 350_000,
      workforceSource: 'who',
    });
    expect((await healthOf(database.db, FRA))?.doctors).toBeNull();
    expect(await healthOf(database.db, 'DEU' as Iso3)).toBeNull();
  });

  it('records the loaded scenario and the import log', async () => {
    expect(await currentScenario(database.db)).toBeNull();
    const manifest: ScenarioManifest = {
      id: 'test-scenario',
      title: 'Test',
      asOf: '2020-03-26' as IsoDate,
      defaultSource: 'jhu',
      attribution: [{ name: 'JHU CSSE', licence: 'CC BY 4.0', url: 'https://x', files: ['a.csv'] }],
      notes: ['a note'],
    };
    await insertScenario(database.db, manifest);
    const stored = await currentScenario(database.db);
    expect(stored?.id).toBe('test-scenario');
    expect(stored?.manifest).toEqual(manifest);
    await expect(insertScenario(database.db, manifest)).rejects.toThrow();

    await recordImport(database.db, { source: 'jhu', file: 'a.csv', lines: 10, rows: 80 });
    await recordImport(database.db, { source: 'owid', file: 'b.csv', lines: 5, rows: 4 });
    const log = await listImports(database.db);
    expect(log.map((r) => r.file)).toEqual(['b.csv', 'a.csv']);
    expect(log[0]?.at).toMatch(/^\d{4}-\d{2}-\d{2}/);
  });
});

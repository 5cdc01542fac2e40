// Imports on the driver under test: a good file is stored, and a bad one changes nothing at all.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import type { Iso3 } from '../../src/core/shared/brand';
import type { Database } from '../../src/db/database';
import { rowsOf } from '../../src/db/db.types';
import { healthOf } from '../../src/db/population.repository';
import { listImports } from '../../src/db/scenario.repository';
import { countryRows } from '../../src/db/series.repository';
import { ImportFileError } from '../../src/importers';
import { importBeds, importSeries } from '../../src/services/import.service';
import { freshDatabase, TEST_DRIVER } from './fresh-database';

const fixtures = path.resolve(import.meta.dirname, '../fixtures');
const covid = path.join(fixtures, 'shared-data/covid');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'tongzhou-import-'));

let database: Database;
beforeAll(async () => {
  database = await freshDatabase();
});
afterAll(async () => {
  await database?.close();
  fs.rmSync(tmp, { recursive: true, force: true });
});

/** Every stored point and import, to compare before and after a failed import. */
async function snapshot(): Promise<unknown[]> {
  const points = rowsOf(
    await database.db.execute(
      sql`SELECT source, iso3, date::text, cases, deaths FROM case_point ORDER BY 1, 2, 3`,
    ),
  );
  const runs = rowsOf(await database.db.execute(sql`SELECT id FROM import_run ORDER BY id`));
  return [points, runs];
}

describe(`imports on ${TEST_DRIVER}`, () => {
  it('stores a JHU confirmed file and then its deaths file into the same points', async () => {
    const cases = await importSeries(
      database,
      'jhu',
      path.join(covid, 'time_series_covid19_confirmed_global.csv'),
    );
    expect(cases.metrics).toEqual(['cases']);
    expect(cases.rows).toBeGreaterThan(0);
    const deaths = await importSeries(
      database,
      'jhu',
      path.join(covid, 'time_series_covid19_deaths_global.csv'),
    );
    expect(deaths.metrics).toEqual(['deaths']);
    const italy = await countryRows(database.db, 'jhu', 'ITA' as Iso3);
    expect(italy.length).toBeGreaterThan(0);
    for (const row of italy) {
      expect(row.cases).toBeTypeOf('number');
      expect(row.deaths).toBeTypeOf('number');
    }
    const log = await listImports(database.db);
    expect(log.map((r) => r.file)).toEqual([
      'time_series_covid19_deaths_global.csv',
      'time_series_covid19_confirmed_global.csv',
    ]);
    expect(log[1]?.rows).toBe(cases.rows);
  });

  it('stores an OWID file apart from the JHU series', async () => {
    const owid = await importSeries(
      database,
      'owid',
      path.join(covid, 'owid-covid-data_2020-05-24.csv'),
    );
    expect(owid.source).toBe('owid');
    const italy = await countryRows(database.db, 'owid', 'ITA' as Iso3);
    expect(italy[0]).toMatchObject({ date: '2020-02-20', cases: 3, deaths: 0 });
  });

  it.each([
    ['jhu', 'jhu/non-numeric_confirmed.csv', /line 3, column 7 "1\/24\/20"/],
    ['jhu', 'jhu/negative_confirmed.csv', /line 3/],
    ['jhu', 'jhu/duplicate_confirmed.csv', /line \d+/],
    ['jhu', 'jhu/missing-column_confirmed.csv', /Country\/Region/],
    ['owid', 'owid/non-numeric.csv', /line \d+, column/],
    ['owid', 'owid/bad-date.csv', /line \d+/],
  ] as const)('rejects %s %s naming where, and changes nothing', async (source, file, where) => {
    const before = await snapshot();
    const error = await importSeries(database, source, path.join(fixtures, file)).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ImportFileError);
    expect((error as Error).message).toContain(path.join(fixtures, file));
    expect((error as Error).message).toMatch(where);
    expect(await snapshot()).toEqual(before);
  });

  it('rolls back a file the database rejects after some rows were written', async () => {
    // 30 countries x 40 days: more than one 1,000-row statement. The last country's last count is
    // beyond PostgreSQL's integer column, so a later statement fails after earlier ones succeeded.
    const names = ['Albania', 'Algeria', 'Andorra', 'Angola', 'Argentina', 'Armenia', 'Australia'];
    names.push('Austria', 'Bahrain', 'Belgium', 'Bolivia', 'Brazil', 'Bulgaria', 'Canada', 'Chile');
    names.push('Colombia', 'Croatia', 'Cuba', 'Cyprus', 'Denmark', 'Ecuador', 'Egypt', 'Estonia');
    names.push('Finland', 'Ghana', 'Greece', 'Hungary', 'Iceland', 'India', 'Zimbabwe');
    const dates = Array.from({ length: 40 }, (_, d) => {
      const t = new Date(Date.UTC(2020, 0, 22 + d));
      return `${t.getUTCMonth() + 1}/${t.getUTCDate()}/${String(t.getUTCFullYear()).slice(2)}`;
    });
    const lines = [`Province/State,Country/Region,Lat,Long,${dates.join(',')}`];
    names.forEach((name, i) => {
      const counts = dates.map((_, d) =>
        i === names.length - 1 && d === dates.length - 1 ? 3_000_000_000 : d,
      );
      lines.push(`,${name},0,0,${counts.join(',')}`);
    });
    const file = path.join(tmp, 'too-big_confirmed.csv');
    fs.writeFileSync(file, `${lines.join('\n')}\n`);

    const before = await snapshot();
    const written: number[] = [];
    await expect(
      importSeries(database, 'jhu', file, {
        onProgress: (phase, done) => phase === 'write' && written.push(done),
      }),
    ).rejects.toThrow();
    expect(written.length).toBeGreaterThan(0); // at least one statement had succeeded
    expect(await snapshot()).toEqual(before);
  });

  it('imports beds without touching workforce figures, and rejects a bad beds file whole', async () => {
    const beds = await importBeds(
      database,
      path.join(fixtures, 'shared-data/health/API_SH.MED.BEDS.ZS_DS2_en_csv_v2_1120885.csv'),
    );
    expect(beds.rows).toBeGreaterThan(0);
    expect(beds.skipped).toContain('WLD');
    const italy = await healthOf(database.db, 'ITA' as Iso3);
    expect(italy).toMatchObject({ bedsSource: 'worldbank', doctors: null });
    expect(italy?.bedsPer1000).toBeGreaterThan(0);

    const before = rowsOf(
      await database.db.execute(sql`SELECT * FROM country_health ORDER BY iso3`),
    );
    await expect(
      importBeds(database, path.join(fixtures, 'worldbank/beds-non-numeric.csv')),
    ).rejects.toThrow(/line \d+, column/);
    expect(
      rowsOf(await database.db.execute(sql`SELECT * FROM country_health ORDER BY iso3`)),
    ).toEqual(before);
  });
});

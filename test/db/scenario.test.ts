// Loading the demo scenario shipped in data/scenarios on the driver under test, once and whole.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scenarioSeriesRows } from '../../src/core/scenario/series-rows';
import type { Iso3 } from '../../src/core/shared/brand';
import type { Database } from '../../src/db/database';
import { populationOf } from '../../src/db/population.repository';
import { currentScenario } from '../../src/db/scenario.repository';
import { countPoints, sourceRanges } from '../../src/db/series.repository';
import { readScenario, ScenarioFileError, SCENARIOS_DIR } from '../../src/services/scenario-files';
import { ensureDemoScenario } from '../../src/services/scenario.service';
import { freshDatabase, TEST_DRIVER } from './fresh-database';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'tongzhou-scenario-'));
let database: Database;
beforeAll(async () => {
  database = await freshDatabase();
});
afterAll(async () => {
  await database?.close();
  fs.rmSync(tmp, { recursive: true, force: true });
});

/** Copies march-2020 to a temp folder under `id`, with `edit` applied to one file's JSON. */
function brokenCopy(
  id: string,
  file: string,
  edit: (json: Record<string, unknown>) => void,
): string {
  const folder = path.join(tmp, id);
  fs.cpSync(path.join(SCENARIOS_DIR, 'march-2020'), folder, { recursive: true });
  const manifest = path.join(folder, 'manifest.json');
  fs.writeFileSync(
    manifest,
    JSON.stringify({ ...JSON.parse(fs.readFileSync(manifest, 'utf8')), id }),
  );
  const json = JSON.parse(fs.readFileSync(path.join(folder, file), 'utf8')) as Record<
    string,
    unknown
  >;
  edit(json);
  fs.writeFileSync(path.join(folder, file), JSON.stringify(json));
  return tmp;
}

describe(`the demo scenario on ${TEST_DRIVER}`, () => {
  it('is not loaded when the demo is disabled', async () => {
    expect(await ensureDemoScenario(database, { demo: false, scenario: 'march-2020' })).toEqual({
      status: 'disabled',
    });
    expect(await countPoints(database.db)).toBe(0);
  });

  it('names the file and the field when a scenario file is invalid, and loads nothing', async () => {
    const badCount = brokenCopy('bad-count', 'series-jhu.json', (s) => {
      const countries = s['countries'] as Record<string, { cases: unknown[] }>;
      const ita = countries['ITA'];
      if (ita) ita.cases[3] = -4;
    });
    await expect(
      ensureDemoScenario(database, { demo: true, scenario: 'bad-count' }, badCount),
    ).rejects.toThrow(/bad-count\/series-jhu\.json: countries\.ITA\.cases\.3/);
    const badKey = brokenCopy('bad-key', 'population.json', (p) => {
      p['XXZ'] = { population: 5, year: 2019, source: 'worldbank' };
    });
    await expect(
      ensureDemoScenario(database, { demo: true, scenario: 'bad-key' }, badKey),
    ).rejects.toThrow(ScenarioFileError);
    await expect(
      ensureDemoScenario(database, { demo: true, scenario: 'bad-key' }, badKey),
    ).rejects.toThrow(/bad-key\/population\.json: XXZ is not an ISO 3166-1 alpha-3 code/);
    await expect(ensureDemoScenario(database, { demo: true, scenario: 'nowhere' })).rejects.toThrow(
      /Scenario "nowhere" not found/,
    );
    expect(await currentScenario(database.db)).toBeNull();
    expect(await countPoints(database.db)).toBe(0);
  });

  it('loads march-2020 whole into an empty database, and only once', async () => {
    const scenario = readScenario('march-2020');
    const expected = scenario.series.reduce((n, s) => n + scenarioSeriesRows(s).length, 0);
    expect(await ensureDemoScenario(database, { demo: true, scenario: 'march-2020' })).toEqual({
      status: 'loaded',
      id: 'march-2020',
      rows: expected,
    });
    expect(await countPoints(database.db)).toBe(expected);
    const ranges = await sourceRanges(database.db);
    expect(ranges.map((r) => [r.source, r.firstDate, r.lastDate])).toEqual(
      scenario.series.map((s) => [s.source, s.firstDate, s.lastDate]),
    );
    const italy = scenario.population['ITA'];
    expect(await populationOf(database.db, 'ITA' as Iso3)).toMatchObject({
      population: italy?.population,
      source: italy?.source,
    });
    expect(await ensureDemoScenario(database, { demo: true, scenario: 'march-2020' })).toEqual({
      status: 'present',
      id: 'march-2020',
    });
    expect(await countPoints(database.db)).toBe(expected);
  });
});

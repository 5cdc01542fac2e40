import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { scenarioFiles } from '../core/scenario/files';
import { MARCH_2020_INPUTS } from '../core/scenario/march-2020';
import { FIXTURE_DATA, REPO_ROOT, SHARED_DATA } from './paths';
import { readMarch2020Scenario } from './scenario-sources';

describe('readMarch2020Scenario on the fixture copy of ../shared/data', () => {
  it('builds population, health and both series with their sources, reading every input once', async () => {
    const read: string[] = [];
    const s = await readMarch2020Scenario(FIXTURE_DATA, (f) => read.push(f));
    expect(read.sort()).toEqual(Object.values(MARCH_2020_INPUTS).sort());
    expect(s.population).toEqual({
      CHN: { population: 1_404_676_330, year: 2020, source: 'jhu' },
      ITA: { population: 60_297_396, year: 2019, source: 'worldbank' },
      TWN: { population: 23_816_775, year: 2020, source: 'jhu' },
      UNK: { population: 1_788_891, year: 2019, source: 'worldbank' },
    });
    expect(s.health.ITA).toMatchObject({ bedsPer1000: 3.18, bedsYear: 2016, doctors: 240_331 });
    const [jhu, owid] = s.series;
    expect(jhu).toMatchObject({ source: 'jhu', firstDate: '2020-01-22', lastDate: '2020-01-26' });
    expect(jhu?.countries.CHN).toEqual({
      cases: [458, 466, 585, 802, 1126],
      deaths: [17, 17, 24, 40, 53],
    });
    expect(owid).toMatchObject({ source: 'owid', firstDate: '2020-02-20', lastDate: '2020-03-20' });
    // Aruba reported weekly: 2 on 13 March carried forward until 4 on 20 March.
    expect(owid?.countries.ABW?.cases.slice(-8)).toEqual([2, 2, 2, 2, 2, 2, 2, 4]);
  });

  it('gives byte-identical files on a rerun', async () => {
    const a = scenarioFiles(await readMarch2020Scenario(FIXTURE_DATA));
    const b = scenarioFiles(await readMarch2020Scenario(FIXTURE_DATA));
    expect(a).toEqual(b);
  });
});

const committed = path.join(REPO_ROOT, 'data/scenarios/march-2020');
const exists = existsSync(SHARED_DATA);
if (!exists) console.log(`skipping the committed-scenario check: ${SHARED_DATA} not found`);

describe.skipIf(!exists)('the committed demo scenario', () => {
  it('is exactly what scripts/build-scenario.ts derives from ../shared/data today', async () => {
    const files = scenarioFiles(await readMarch2020Scenario(SHARED_DATA));
    for (const [name, text] of Object.entries(files)) {
      expect(readFileSync(path.join(committed, name), 'utf8'), name).toBe(text);
    }
    const jhu = JSON.parse(files['series-jhu.json'] ?? '{}') as { lastDate: string };
    expect(jhu.lastDate).toBe('2020-03-26');
  });
});

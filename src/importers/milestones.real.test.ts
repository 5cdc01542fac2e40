import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { daysBetween } from '../core/situation/dates';
import { worldMilestones } from '../core/situation/milestones';
import { cumulativeFromRows } from '../core/situation/series';
import { WORLD } from '../core/situation/types';
import { readJhuTimeSeries } from './jhu-time-series';
import { readOwid } from './owid';
import { SHARED_DATA } from './paths';

const exists = existsSync(SHARED_DATA);
if (!exists) console.log(`skipping the seed's milestone figure test: ${SHARED_DATA} not found`);
const covid = (f: string): string => path.join(SHARED_DATA, 'covid', f);

async function worldSeries(source: 'jhu' | 'owid') {
  const imp =
    source === 'owid'
      ? await readOwid(covid('owid-covid-data_2020-05-24.csv'))
      : await readJhuTimeSeries(covid('time_series_covid19_confirmed_global.csv'));
  return cumulativeFromRows(imp.rows).get(WORLD) ?? [];
}

// The statement of 26 March 2020: "the world's first 100,000 cases took 67 days, the second
// 100,000 took 11 days, the third 4 days". Computed here from the data, never typed in.
describe.skipIf(!exists)("the seed's world milestones, from the real files", () => {
  it('OWID (ECDC counts, world series from 31 Dec 2019): 67, 11 and 4 days', async () => {
    const m = worldMilestones(await worldSeries('owid'), 100_000);
    expect(m.slice(0, 3)).toEqual([
      { cases: 100_000, date: '2020-03-07', days: 67 },
      { cases: 200_000, date: '2020-03-18', days: 11 },
      { cases: 300_000, date: '2020-03-22', days: 4 },
    ]);
  });

  it('JHU (final revision, series from 22 Jan 2020): 44, 12 and 3 days', async () => {
    const jhu = await worldSeries('jhu');
    const m = worldMilestones(jhu, 100_000);
    // Why JHU differs from the statement:
    // 1. JHU's series starts on 2020-01-22, already at 555 cases, so its "first day with a case" is
    //    22 January (557 cases in the final revision), not 31 December: the first interval is 44
    //    days instead of 67.
    // 2. JHU's figures are final revisions (back-filled later) dated by the day they were reported in
    //    US time, while the statement used ECDC's daily counts as published: JHU crosses 100,000 a
    //    day earlier (6 March, not 7) and 300,000 a day earlier (21 March, not 22), so the second
    //    interval is a day longer (12) and the third a day shorter (3).
    expect(m.slice(0, 3)).toEqual([
      { cases: 100_000, date: '2020-03-06', days: 44 },
      { cases: 200_000, date: '2020-03-18', days: 12 },
      { cases: 300_000, date: '2020-03-21', days: 3 },
    ]);
    expect(jhu[0]?.date).toBe('2020-01-22');
    expect(jhu[0]?.cases).toBeGreaterThan(500);
    // Counted from OWID's first day with a case instead, JHU's first interval is one day short of 67.
    const owidStart = (await worldSeries('owid')).find((p) => p.cases > 0);
    expect(owidStart?.date).toBe('2019-12-31');
    if (!owidStart || !m[0]) throw new Error('expected an OWID start and a JHU milestone');
    expect(daysBetween(owidStart.date, m[0].date)).toBe(66);
  });
});

import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cumulativeFromRows } from '../core/situation/series';
import { WORLD } from '../core/situation/types';
import { ImportFileError } from './import-error';
import { jhuDate, jhuMetricFromFileName, readJhuTimeSeries } from './jhu-time-series';
import { FIXTURE_DATA, FIXTURES } from './paths';

const CONFIRMED = path.join(FIXTURE_DATA, 'covid/time_series_covid19_confirmed_global.csv');
const DEATHS = path.join(FIXTURE_DATA, 'covid/time_series_covid19_deaths_global.csv');
const bad = (name: string): string => path.join(FIXTURES, 'jhu', name);

/** The rejection a promise ends in, for asserting its fields. */
async function rejection(p: Promise<unknown>): Promise<ImportFileError> {
  const err = await p.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(err instanceof ImportFileError))
    throw new Error(`expected an ImportFileError, got ${String(err)}`);
  return err;
}

describe('readJhuTimeSeries', () => {
  it('sums province rows per country and maps JHU names', async () => {
    const imp = await readJhuTimeSeries(CONFIRMED);
    expect(imp).toMatchObject({
      source: 'jhu',
      metrics: ['cases'],
      firstDate: '2020-01-22',
      lastDate: '2020-01-26',
      lines: 10,
    });
    const series = cumulativeFromRows(imp.rows);
    // Hubei + Beijing.
    expect(series.get('CHN' as never)?.map((p) => p.cases)).toEqual([458, 466, 585, 802, 1126]);
    expect(series.get('KOR' as never)?.at(-1)?.cases).toBe(3);
    expect(series.get('TWN' as never)?.at(-1)?.cases).toBe(4);
    expect(series.get('UNK' as never)?.at(-1)?.cases).toBe(0); // Kosovo, world-countries code
    // Ontario + the Grand Princess row JHU files under Canada.
    expect(series.get('CAN' as never)?.map((p) => p.cases)).toEqual([0, 0, 0, 1, 1]);
    expect(imp.unmapped).toEqual(['Diamond Princess']);
  });

  it('keeps a world total of every row, ships included', async () => {
    const imp = await readJhuTimeSeries(CONFIRMED);
    const world = imp.rows.filter((r) => r.iso3 === WORLD).map((r) => r.cases);
    expect(world).toEqual([460, 468, 590, 808, 1197]);
    const countries = imp.rows.filter((r) => r.iso3 !== WORLD && r.date === '2020-01-26');
    expect(countries.reduce((s, r) => s + (r.cases ?? 0), 0)).toBe(1197 - 61);
  });

  it('takes the metric from the file name or the option', async () => {
    expect(jhuMetricFromFileName(DEATHS)).toBe('deaths');
    expect(jhuMetricFromFileName('x/confirmed.csv')).toBe('cases');
    const deaths = await readJhuTimeSeries(DEATHS);
    expect(deaths.metrics).toEqual(['deaths']);
    expect(deaths.rows.find((r) => r.iso3 === 'CHN' && r.date === '2020-01-26')).toEqual({
      iso3: 'CHN',
      date: '2020-01-26',
      deaths: 53,
    });
    const forced = await readJhuTimeSeries(DEATHS, { metric: 'cases' });
    expect(forced.rows[0]).toHaveProperty('cases');
    const err = await rejection(readJhuTimeSeries(path.join(FIXTURES, 'owid/negative.csv')));
    expect(err.message).toMatch(/confirmed cases or deaths/);
  });

  it('parses M/D/YY date headers and refuses impossible dates', () => {
    expect(jhuDate('3/26/20')).toBe('2020-03-26');
    expect(jhuDate('12/1/20')).toBe('2020-12-01');
    expect(jhuDate('2/30/20')).toBeNull();
    expect(jhuDate('2020-03-26')).toBeNull();
  });

  it('reports progress in bytes up to the file size', async () => {
    const calls: [number, number][] = [];
    await readJhuTimeSeries(CONFIRMED, { onProgress: (r, t) => calls.push([r, t]) });
    const last = calls.at(-1);
    expect(last?.[0]).toBe(last?.[1]);
    expect(last?.[1]).toBeGreaterThan(100);
  });
});

describe('readJhuTimeSeries rejects malformed files, naming line and column', () => {
  it('a missing column', async () => {
    const err = await rejection(readJhuTimeSeries(bad('missing-column_confirmed.csv')));
    expect(err).toMatchObject({ line: 1, column: 'Country/Region' });
    expect(err.message).toBe(
      `${bad('missing-column_confirmed.csv')}, line 1, column "Country/Region": missing column "Country/Region"`,
    );
  });

  it('a non-numeric count', async () => {
    const err = await rejection(readJhuTimeSeries(bad('non-numeric_confirmed.csv')));
    expect(err).toMatchObject({ line: 3, column: '1/24/20', columnNumber: 7 });
    expect(err.message).toMatch(/line 3, column 7 "1\/24\/20": not a number: "n\/a"/);
  });

  it('a negative count', async () => {
    const err = await rejection(readJhuTimeSeries(bad('negative_confirmed.csv')));
    expect(err).toMatchObject({ line: 3, column: '1/23/20', columnNumber: 6 });
    expect(err.message).toMatch(/negative count: "-3"/);
  });

  it('an unknown date', async () => {
    const err = await rejection(readJhuTimeSeries(bad('bad-date_confirmed.csv')));
    expect(err).toMatchObject({ line: 1, column: '2/30/20', columnNumber: 7 });
  });

  it('a duplicate row', async () => {
    const err = await rejection(readJhuTimeSeries(bad('duplicate_confirmed.csv')));
    expect(err.line).toBe(4);
    expect(err.message).toMatch(/duplicate row for Hubei, China \(first on line 2\)/);
  });

  it('a short row', async () => {
    const err = await rejection(readJhuTimeSeries(bad('short-row_confirmed.csv')));
    expect(err.line).toBe(2);
    expect(err.message).toMatch(/expected 9 fields like the header, found 8/);
  });

  it('a file that does not exist', async () => {
    const err = await rejection(readJhuTimeSeries(bad('nope_confirmed.csv')));
    expect(err.line).toBe(0);
    expect(err.message).toMatch(/nope_confirmed\.csv: cannot read the file/);
  });
});

import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ImportFileError } from './import-error';
import { readOwid } from './owid';
import { FIXTURE_DATA, FIXTURES } from './paths';

const GOOD = path.join(FIXTURE_DATA, 'covid/owid-covid-data_2020-05-24.csv');
const bad = (name: string): string => path.join(FIXTURES, 'owid', name);

async function rejection(p: Promise<unknown>): Promise<ImportFileError> {
  const err = await p.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(err instanceof ImportFileError))
    throw new Error(`expected an ImportFileError, got ${String(err)}`);
  return err;
}

describe('readOwid', () => {
  it('reads total cases and deaths, world under WLD, Kosovo under UNK', async () => {
    const imp = await readOwid(GOOD);
    expect(imp).toMatchObject({
      source: 'owid',
      metrics: ['cases', 'deaths'],
      firstDate: '2020-02-20',
      lastDate: '2020-03-20',
      lines: 11,
    });
    expect(imp.rows.filter((r) => r.iso3 === 'ITA')).toEqual([
      { iso3: 'ITA', date: '2020-02-20', cases: 3, deaths: 0 },
      { iso3: 'ITA', date: '2020-02-21', cases: 20, deaths: 1 },
      { iso3: 'ITA', date: '2020-02-22', cases: 79, deaths: 2 },
    ]);
    expect(imp.rows.find((r) => r.iso3 === 'UNK')?.cases).toBe(2);
    expect(imp.rows.filter((r) => r.iso3 === 'WLD').map((r) => r.cases)).toEqual([75641, 76199]);
    // Sorted by country then date, the world total last.
    expect(imp.rows.map((r) => r.iso3)).toEqual([
      'ABW',
      'ABW',
      'ITA',
      'ITA',
      'ITA',
      'UNK',
      'WLD',
      'WLD',
    ]);
  });

  it('leaves out a metric whose cell is empty', async () => {
    const imp = await readOwid(GOOD);
    expect(imp.rows.find((r) => r.iso3 === 'ABW' && r.date === '2020-03-20')).toEqual({
      iso3: 'ABW',
      date: '2020-03-20',
      cases: 4,
    });
  });

  it('skips International and OWID aggregates other than the world, listing them', async () => {
    const imp = await readOwid(GOOD);
    expect(imp.unmapped).toEqual(['Europe (OWID_EUR)', 'International']);
  });
});

describe('readOwid rejects malformed files, naming line and column', () => {
  it('a missing column', async () => {
    const err = await rejection(readOwid(bad('missing-column.csv')));
    expect(err).toMatchObject({ line: 1, column: 'total_cases' });
  });

  it('an unparseable date', async () => {
    const err = await rejection(readOwid(bad('bad-date.csv')));
    expect(err).toMatchObject({ line: 3, column: 'date', columnNumber: 3 });
    expect(err.message).toMatch(/line 3, column 3 "date": not a YYYY-MM-DD date: "20\/02\/2020"/);
  });

  it('a non-numeric count', async () => {
    const err = await rejection(readOwid(bad('non-numeric.csv')));
    expect(err).toMatchObject({ line: 3, column: 'total_deaths', columnNumber: 6 });
    expect(err.message).toMatch(/not a number: "one"/);
  });

  it('a negative count', async () => {
    const err = await rejection(readOwid(bad('negative.csv')));
    expect(err).toMatchObject({ line: 2, column: 'total_cases', columnNumber: 4 });
  });

  it('a duplicate country-day', async () => {
    const err = await rejection(readOwid(bad('duplicate.csv')));
    expect(err.line).toBe(4);
    expect(err.message).toMatch(/duplicate row for ITA on 2020-02-20 \(first on line 2\)/);
  });
});

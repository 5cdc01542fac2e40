import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { csvRecords } from './csv-records';
import { iso3ForJhuName } from '../core/reference/jhu-names';
import { SHARED_DATA } from './paths';

const FILE = path.join(SHARED_DATA, 'covid/time_series_covid19_confirmed_global.csv');
const exists = existsSync(FILE);
if (!exists) console.log(`skipping real-data JHU name test: ${FILE} not found`);

/** JHU rows that are not countries; they must stay unmapped. */
const KNOWN_NON_COUNTRIES = [
  'Diamond Princess',
  'MS Zaandam',
  'Summer Olympics 2020',
  'Winter Olympics 2022',
];

describe.skipIf(!exists)('iso3ForJhuName on the staged JHU time series', () => {
  it('maps every Country/Region except the known non-countries, to distinct codes', async () => {
    const names = new Set<string>();
    for await (const rec of csvRecords(FILE)) if (rec.line > 1) names.add(rec.fields[1] ?? '');
    expect(names.size).toBe(201);
    const unmapped = [...names].filter((n) => iso3ForJhuName(n) === null).sort();
    expect(unmapped).toEqual(KNOWN_NON_COUNTRIES);
    const codes = [...names].flatMap((n) => iso3ForJhuName(n) ?? []);
    expect(new Set(codes).size).toBe(codes.length);
  });
});

import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readEsftSummary } from './esft-summary';
import { ImportFileError } from './import-error';
import { readJhuLookupPopulation } from './jhu-lookup';
import { FIXTURE_DATA, FIXTURES } from './paths';
import { readWorldBankBeds } from './world-bank-beds';
import { readWorldBankPopulation } from './world-bank-population';

const BEDS = path.join(FIXTURE_DATA, 'health/API_SH.MED.BEDS.ZS_DS2_en_csv_v2_1120885.csv');

describe('readWorldBankBeds', () => {
  it('reads past the BOM and preamble and keeps the latest non-empty year of countries', async () => {
    const imp = await readWorldBankBeds(BEDS);
    expect(imp.rows).toEqual([
      { iso3: 'ITA', bedsPer1000: 3.18, year: 2016 },
      { iso3: 'TCD', bedsPer1000: 0.4, year: 2015 },
      { iso3: 'UNK', bedsPer1000: 1.5, year: 2018 }, // Kosovo: XKX at the World Bank
    ]);
    expect(imp.skipped).toEqual(['WLD']);
    expect(imp.lines).toBe(10);
  });

  it('rejects a non-numeric value, naming line and year column', async () => {
    const file = path.join(FIXTURES, 'worldbank/beds-non-numeric.csv');
    const err = await readWorldBankBeds(file).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ImportFileError);
    expect(err).toMatchObject({ line: 6, column: '2016', columnNumber: 6 });
    expect((err as Error).message).toMatch(/line 6, column 6 "2016": not a number: "3,18"/);
  });
});

describe('scenario source readers', () => {
  it('reads World Bank population per country and year, skipping aggregates', async () => {
    const imp = await readWorldBankPopulation(
      path.join(FIXTURE_DATA, 'countries/population_worldbank_2018-2020.csv'),
    );
    expect(imp.rows).toEqual([
      { iso3: 'ITA', year: 2019, population: 60297396 },
      { iso3: 'UNK', year: 2019, population: 1788891 },
      { iso3: 'ITA', year: 2018, population: 60421760 },
    ]);
    expect(imp.skipped).toEqual(['WLD']);
  });

  it("reads JHU's national populations, not provinces or ships", async () => {
    const imp = await readJhuLookupPopulation(
      path.join(FIXTURE_DATA, 'covid/UID_ISO_FIPS_LookUp_Table.countries.csv'),
    );
    expect(imp.rows).toEqual([
      { iso3: 'ITA', population: 60461828 },
      { iso3: 'TWN', population: 23816775 },
      { iso3: 'CHN', population: 1404676330 },
      { iso3: 'UNK', population: 1810366 },
    ]);
  });

  it('reads ESFT doctors and nurses as rounded head counts', async () => {
    const imp = await readEsftSummary(path.join(FIXTURE_DATA, 'esft/who_summary_data.csv'));
    expect(imp.rows).toEqual([
      { iso3: 'ITA', doctors: 240331, nurses: 348633, bedsPer1000: 3.18 },
      { iso3: 'TCD', doctors: 657, nurses: 4928, bedsPer1000: null },
    ]);
  });
});

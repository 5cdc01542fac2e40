import type { Iso3 } from '../core/shared/brand';
import { countryIso3 } from './codes';
import { checkWidth, csvRecords, parseCount, requireColumns, type CsvRecord } from './csv-records';
import { ImportFileError } from './import-error';

/**
 * Reads the national rows (empty Province_State and Admin2) of JHU's UID_ISO_FIPS_LookUp_Table.csv:
 * each country's population as JHU used it (its 2020 figure, mostly UN WPP 2019). Rows without an
 * ISO3 code or population (ships) are skipped.
 */
export async function readJhuLookupPopulation(
  file: string,
): Promise<{ rows: { iso3: Iso3; population: number }[]; lines: number }> {
  let header: CsvRecord | undefined;
  let cols = {} as Record<'iso3' | 'Admin2' | 'Province_State' | 'Population', number>;
  let lines = 0;
  const rows = new Map<Iso3, number>();
  for await (const rec of csvRecords(file)) {
    lines = rec.line;
    if (!header) {
      header = rec;
      cols = requireColumns(file, rec, ['iso3', 'Admin2', 'Province_State', 'Population']);
      continue;
    }
    checkWidth(file, header, rec);
    if ((rec.fields[cols.Admin2] ?? '') !== '' || (rec.fields[cols.Province_State] ?? '') !== '') {
      continue;
    }
    const iso3 = countryIso3(rec.fields[cols.iso3] ?? '');
    const population = parseCount(file, rec, cols.Population, header, { allowEmpty: true });
    if (!iso3 || population === null) continue;
    if (rows.has(iso3)) {
      throw new ImportFileError(
        file,
        rec.line,
        `second national row for ${iso3}`,
        'iso3',
        cols.iso3 + 1,
      );
    }
    rows.set(iso3, population);
  }
  if (!header) throw new ImportFileError(file, 1, 'the file is empty');
  return { rows: [...rows].map(([iso3, population]) => ({ iso3, population })), lines };
}

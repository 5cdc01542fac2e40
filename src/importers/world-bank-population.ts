import type { Iso3 } from '../core/shared/brand';
import { countryIso3 } from './codes';
import { checkWidth, csvRecords, parseCount, requireColumns, type CsvRecord } from './csv-records';
import { ImportFileError } from './import-error';

/** A country's population in one year. */
export interface PopulationRow {
  iso3: Iso3;
  year: number;
  population: number;
}

/**
 * Reads the long World Bank population CSV (Country Name, Country Code, Year, Value; the
 * datasets/population packaging of SP.POP.TOTL). Aggregates are skipped and listed; a bad year or
 * value and a repeated country-year are ImportFileErrors naming line and column.
 */
export async function readWorldBankPopulation(
  file: string,
): Promise<{ rows: PopulationRow[]; skipped: string[]; lines: number }> {
  let header: CsvRecord | undefined;
  let cols = {} as Record<'Country Code' | 'Year' | 'Value', number>;
  let lines = 0;
  const rows: PopulationRow[] = [];
  const skipped = new Set<string>();
  const seen = new Map<string, number>();
  for await (const rec of csvRecords(file)) {
    lines = rec.line;
    if (!header) {
      header = rec;
      cols = requireColumns(file, rec, ['Country Code', 'Year', 'Value']);
      continue;
    }
    checkWidth(file, header, rec);
    const code = (rec.fields[cols['Country Code']] ?? '').trim();
    const yearText = (rec.fields[cols.Year] ?? '').trim();
    if (!/^\d{4}$/.test(yearText)) {
      throw new ImportFileError(file, rec.line, `not a year: "${yearText}"`, 'Year', cols.Year + 1);
    }
    const key = `${code} ${yearText}`;
    const earlier = seen.get(key);
    if (earlier !== undefined) {
      throw new ImportFileError(
        file,
        rec.line,
        `duplicate row for ${key} (first on line ${earlier})`,
      );
    }
    seen.set(key, rec.line);
    const iso3 = countryIso3(code);
    if (!iso3) {
      skipped.add(code);
      continue;
    }
    const population = parseCount(file, rec, cols.Value, header, { integer: true });
    if (population !== null) rows.push({ iso3, year: Number(yearText), population });
  }
  if (!header) throw new ImportFileError(file, 1, 'the file is empty');
  return { rows, skipped: [...skipped].sort(), lines };
}

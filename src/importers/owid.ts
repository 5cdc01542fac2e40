import type { Iso3, IsoDate } from '../core/shared/brand';
import { isIsoDate } from '../core/situation/dates';
import { WORLD, type PointRow } from '../core/situation/types';
import { countryIso3 } from './codes';
import { checkWidth, csvRecords, parseCount, requireColumns, type CsvRecord } from './csv-records';
import { ImportFileError } from './import-error';
import type { SeriesImport, SeriesImportOptions } from './types';

const COLUMNS = ['iso_code', 'location', 'date', 'total_cases', 'total_deaths'] as const;

/**
 * Reads Our World in Data's long COVID-19 CSV (owid-covid-data.csv) into rows of cumulative cases and
 * deaths (total_cases, total_deaths; an empty cell leaves that metric out of the row). OWID_WRL becomes
 * the world total (WORLD); other OWID_ aggregates, the blank-code "International" row and codes that
 * are not countries are skipped and listed in `unmapped`. Rejects a missing column, a bad date, a
 * non-numeric or negative count and a repeated country-day with an ImportFileError naming file, line
 * and column.
 */
export async function readOwid(
  file: string,
  opts: SeriesImportOptions = {},
): Promise<SeriesImport> {
  let header: CsvRecord | undefined;
  let cols = {} as Record<(typeof COLUMNS)[number], number>;
  let lines = 0;
  const rows: PointRow[] = [];
  const seen = new Map<string, number>();
  const unmapped = new Set<string>();
  let firstDate: IsoDate | undefined;
  let lastDate: IsoDate | undefined;

  for await (const rec of csvRecords(file, { onProgress: opts.onProgress })) {
    lines = rec.line;
    if (!header) {
      header = rec;
      cols = requireColumns(file, rec, COLUMNS);
      continue;
    }
    checkWidth(file, header, rec);
    const code = (rec.fields[cols.iso_code] ?? '').trim();
    const location = (rec.fields[cols.location] ?? '').trim();
    const date = (rec.fields[cols.date] ?? '').trim();
    if (!isIsoDate(date)) {
      throw new ImportFileError(
        file,
        rec.line,
        `not a YYYY-MM-DD date: "${date}"`,
        'date',
        cols.date + 1,
      );
    }
    const iso3: Iso3 | null = code === 'OWID_WRL' ? WORLD : countryIso3(code);
    if (!iso3) {
      unmapped.add(code ? `${location} (${code})` : location || '(blank)');
      continue;
    }
    const key = `${iso3} ${date}`;
    const earlier = seen.get(key);
    if (earlier !== undefined) {
      throw new ImportFileError(
        file,
        rec.line,
        `duplicate row for ${code} on ${date} (first on line ${earlier})`,
      );
    }
    seen.set(key, rec.line);
    const cases = parseCount(file, rec, cols.total_cases, header, { allowEmpty: true });
    const deaths = parseCount(file, rec, cols.total_deaths, header, { allowEmpty: true });
    if (cases === null && deaths === null) continue;
    const row: PointRow = { iso3, date };
    if (cases !== null) row.cases = cases;
    if (deaths !== null) row.deaths = deaths;
    rows.push(row);
    if (!firstDate || date < firstDate) firstDate = date;
    if (!lastDate || date > lastDate) lastDate = date;
  }
  if (!header) throw new ImportFileError(file, 1, 'the file is empty');
  if (!firstDate || !lastDate)
    throw new ImportFileError(file, lines, 'no country rows with counts');
  rows.sort((a, b) =>
    a.iso3 === b.iso3
      ? a.date < b.date
        ? -1
        : 1
      : a.iso3 === WORLD
        ? 1
        : b.iso3 === WORLD
          ? -1
          : a.iso3 < b.iso3
            ? -1
            : 1,
  );
  return {
    source: 'owid',
    metrics: ['cases', 'deaths'],
    rows,
    unmapped: [...unmapped].sort(),
    firstDate,
    lastDate,
    lines,
  };
}

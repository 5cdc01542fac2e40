import type { Iso3 } from '../core/shared/brand';
import { countryIso3 } from './codes';
import { checkWidth, csvRecords, parseCount, requireColumns, type CsvRecord } from './csv-records';
import { ImportFileError } from './import-error';
import type { OnProgress } from './csv-records';

/** One country's latest hospital-bed figure. */
export interface BedsRow {
  iso3: Iso3;
  bedsPer1000: number;
  year: number;
}

/** What readWorldBankBeds returns. */
export interface BedsImport {
  rows: BedsRow[];
  /** Codes of rows that are not countries (World Bank aggregates such as WLD, EUU), sorted. */
  skipped: string[];
  lines: number;
}

/** Lines before the header in a World Bank indicator download ("Data Source", "Last Updated Date"). */
const PREAMBLE_LINES = 4;

/**
 * Reads a World Bank indicator CSV (API_SH.MED.BEDS.ZS_…csv: UTF-8 BOM, 4 preamble lines, one column
 * per year) and keeps each country's latest non-empty year. Aggregates are skipped; countries with no
 * value in any year are left out. A non-numeric or negative value is an ImportFileError naming line
 * and year column.
 */
export async function readWorldBankBeds(
  file: string,
  opts: { onProgress?: OnProgress } = {},
): Promise<BedsImport> {
  let header: CsvRecord | undefined;
  let code = 0;
  let years: { index: number; year: number }[] = [];
  let lines = 0;
  const rows: BedsRow[] = [];
  const skipped = new Set<string>();
  const seen = new Map<string, number>();

  for await (const rec of csvRecords(file, {
    fromLine: PREAMBLE_LINES + 1,
    onProgress: opts.onProgress,
  })) {
    lines = rec.line;
    if (!header) {
      header = rec;
      code = requireColumns(file, rec, ['Country Name', 'Country Code'])['Country Code'];
      years = rec.fields.flatMap((f, index) =>
        /^\d{4}$/.test(f.trim()) ? [{ index, year: Number(f) }] : [],
      );
      if (!years.length)
        throw new ImportFileError(file, rec.line, 'no year columns (expected "1960" … "2019")');
      continue;
    }
    checkWidth(file, header, rec);
    const raw = (rec.fields[code] ?? '').trim();
    const earlier = seen.get(raw);
    if (earlier !== undefined) {
      throw new ImportFileError(
        file,
        rec.line,
        `duplicate row for ${raw} (first on line ${earlier})`,
        'Country Code',
      );
    }
    seen.set(raw, rec.line);
    const iso3 = countryIso3(raw);
    if (!iso3) {
      skipped.add(raw);
      continue;
    }
    let latest: BedsRow | undefined;
    for (const { index, year } of years) {
      const v = parseCount(file, rec, index, header, { allowEmpty: true });
      if (v !== null && (!latest || year > latest.year)) latest = { iso3, bedsPer1000: v, year };
    }
    if (latest) rows.push(latest);
  }
  if (!header)
    throw new ImportFileError(file, PREAMBLE_LINES + 1, 'no header after the 4 preamble lines');
  rows.sort((a, b) => (a.iso3 < b.iso3 ? -1 : 1));
  return { rows, skipped: [...skipped].sort(), lines };
}

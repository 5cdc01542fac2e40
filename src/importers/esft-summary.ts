import type { Iso3 } from '../core/shared/brand';
import { countryIso3 } from './codes';
import { checkWidth, csvRecords, parseCount, requireColumns, type CsvRecord } from './csv-records';
import { ImportFileError } from './import-error';

/** One country's health workforce and beds from the WHO ESFT summary sheet (null where blank). */
export interface EsftCountryRow {
  iso3: Iso3;
  doctors: number | null;
  nurses: number | null;
  bedsPer1000: number | null;
}

const COLUMNS = ['country_code', 'doctors', 'nurses', 'beds_per_1000'] as const;

/**
 * Reads esft/who_summary_data.csv (WHO ESFT via mrc-ide/esft): doctors and nurses as head counts
 * (rounded; the sheet carries modelled fractions) and beds per 1,000. Codes that are not countries
 * are skipped.
 */
export async function readEsftSummary(
  file: string,
): Promise<{ rows: EsftCountryRow[]; lines: number }> {
  let header: CsvRecord | undefined;
  let cols = {} as Record<(typeof COLUMNS)[number], number>;
  let lines = 0;
  const rows = new Map<Iso3, EsftCountryRow>();
  for await (const rec of csvRecords(file)) {
    lines = rec.line;
    if (!header) {
      header = rec;
      cols = requireColumns(file, rec, COLUMNS);
      continue;
    }
    const head = header;
    checkWidth(file, head, rec);
    const iso3 = countryIso3(rec.fields[cols.country_code] ?? '');
    if (!iso3) continue;
    if (rows.has(iso3)) {
      throw new ImportFileError(file, rec.line, `duplicate row for ${iso3}`, 'country_code');
    }
    const num = (i: number): number | null => parseCount(file, rec, i, head, { allowEmpty: true });
    const round = (v: number | null): number | null => (v === null ? null : Math.round(v));
    rows.set(iso3, {
      iso3,
      doctors: round(num(cols.doctors)),
      nurses: round(num(cols.nurses)),
      bedsPer1000: num(cols.beds_per_1000),
    });
  }
  if (!header) throw new ImportFileError(file, 1, 'the file is empty');
  return { rows: [...rows.values()], lines };
}

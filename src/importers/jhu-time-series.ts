import path from 'node:path';
import { iso3ForJhuName } from '../core/reference/jhu-names';
import type { Iso3, IsoDate } from '../core/shared/brand';
import { isIsoDate } from '../core/situation/dates';
import { WORLD, type PointRow } from '../core/situation/types';
import { checkWidth, csvRecords, parseCount, requireColumns, type CsvRecord } from './csv-records';
import { ImportFileError } from './import-error';
import type { SeriesImport, SeriesImportOptions } from './types';

/** Options of readJhuTimeSeries. */
export interface JhuImportOptions extends SeriesImportOptions {
  /** Which count the file holds; by default from the file name ("confirmed" or "deaths"). */
  metric?: 'cases' | 'deaths';
}

const FIXED = ['Province/State', 'Country/Region', 'Lat', 'Long'] as const;

/** The metric a JHU file holds, from its name (time_series_covid19_confirmed_global.csv → cases). */
export function jhuMetricFromFileName(file: string): 'cases' | 'deaths' | null {
  const name = path.basename(file).toLowerCase();
  if (name.includes('confirmed')) return 'cases';
  if (name.includes('deaths')) return 'deaths';
  return null;
}

/** A JHU date header ("3/26/20") as an ISO date, or null when it is not a real M/D/YY date. */
export function jhuDate(header: string): IsoDate | null {
  const m = /^(\d{1,2})\/(\d{1,2})\/(\d{2})$/.exec(header.trim());
  if (!m) return null;
  const iso = `20${m[3]}-${m[1]?.padStart(2, '0')}-${m[2]?.padStart(2, '0')}`;
  return isIsoDate(iso) ? iso : null;
}

function dateColumns(file: string, header: CsvRecord, from: number): IsoDate[] {
  const dates: IsoDate[] = [];
  for (let i = from; i < header.fields.length; i++) {
    const text = header.fields[i] ?? '';
    const d = jhuDate(text);
    if (!d) throw new ImportFileError(file, header.line, `not a M/D/YY date`, text, i + 1);
    if (dates.length && d <= (dates.at(-1) ?? d)) {
      throw new ImportFileError(file, header.line, `date out of order or repeated`, text, i + 1);
    }
    dates.push(d);
  }
  const first = dates[0];
  const last = dates.at(-1);
  if (!first || !last) throw new ImportFileError(file, header.line, 'no date columns');
  return dates;
}

/**
 * Reads a JHU CSSE wide time series (confirmed or deaths, global) into rows: province rows summed per
 * country, plus a world total (WORLD) of every row, ships and Olympics included. Rejects a missing
 * column, a bad date header, a non-numeric or negative count and a repeated Province/Country row with
 * an ImportFileError naming file, line and column.
 */
export async function readJhuTimeSeries(
  file: string,
  opts: JhuImportOptions = {},
): Promise<SeriesImport> {
  const metric = opts.metric ?? jhuMetricFromFileName(file);
  if (!metric) {
    throw new ImportFileError(
      file,
      0,
      'cannot tell from the file name whether it holds confirmed cases or deaths; give the metric',
    );
  }
  let header: CsvRecord | undefined;
  let cols = {} as Record<(typeof FIXED)[number], number>;
  let dates: IsoDate[] = [];
  let lines = 0;
  const seen = new Map<string, number>();
  const totals = new Map<Iso3, number[]>();
  const unmapped = new Set<string>();
  let world: number[] = [];

  for await (const rec of csvRecords(file, { onProgress: opts.onProgress })) {
    lines = rec.line;
    if (!header) {
      header = rec;
      cols = requireColumns(file, rec, FIXED);
      dates = dateColumns(file, rec, Math.max(...Object.values<number>(cols)) + 1);
      world = dates.map(() => 0);
      continue;
    }
    checkWidth(file, header, rec);
    const province = (rec.fields[cols['Province/State']] ?? '').trim();
    const country = (rec.fields[cols['Country/Region']] ?? '').trim();
    if (!country) {
      throw new ImportFileError(file, rec.line, 'empty Country/Region', 'Country/Region');
    }
    const key = `${province}\u0000${country}`;
    const earlier = seen.get(key);
    if (earlier !== undefined) {
      const what = province ? `${province}, ${country}` : country;
      throw new ImportFileError(
        file,
        rec.line,
        `duplicate row for ${what} (first on line ${earlier})`,
      );
    }
    seen.set(key, rec.line);

    const iso3 = iso3ForJhuName(country);
    if (!iso3) unmapped.add(country);
    const sums = iso3 ? (totals.get(iso3) ?? dates.map(() => 0)) : undefined;
    if (iso3 && sums) totals.set(iso3, sums);
    const offset = header.fields.length - dates.length;
    for (let d = 0; d < dates.length; d++) {
      const v = parseCount(file, rec, offset + d, header, { integer: true }) ?? 0;
      world[d] = (world[d] ?? 0) + v;
      if (sums) sums[d] = (sums[d] ?? 0) + v;
    }
  }
  if (!header) throw new ImportFileError(file, 1, 'the file is empty');

  const rows: PointRow[] = [];
  const push = (iso3: Iso3, values: number[]): void => {
    dates.forEach((date, d) => rows.push({ iso3, date, [metric]: values[d] ?? 0 }));
  };
  for (const iso3 of [...totals.keys()].sort()) push(iso3, totals.get(iso3) ?? []);
  push(WORLD, world);
  return {
    source: 'jhu',
    metrics: [metric],
    rows,
    unmapped: [...unmapped].sort(),
    firstDate: dates[0] as IsoDate,
    lastDate: dates.at(-1) as IsoDate,
    lines,
  };
}

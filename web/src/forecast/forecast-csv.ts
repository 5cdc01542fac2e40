// The forecast table as a CSV file: one row per item and week, then one total row per item.
import type { Scenario } from '../../../src/core/forecast';
import type { NeedRow } from './need-rows';
import { weekDates } from './need-rows';

/** Quotes one CSV field when it holds a comma, quote or line break (RFC 4180). */
export function csvField(value: string | number | boolean): string {
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A CSV document from rows of fields, lines ending in CRLF as RFC 4180 asks. */
export function toCsv(rows: readonly (readonly (string | number | boolean)[])[]): string {
  return rows.map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}

/** What the CSV says about where its figures come from. */
export interface CsvBasis {
  iso3: string;
  asOf: string;
  source: string;
  scenario: Scenario;
  weeks: number;
  /** Growth rate per day the run used, or null for a supplied case series. */
  rate: number | null;
  /** True when the figures come from the user's what-if, not the published forecast. */
  whatIf: boolean;
}

/** The column names of the forecast CSV. */
export const CSV_COLUMNS = [
  'figure',
  'country',
  'as_of',
  'source',
  'scenario',
  'week',
  'week_start',
  'week_end',
  'item_id',
  'item_en',
  'item_zh',
  'group',
  'unit',
  'reusable',
  'gross',
  'gross_low',
  'gross_high',
  'stock_on_hand',
  'net',
  'net_low',
  'net_high',
  'basis',
] as const;

/** The basis of the figures in one sentence (method, growth rate, date and source). */
export function basisText(basis: CsvBasis): string {
  const growth =
    basis.rate === null
      ? 'cases as supplied'
      : `cases growing ${(basis.rate * 100).toFixed(2)} % a day${basis.whatIf ? ' (what-if)' : ' (fitted)'}`;
  return `ESFT method with stock; ${growth}; data to ${basis.asOf} (${basis.source})`;
}

/** The forecast CSV: per item and week gross and net need with their band, then each item's total. */
export function forecastCsv(rows: readonly NeedRow[], basis: CsvBasis): string {
  const figure = basis.whatIf ? 'what-if forecast' : 'forecast';
  const about = basisText(basis);
  const first = weekDates(basis.asOf, 1).start;
  const last = weekDates(basis.asOf, basis.weeks).end;
  const line = (
    row: NeedRow,
    week: number | string,
    start: string,
    end: string,
    f: Pick<NeedRow, 'gross' | 'net'>,
  ) => [
    figure,
    basis.iso3,
    basis.asOf,
    basis.source,
    basis.scenario,
    week,
    start,
    end,
    row.id,
    row.nameEn,
    row.nameZh,
    row.group,
    row.unit,
    row.reusable,
    f.gross.value,
    f.gross.low,
    f.gross.high,
    row.stock,
    f.net.value,
    f.net.low,
    f.net.high,
    about,
  ];
  const weekly = rows.flatMap((row) =>
    row.weeks.map((w) => {
      const { start, end } = weekDates(basis.asOf, w.week);
      return line(row, w.week, start, end, w);
    }),
  );
  const totals = rows.map((row) => line(row, row.reusable ? 'peak' : 'total', first, last, row));
  return toCsv([[...CSV_COLUMNS], ...weekly, ...totals]);
}

/** A file name for the download: country, date, scenario, horizon, and whether it is a what-if. */
export function csvFileName(basis: CsvBasis): string {
  const kind = basis.whatIf ? '-what-if' : '';
  return `tongzhou-forecast-${basis.iso3}-${basis.asOf}-${basis.scenario}-${basis.weeks}w${kind}.csv`;
}

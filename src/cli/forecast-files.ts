// Reads the files `tongzhou forecast` takes (--params, --cases, --stock, --pipeline), CSV or JSON,
// with errors that name the file, the line and the column or field.
import fs from 'node:fs';
import { parse } from 'csv-parse/sync';
import { BadRequestError } from '../services/errors';
import type { CaseSeriesInput, ForecastRequest } from '../services/forecast.service';

/** The formats of the forecast files, for --help. */
export const FORECAST_FILES_HELP = `
Files (CSV with a header line, or JSON; a file starting with { or [ is read as JSON):
  --params FILE    JSON: overrides of any model parameter, e.g. {"severity":{"mild":0.5,"moderate":0.3,
                   "severe":0.15,"critical":0.05},"rates":{"gown":{"inpatientHcw":2}}}
  --cases FILE     weekly new cases instead of the growth fit. CSV columns: week,cases[,low,high]
                   where weeks 1..N are the forecast weeks (N >= --weeks) and weeks 0, -1, ... the weeks
                   just before (patients still in care; default: the observed weeks). Example:
                     week,cases,low,high
                     0,4000,,
                     1,5000,4000,6500
                     2,6000,4500,8000
                   JSON: [5000, 6000] or {"weeklyNewCases":[5000,6000],"weeklyLow":[...],
                   "weeklyHigh":[...],"previousWeeks":[...],"casesToDate":80000}
  --stock FILE     stock on hand. CSV: item,quantity (e.g. gown,10000). JSON: {"gown":10000}
  --pipeline FILE  deliveries on their way. CSV: item,quantity,arrivalWeek (1 = the first week).
                   JSON: [{"item":"gown","quantity":5000,"arrivalWeek":2}]`;

/** What a forecast file gives the request. */
export type FileKind = 'params' | 'cases' | 'stock' | 'pipeline';

type Row = { line: number; cells: Record<string, string> };

function fail(file: string, message: string, field?: string): never {
  throw new BadRequestError(`${file}: ${message}`, field);
}

function readText(file: string): string {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return fail(file, `cannot read the file${code ? ` (${code})` : ''}`);
  }
}

const isJson = (text: string): boolean => /^\s*[[{]/.test(text.replace(/^\uFEFF/, ''));

function readJson(file: string, text: string): unknown {
  try {
    return JSON.parse(text.replace(/^\uFEFF/, '')) as unknown;
  } catch (error) {
    return fail(file, `not valid JSON: ${(error as Error).message}`);
  }
}

function readCsv(file: string, text: string, required: string[], optional: string[] = []): Row[] {
  let records: { record: Record<string, string>; info: { lines: number } }[];
  try {
    records = parse(text, {
      columns: true,
      bom: true,
      trim: true,
      skip_empty_lines: true,
      info: true,
    });
  } catch (error) {
    return fail(file, `not valid CSV: ${(error as Error).message}`);
  }
  const header = Object.keys(records[0]?.record ?? {});
  for (const name of required) {
    if (!header.includes(name)) fail(file, `line 1: missing column "${name}"`, name);
  }
  for (const name of header) {
    if (![...required, ...optional].includes(name)) {
      fail(
        file,
        `line 1: unknown column "${name}" (known: ${[...required, ...optional].join(', ')})`,
        name,
      );
    }
  }
  return records.map((r) => ({ line: r.info.lines, cells: r.record }));
}

/** A count in a CSV cell: a finite number, not negative; the error names file, line and column. */
function countCell(file: string, row: Row, column: string, whole = false): number {
  const text = row.cells[column] ?? '';
  const value = Number(text);
  if (text === '' || !Number.isFinite(value) || value < 0 || (whole && !Number.isInteger(value))) {
    fail(
      file,
      `line ${row.line}, column "${column}": expected a ${whole ? 'whole number' : 'number'} of at least 0, got "${text}"`,
      column,
    );
  }
  return value;
}

/** Reads `file` as the request part `kind`. */
export function readForecastFile(kind: FileKind, file: string): Partial<ForecastRequest> {
  const text = readText(file);
  const json = isJson(text) ? readJson(file, text) : undefined;
  switch (kind) {
    case 'params':
      if (json === undefined) fail(file, 'parameters must be a JSON object');
      return { params: json };
    case 'stock':
      if (json === undefined) return { stock: stockCsv(file, text) };
      if (!isObject(json)) fail(file, 'stock must be a JSON object of item: quantity');
      return { stock: json as Record<string, number> };
    case 'pipeline':
      if (json === undefined) return { pipeline: pipelineCsv(file, text) };
      if (!Array.isArray(json) || !json.every(isObject)) {
        fail(file, 'the pipeline must be a JSON list of {"item", "quantity", "arrivalWeek"}');
      }
      return { pipeline: json as ForecastRequest['pipeline'] };
    case 'cases':
      return { cases: json === undefined ? casesCsv(file, text) : casesJson(file, json) };
  }
}

function stockCsv(file: string, text: string): Record<string, number> {
  const stock: Record<string, number> = {};
  for (const row of readCsv(file, text, ['item', 'quantity'])) {
    const item = row.cells['item'] ?? '';
    if (Object.hasOwn(stock, item))
      fail(file, `line ${row.line}: item "${item}" appears twice`, item);
    stock[item] = countCell(file, row, 'quantity');
  }
  return stock;
}

function pipelineCsv(file: string, text: string): NonNullable<ForecastRequest['pipeline']> {
  return readCsv(file, text, ['item', 'quantity', 'arrivalWeek']).map((row) => ({
    item: row.cells['item'] ?? '',
    quantity: countCell(file, row, 'quantity'),
    arrivalWeek: countCell(file, row, 'arrivalWeek', true),
  }));
}

function casesCsv(file: string, text: string): CaseSeriesInput {
  const rows = readCsv(file, text, ['week', 'cases'], ['low', 'high']);
  const byWeek = new Map<number, Row>();
  for (const row of rows) {
    const cell = row.cells['week'] ?? '';
    if (!/^-?\d+$/.test(cell))
      fail(file, `line ${row.line}, column "week": expected a whole number, got "${cell}"`, 'week');
    const week = Number(cell);
    if (byWeek.has(week)) fail(file, `line ${row.line}: week ${week} appears twice`, 'week');
    byWeek.set(week, row);
  }
  const weeks = [...byWeek.keys()].sort((a, b) => a - b);
  const first = weeks[0] ?? 1;
  weeks.forEach((w, i) => {
    if (w !== first + i)
      fail(file, `week ${first + i} is missing (weeks must follow each other)`, 'week');
  });
  const future = weeks.filter((w) => w >= 1).map((w) => byWeek.get(w) as Row);
  if (future.length === 0)
    fail(file, 'no forecast weeks: give weeks 1, 2, ... in column "week"', 'week');
  const range = (column: 'low' | 'high'): number[] | undefined => {
    if (!future.some((r) => (r.cells[column] ?? '') !== '')) return undefined;
    return future.map((r) => countCell(file, r, column));
  };
  const previous = weeks
    .filter((w) => w <= 0)
    .map((w) => countCell(file, byWeek.get(w) as Row, 'cases'));
  return {
    weeklyNewCases: future.map((r) => countCell(file, r, 'cases')),
    weeklyLow: range('low'),
    weeklyHigh: range('high'),
    previousWeeks: previous.length > 0 ? previous : undefined,
  };
}

const isObject = (x: unknown): x is Record<string, unknown> =>
  typeof x === 'object' && x !== null && !Array.isArray(x);

const CASE_FIELDS = ['weeklyNewCases', 'weeklyLow', 'weeklyHigh', 'previousWeeks', 'casesToDate'];

function casesJson(file: string, json: unknown): CaseSeriesInput {
  if (Array.isArray(json)) return { weeklyNewCases: json as number[] };
  if (!isObject(json)) return fail(file, 'cases must be a JSON list or object');
  const object = json;
  for (const key of Object.keys(object)) {
    if (!CASE_FIELDS.includes(key)) {
      fail(file, `unknown field "${key}" (known: ${CASE_FIELDS.join(', ')})`, `cases.${key}`);
    }
  }
  if (!Object.hasOwn(object, 'weeklyNewCases'))
    fail(file, 'missing field "weeklyNewCases"', 'cases.weeklyNewCases');
  return object as unknown as CaseSeriesInput;
}

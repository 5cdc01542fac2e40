// `tongzhou forecast --country ISO3 [--weeks N] [--scenario S] [--params F] [--cases F] [--stock F]
// [--pipeline F] [--beds N] [--health-workers N] [--lab-staff N] [--json|--csv]`
import { type Command, InvalidArgumentError, Option } from 'commander';
import type { Band, Scenario } from '../core/forecast';
import { MAX_WEEKS } from '../core/forecast';
import { itemById } from '../core/reference/catalogue';
import type { IsoDate } from '../core/shared/brand';
import { isIsoDate } from '../core/situation/dates';
import type { SeriesSource } from '../core/situation/types';
import type { Database } from '../db/database';
import { BadRequestError } from '../services/errors';
import {
  forecastForCountry,
  ForecastRequestError,
  type CountryForecast,
  type ForecastRequest,
} from '../services/forecast.service';
import { FORECAST_FILES_HELP, readForecastFile, type FileKind } from './forecast-files';
import { formatCount, formatNumber, formatTable, type Column } from './table';

/** Options of the forecast command, as commander parses them. */
export interface ForecastOptions {
  country: string;
  weeks: number;
  scenario: Scenario;
  date?: IsoDate;
  source?: SeriesSource;
  params?: string;
  cases?: string;
  stock?: string;
  pipeline?: string;
  beds?: number;
  healthWorkers?: number;
  labStaff?: number;
  json?: boolean;
  csv?: boolean;
}

/** Runs a function with the open database (the program's withDatabase). */
export type RunWithDatabase = <T>(fn: (database: Database) => Promise<T>) => Promise<T>;

function parseWeeks(value: string): number {
  const n = Number(value);
  if (!/^\d+$/.test(value) || n < 1 || n > MAX_WEEKS) {
    throw new InvalidArgumentError(`must be a whole number from 1 to ${MAX_WEEKS}.`);
  }
  return n;
}

function parseCount(value: string): number {
  const n = Number(value);
  if (value.trim() === '' || !Number.isFinite(n) || n < 0) {
    throw new InvalidArgumentError('must be a number of at least 0.');
  }
  return n;
}

function parseDate(value: string): IsoDate {
  if (!isIsoDate(value)) throw new InvalidArgumentError('must be a YYYY-MM-DD calendar date.');
  return value;
}

/** Adds `tongzhou forecast` to the program. */
export function addForecastCommand(
  program: Command,
  run: RunWithDatabase,
  print: (text: string) => void,
): void {
  program
    .command('forecast')
    .description(
      "a country's needs per week and item (ESFT method): gross, and net of stock and deliveries, with a low-high band",
    )
    .requiredOption('--country <iso3>', 'the country, e.g. ITA')
    .option('--weeks <n>', `horizon in weeks, 1 to ${MAX_WEEKS}`, parseWeeks, 4)
    .addOption(
      new Option('--scenario <scenario>', 'which run gives the headline figures')
        .choices(['low', 'central', 'high'])
        .default('central'),
    )
    .option(
      '--date <date>',
      "YYYY-MM-DD: case data up to this day (default: the scenario's)",
      parseDate,
    )
    .addOption(
      new Option('--source <source>', "case-series source (default: the scenario's)").choices([
        'jhu',
        'owid',
      ]),
    )
    .option('--params <file>', 'JSON file of parameter overrides')
    .option('--cases <file>', 'CSV or JSON file of weekly new cases (see below)')
    .option('--stock <file>', 'CSV or JSON file of stock on hand per item')
    .option('--pipeline <file>', 'CSV or JSON file of deliveries on their way')
    .option('--beds <n>', "hospital beds, instead of the data's", parseCount)
    .option('--health-workers <n>', "doctors plus nurses, instead of the data's", parseCount)
    .option('--lab-staff <n>', 'laboratory staff (caps PCR tests; unknown by default)', parseCount)
    .addOption(new Option('--json', 'machine-readable output: the whole forecast').conflicts('csv'))
    .addOption(
      new Option('--csv', 'one row per week and item: gross and net with low and high').conflicts(
        'json',
      ),
    )
    .addHelpText('after', FORECAST_FILES_HELP)
    .action(async (opts: ForecastOptions) => {
      const request = forecastRequest(opts); // bad files fail before the database opens
      print(await run((database) => runForecast(database, opts, request)));
    });
}

const FILE_OPTIONS: readonly FileKind[] = ['params', 'cases', 'stock', 'pipeline'];

/** The request the options and their files make; throws BadRequestError naming a bad file. */
export function forecastRequest(opts: ForecastOptions): ForecastRequest {
  const request: ForecastRequest = {
    weeks: opts.weeks,
    scenario: opts.scenario,
    date: opts.date,
    source: opts.source,
  };
  for (const kind of FILE_OPTIONS) {
    const file = opts[kind];
    if (file !== undefined) Object.assign(request, readForecastFile(kind, file));
  }
  const capacity = { beds: opts.beds, healthWorkers: opts.healthWorkers, labStaff: opts.labStaff };
  if (Object.values(capacity).some((v) => v !== undefined)) request.capacity = capacity;
  return request;
}

/** The text (table, JSON or CSV) the forecast command prints. */
export async function runForecast(
  database: Database,
  opts: ForecastOptions,
  request: ForecastRequest = forecastRequest(opts),
): Promise<string> {
  let forecast: CountryForecast;
  try {
    forecast = await forecastForCountry(database, opts.country.toUpperCase(), request);
  } catch (error) {
    throw inCliTerms(error, opts);
  }
  if (opts.json) return JSON.stringify(forecast, null, 2);
  if (opts.csv) return forecastCsv(forecast);
  return forecastText(forecast);
}

/** Names the file an invalid field came from, and the option that gives a missing capacity figure. */
function inCliTerms(error: unknown, opts: ForecastOptions): unknown {
  if (error instanceof ForecastRequestError) {
    const byFile = new Map<string, string[]>();
    for (const { field, message } of error.issues) {
      const kind = FILE_OPTIONS.find((k) => field.startsWith(k));
      const file = (kind && opts[kind]) ?? '';
      byFile.set(file, [...(byFile.get(file) ?? []), message]);
    }
    const message = [...byFile]
      .map(([file, messages]) => `${file ? `${file}: ` : ''}${messages.join('; ')}`)
      .join('; ');
    return new BadRequestError(message, error.field);
  }
  if (error instanceof BadRequestError) {
    const flags: Record<string, string> = {
      'capacity.beds': '--beds N',
      'capacity.healthWorkers': '--health-workers N',
      'cases.weeklyNewCases': '--cases FILE',
    };
    const message = Object.entries(flags).reduce(
      (m, [field, flag]) =>
        m.replace(`give ${field}`, `give ${flag}`).replace(`(${field})`, `(${flag})`),
      error.message,
    );
    return new BadRequestError(message, error.field);
  }
  return error;
}

const itemName = (id: string): string => itemById(id)?.nameEn ?? id;
const itemUnit = (id: string): string => itemById(id)?.unit ?? '';

/** One row per week and item: gross and net with their bands. */
export function forecastCsv(f: CountryForecast): string {
  const header = 'week,item,unit,reusable,gross,gross_low,gross_high,net,net_low,net_high';
  const rows = f.items.flatMap((it) =>
    it.weeks.map((w) =>
      [
        w.week,
        it.item,
        itemUnit(it.item),
        it.reusable,
        w.gross.value,
        w.gross.low,
        w.gross.high,
        w.net.value,
        w.net.low,
        w.net.high,
      ].join(','),
    ),
  );
  return [header, ...rows].join('\n');
}

const range = (b: Band): string => `${formatCount(b.low)}-${formatCount(b.high)}`;
const percent = (x: number): string => `${formatNumber(x * 100)} %`;

/** The human report: heading, items x weeks (net, with gross), weekly clinical picture, assumptions. */
export function forecastText(f: CountryForecast): string {
  const weeks = Array.from({ length: f.weeks }, (_, i) => i + 1);
  type Line = { name: string; kind: 'net' | 'gross'; cells: Band[]; total: Band };
  const lines: Line[] = f.items.flatMap((it) => [
    {
      name: `${itemName(it.item)} (${itemUnit(it.item)}${it.reusable ? ', reusable' : ''})`,
      kind: 'net',
      cells: it.weeks.map((w) => w.net),
      total: it.total.net,
    },
    { name: '', kind: 'gross', cells: it.weeks.map((w) => w.gross), total: it.total.gross },
  ]);
  const columns: Column<Line>[] = [
    { header: 'Item', value: (l) => l.name },
    { header: 'Need', value: (l) => l.kind },
    ...weeks.map((w): Column<Line> => ({
      header: `Week ${w}`,
      value: (l) => formatCount(l.cells[w - 1]?.value ?? 0),
      align: 'right',
    })),
    { header: 'Total', value: (l) => formatCount(l.total.value), align: 'right' },
    { header: 'Total low-high', value: (l) => range(l.total), align: 'right' },
  ];
  const clinical = formatTable(f.weekly, [
    { header: 'Week', value: (w) => String(w.week), align: 'right' },
    { header: 'New cases', value: (w) => formatCount(w.newCases.value), align: 'right' },
    { header: 'low-high', value: (w) => range(w.newCases), align: 'right' },
    { header: 'Beds needed', value: (w) => formatCount(w.beds.needed.value), align: 'right' },
    { header: 'available', value: (w) => formatCount(w.beds.available), align: 'right' },
    {
      header: 'Workers needed',
      value: (w) => formatCount(w.healthWorkers.needed.value),
      align: 'right',
    },
    { header: 'available', value: (w) => formatCount(w.healthWorkers.available), align: 'right' },
    { header: 'Tests', value: (w) => formatCount(w.tests.needed.value), align: 'right' },
  ]);
  return [
    `Needs forecast for ${f.country.nameEn} (${f.country.iso3}), ${f.weeks} week${f.weeks === 1 ? '' : 's'} after ${f.asOf}, ${f.scenario} scenario, cases from ${f.caseModel === 'growth' ? `the ${f.source} growth fit` : 'your series'}`,
    'Net need = what stock on hand and deliveries do not cover; gross = the whole need. Reusable items: units in service.',
    '',
    formatTable(lines, columns),
    '',
    clinical,
    '',
    'Assumptions',
    ...keyAssumptions(f).map((line) => `  - ${line}`),
    `  (all ${f.assumptions.length} assumptions with their sources: --json)`,
  ].join('\n');
}

/** The assumptions a reader needs first, in plain words. */
function keyAssumptions(f: CountryForecast): string[] {
  const value = (key: string): number | string | undefined =>
    f.assumptions.find((a) => a.key === key)?.value;
  const num = (key: string): number => Number(value(key) ?? NaN);
  const { capacity: c } = f;
  const out: string[] = [];
  if (f.caseModel === 'growth') {
    out.push(
      `New cases grow ${percent(num('cases.rate'))} a day (low ${percent(num('cases.rateLow'))}, high ${percent(num('cases.rateHigh'))}), from ${formatNumber(num('cases.dailyCasesNow'))} a day now (${f.source}, 7-day mean to ${f.asOf}).`,
    );
  } else {
    out.push('New cases per week as you supplied them; low and high from your range, if any.');
  }
  out.push(
    `Population ${formatCount(c.population.value)} (${c.population.source}); cases to date ${formatCount(num('cases.casesToDate'))}.`,
    `Hospital beds ${formatCount(c.beds.value)}: ${c.beds.source}; ${percent(num('beds.nonCovidShare'))} kept for other patients.`,
    `Health workers ${formatCount(c.healthWorkers.value)}: ${c.healthWorkers.source}; ${percent(num('healthWorkers.nonCovidShare'))} kept for other care.`,
    c.labStaff.value === null
      ? 'Laboratory staff unknown: PCR tests are not capped by laboratory capacity.'
      : `Laboratory staff ${formatCount(c.labStaff.value)} (${c.labStaff.source}).`,
    `Cases are ${['mild', 'moderate', 'severe', 'critical'].map((s) => `${percent(num(`severity.${s}`))} ${s}`).join(', ')}; severe and critical cases are in hospital.`,
  );
  const changed = f.assumptions.filter((a) => a.source.startsWith('set for this run'));
  if (changed.length > 0) {
    out.push(`Changed for this run: ${changed.map((a) => `${a.key} = ${a.value}`).join(', ')}.`);
  }
  const stock = f.assumptions.filter((a) => a.key.startsWith('stock.'));
  const pipeline = f.assumptions.filter((a) => a.key.startsWith('pipeline['));
  out.push(
    stock.length + pipeline.length === 0
      ? 'No stock on hand or deliveries given: net need equals gross need.'
      : `Stock on hand: ${stock.map((a) => `${formatCount(Number(a.value))} ${a.key.slice(6)}`).join(', ') || 'none'}; deliveries: ${pipeline.map((a) => a.value).join(', ') || 'none'}.`,
  );
  return out;
}

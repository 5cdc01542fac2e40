// Use case: the needs forecast of one country, with its capacity and case model read from the database
// (or a case series the user supplies), every figure's origin named in the assumptions.
import {
  BEDS_PER_1000_BY_INCOME,
  caseModelFromGrowth,
  ForecastInputError,
  forecastNeeds,
  parseForecastParams,
} from '../core/forecast';
import type {
  Assumption,
  CaseModel,
  CountryCapacity,
  Forecast,
  ForecastIssue,
  PipelineEntry,
  Scenario,
} from '../core/forecast';
import { countryByIso3, type Country } from '../core/reference/countries';
import type { IsoDate, ItemId } from '../core/shared/brand';
import {
  countrySituation,
  cumulativeFromRows,
  dailyFromCumulative,
  type CumulativePoint,
  type SeriesSource,
} from '../core/situation';
import type { Database } from '../db/database';
import {
  healthOf,
  populationOf,
  type HealthRow,
  type PopulationRow,
} from '../db/population.repository';
import { countryRows } from '../db/series.repository';
import { BadRequestError, NotFoundError } from './errors';
import { resolveView } from './view';

/** A weekly case series the user supplies instead of the growth fit (week 1 is the week after `date`). */
export interface CaseSeriesInput {
  weeklyNewCases: number[];
  weeklyLow?: number[] | undefined;
  weeklyHigh?: number[] | undefined;
  /** New cases in the weeks before week 1, oldest first (default: the observed weeks up to `date`). */
  previousWeeks?: number[] | undefined;
  /** Confirmed cases so far (default: the cumulative count on `date`). */
  casesToDate?: number | undefined;
}

/** Capacity figures the user gives in place of the database's. */
export interface CapacityOverride {
  beds?: number | undefined;
  healthWorkers?: number | undefined;
  labStaff?: number | undefined;
}

/** What a forecast request may set; only `weeks` is required. */
export interface ForecastRequest {
  weeks: number;
  scenario?: Scenario | undefined;
  date?: IsoDate | undefined;
  source?: SeriesSource | undefined;
  /** Parameter overrides, any part of ForecastParams (validated by the core). */
  params?: unknown;
  stock?: Record<string, number> | undefined;
  pipeline?: { item: string; quantity: number; arrivalWeek: number }[] | undefined;
  cases?: CaseSeriesInput | undefined;
  capacity?: CapacityOverride | undefined;
}

/** One capacity figure the forecast used, and where it came from. */
export interface CapacityFigure {
  value: number | null;
  source: string;
}

/** The capacity a forecast used, each figure with its origin. */
export interface CapacityUsed {
  population: CapacityFigure & { value: number; year: number | null };
  beds: CapacityFigure & { value: number; per1000: number | null };
  healthWorkers: CapacityFigure & { value: number; doctors: number | null; nurses: number | null };
  labStaff: CapacityFigure;
}

/** A country's needs forecast: the core Forecast plus the country, date, source and capacity behind it. */
export interface CountryForecast extends Forecast {
  country: { iso3: string; nameEn: string; nameZh: string };
  asOf: IsoDate;
  source: SeriesSource;
  /** 'growth': projected at the fitted growth rate; 'series': the user's weekly case series. */
  caseModel: 'growth' | 'series';
  capacity: CapacityUsed;
}

/** A forecast request the core rejected; `issues` names every bad field, `field` the first. */
export class ForecastRequestError extends BadRequestError {
  override name = 'ForecastRequestError';
  constructor(readonly issues: ForecastIssue[]) {
    super(issues.map((i) => i.message).join('; '), issues[0]?.field);
  }
}

const BY_USER = 'as given for this run';

/**
 * The needs forecast of country `code` on `date` (default: the scenario's as-of date). Throws
 * NotFoundError for an unknown country, BadRequestError naming the field when the country lacks a figure
 * the forecast needs or the request is invalid (ForecastRequestError with every issue).
 */
export async function forecastForCountry(
  database: Database,
  code: string,
  request: ForecastRequest,
): Promise<CountryForecast> {
  const country = countryByIso3(code);
  if (!country) throw new NotFoundError(`no country with ISO3 code "${code}"`, 'iso3', code);
  const params = withPrefix('params', () => parseForecastParams(request.params));
  const data = await database.transaction(async (tx) => {
    const view = await resolveView(tx, { date: request.date, source: request.source });
    const population = await populationOf(tx, country.iso3);
    const health = await healthOf(tx, country.iso3);
    const rows = await countryRows(tx, view.source, country.iso3, view.date);
    const points = cumulativeFromRows(rows).get(country.iso3) ?? [];
    return { view, population, health, points };
  });
  const { source, date } = data.view;
  const capacity = capacityFor(country, data.population, data.health, request.capacity ?? {});
  const cases = caseModelFor(country, data.points, data.population, date, source, request.cases);

  const forecast = withPrefix('', () =>
    forecastNeeds({
      capacity: capacity.input,
      cases: cases.model,
      weeks: request.weeks,
      scenario: request.scenario ?? 'central',
      params,
      stock: request.stock ?? {},
      pipeline: (request.pipeline ?? []).map((p): PipelineEntry => ({
        ...p,
        item: p.item as ItemId,
      })),
    }),
  );
  const origins: Record<string, Partial<Assumption>> = { ...capacity.origins, ...cases.origins };
  return {
    country: { iso3: country.iso3, nameEn: country.nameEn, nameZh: country.nameZh },
    asOf: date,
    source,
    caseModel: cases.model.kind === 'exponential' ? 'growth' : 'series',
    capacity: capacity.used,
    ...forecast,
    assumptions: [
      assumption('country', country.iso3, 'request', `The forecast is for ${country.nameEn}.`),
      assumption('asOf', date, 'request or scenario', `Case data up to ${date}; week 1 follows.`),
      assumption('source', source, 'request or scenario', `Case series from ${source}.`),
      ...forecast.assumptions.map((a) => ({ ...a, ...origins[a.key] })),
    ],
  };
}

function assumption(key: string, value: string, source: string, plainWords: string): Assumption {
  return { key, value, source, plainWords };
}

/** Runs `fn`, turning a ForecastInputError into a ForecastRequestError with fields under `prefix`. */
function withPrefix<T>(prefix: string, fn: () => T): T {
  try {
    return fn();
  } catch (error) {
    if (!(error instanceof ForecastInputError)) throw error;
    if (prefix === '') throw new ForecastRequestError(error.issues);
    throw new ForecastRequestError(
      error.issues.map(({ field, message }) => {
        const named = field === '' ? prefix : `${prefix}.${field}`;
        return {
          field: named,
          message:
            field !== '' && message.startsWith(field)
              ? `${named}${message.slice(field.length)}`
              : `${prefix}: ${message}`,
        };
      }),
    );
  }
}

const label = (c: Country): string => `${c.nameEn} (${c.iso3})`;

/**
 * The capacity a forecast uses: the user's figures, else population x beds per 1,000 and doctors plus
 * nurses from the database. Beds the ESFT sheet filled in with its income-group average are named as
 * such. Throws BadRequestError naming the capacity field the country has no figure for.
 */
export function capacityFor(
  country: Country,
  population: PopulationRow | null,
  health: HealthRow | null,
  override: CapacityOverride,
): {
  input: CountryCapacity;
  used: CapacityUsed;
  origins: Record<string, Partial<Assumption>>;
} {
  if (!population) {
    throw new BadRequestError(
      `no population figure for ${label(country)}: the forecast needs one`,
      'country',
    );
  }
  const pop = population.population;
  const popSource = `${population.source === 'worldbank' ? 'World Bank' : 'JHU CSSE'} population${population.year ? `, ${population.year}` : ''}`;
  const beds = bedsFor(country, pop, health, override.beds);
  const workers = workersFor(country, health, override.healthWorkers);
  const labStaff: CapacityFigure =
    override.labStaff !== undefined
      ? { value: override.labStaff, source: BY_USER }
      : { value: null, source: 'no laboratory staff figure in the data' };
  const used: CapacityUsed = {
    population: { value: pop, year: population.year, source: popSource },
    beds,
    healthWorkers: workers,
    labStaff,
  };
  return {
    input: {
      population: pop,
      beds: beds.value,
      healthWorkers: workers.value,
      labStaff: labStaff.value,
    },
    used,
    origins: {
      'capacity.population': { source: popSource },
      'capacity.beds': { source: beds.source, plainWords: bedsWords(beds) },
      'capacity.healthWorkers': { source: workers.source },
      ...(labStaff.value === null ? {} : { 'capacity.labStaff': { source: labStaff.source } }),
    },
  };
}

function bedsFor(
  country: Country,
  population: number,
  health: HealthRow | null,
  given: number | undefined,
): CapacityUsed['beds'] {
  if (given !== undefined) return { value: given, per1000: null, source: BY_USER };
  const per1000 = health?.bedsPer1000 ?? null;
  if (per1000 === null) {
    throw new BadRequestError(
      `no hospital-bed figure for ${label(country)} and no income group to estimate one from: give capacity.beds`,
      'capacity.beds',
    );
  }
  const value = Math.round((per1000 * population) / 1000);
  const origin = `${health?.bedsSource ?? 'unknown source'}${health?.bedsYear ? `, ${health.bedsYear}` : ''}`;
  const group = incomeProxyGroup(health);
  return {
    value,
    per1000,
    source: group
      ? `${origin}: ESFT's income-group average for ${group} (bed_nr_proxy.csv), no national figure`
      : `${per1000} beds per 1,000 (${origin}) x population`,
  };
}

/** The income group whose ESFT bed proxy a figure is, when it came from the ESFT sheet and equals one. */
function incomeProxyGroup(health: HealthRow | null): string | null {
  if (!health?.bedsSource?.includes('ESFT') || health.bedsPer1000 === null) return null;
  const match = Object.entries(BEDS_PER_1000_BY_INCOME).find(
    ([, v]) => Math.abs(v - (health.bedsPer1000 ?? NaN)) < 1e-9,
  );
  return match?.[0] ?? null;
}

function bedsWords(beds: CapacityUsed['beds']): string {
  if (beds.per1000 === null) return 'Hospital beds in the country, as given for this run.';
  return beds.source.includes('income-group')
    ? `Hospital beds estimated at ${beds.per1000} per 1,000 people, the average of the country's income group (no national figure).`
    : `Hospital beds in the country: ${beds.per1000} per 1,000 people.`;
}

function workersFor(
  country: Country,
  health: HealthRow | null,
  given: number | undefined,
): CapacityUsed['healthWorkers'] {
  if (given !== undefined) return { value: given, doctors: null, nurses: null, source: BY_USER };
  const doctors = health?.doctors ?? null;
  const nurses = health?.nurses ?? null;
  if (doctors === null && nurses === null) {
    throw new BadRequestError(
      `no health-workforce figure for ${label(country)}: give capacity.healthWorkers`,
      'capacity.healthWorkers',
    );
  }
  const from = health?.workforceSource ?? 'unknown source';
  const source =
    doctors === null
      ? `nurses only (${from}; doctors unknown)`
      : nurses === null
        ? `doctors only (${from}; nurses unknown)`
        : `doctors + nurses (${from})`;
  return { value: (doctors ?? 0) + (nurses ?? 0), doctors, nurses, source };
}

/** Weeks of observed new cases kept before week 1 when the user's series gives none. */
const OBSERVED_WEEKS = 8;

/** The case model: the user's series, else the growth fit on `date`; with the origin of its figures. */
function caseModelFor(
  country: Country,
  points: readonly CumulativePoint[],
  population: PopulationRow | null,
  date: IsoDate,
  source: SeriesSource,
  series: CaseSeriesInput | undefined,
): { model: CaseModel; origins: Record<string, Partial<Assumption>> } {
  const casesToDate = points.at(-1)?.cases ?? 0;
  const observed = `${source} cumulative cases on ${date}`;
  if (series) {
    return {
      model: {
        kind: 'series',
        weeklyNewCases: series.weeklyNewCases,
        ...(series.weeklyLow ? { weeklyLow: series.weeklyLow } : {}),
        ...(series.weeklyHigh ? { weeklyHigh: series.weeklyHigh } : {}),
        previousWeeks: series.previousWeeks ?? observedWeeks(points, OBSERVED_WEEKS),
        casesToDate: series.casesToDate ?? casesToDate,
      },
      origins: {
        'cases.previousWeeks': {
          source: series.previousWeeks ? BY_USER : `${source} daily new cases up to ${date}`,
        },
        'cases.casesToDate': { source: series.casesToDate === undefined ? observed : BY_USER },
      },
    };
  }
  const situation = points.length
    ? countrySituation(points, population?.population ?? null, date)
    : null;
  if (!situation?.growth) {
    throw new BadRequestError(
      `${label(country)} has too few cases in the ${source} series up to ${date} to fit a growth rate: ` +
        'supply a weekly case series (cases.weeklyNewCases)',
      'cases',
    );
  }
  const fit = situation.growth;
  const fitted = `${source} growth fit over the ${fit.windowDays} days to ${fit.endDate}`;
  return {
    model: caseModelFromGrowth(fit, situation.newCases7d, situation.cases),
    origins: {
      'cases.dailyCasesNow': { source: `${source} daily new cases, 7-day mean to ${date}` },
      'cases.rate': { source: fitted },
      'cases.rateLow': { source: `${fitted}, 95 % interval` },
      'cases.rateHigh': { source: `${fitted}, 95 % interval` },
      'cases.casesToDate': { source: observed },
    },
  };
}

/** New cases of the last `weeks` whole weeks ending on the series' last day, oldest first. */
export function observedWeeks(points: readonly CumulativePoint[], weeks: number): number[] {
  const daily = dailyFromCumulative(points).daily.map((d) => d.newCases);
  const out: number[] = [];
  for (let end = daily.length; end - 7 >= 0 && out.length < weeks; end -= 7) {
    out.unshift(daily.slice(end - 7, end).reduce((a, b) => a + b, 0));
  }
  return out;
}

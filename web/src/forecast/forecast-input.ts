// The model input behind a forecast answer, rebuilt so the browser can rerun it, and the what-if on top.
import {
  FORECAST_ITEM_IDS,
  PARAM_INFO,
  ROLES,
  defaultParams,
  forecastNeeds,
} from '../../../src/core/forecast';
import type { ItemId } from '../../../src/core/shared/brand';
import type {
  Assumption,
  Forecast,
  ForecastInput,
  ForecastParams,
  ItemRates,
  PipelineEntry,
  Role,
} from '../../../src/core/forecast';
import type { ForecastResponse } from './forecast.types';

function numberAt(values: ReadonlyMap<string, number | string>, key: string): number | null {
  const value = values.get(key);
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

function paramsFrom(assumptions: readonly Assumption[]): ForecastParams {
  const params = defaultParams();
  const sections = params as unknown as Record<string, Record<string, number>>;
  const rates: Record<string, ItemRates> = {};
  for (const id of FORECAST_ITEM_IDS) rates[id] = {};
  for (const { key, value } of assumptions) {
    if (typeof value !== 'number') continue;
    const info = PARAM_INFO[key];
    const [group, field, role] = key.split('.');
    if (info && group && field && sections[group]) sections[group][field] = value;
    const itemRates = field === undefined ? undefined : rates[field];
    if (group === 'rates' && itemRates && ROLES.includes(role as Role)) {
      itemRates[role as Role] = value;
    }
  }
  params.rates = rates;
  return params;
}

const PIPELINE = /^(\d+(?:\.\d+)?) (\S+) in week (\d+)$/;

function pipelineFrom(assumptions: readonly Assumption[]): PipelineEntry[] | null {
  const entries: PipelineEntry[] = [];
  for (const { key, value } of assumptions) {
    if (!key.startsWith('pipeline[')) continue;
    const match = PIPELINE.exec(String(value));
    if (!match) return null;
    entries.push({ quantity: Number(match[1]), item: match[2] as ItemId, arrivalWeek: +match[3]! });
  }
  return entries;
}

/**
 * Rebuilds the model input from the assumptions a forecast lists (they name every number it used).
 * Null when something the model needs is missing, e.g. a user-supplied case series.
 */
export function inputFromAssumptions(forecast: Forecast): ForecastInput | null {
  const values = new Map(forecast.assumptions.map((a) => [a.key, a.value]));
  if (values.get('cases.kind') !== 'exponential') return null;
  const get = (key: string) => numberAt(values, key);
  const [population, beds, healthWorkers] = [
    get('capacity.population'),
    get('capacity.beds'),
    get('capacity.healthWorkers'),
  ];
  const [dailyCasesNow, rate, rateLow, rateHigh, casesToDate] = [
    get('cases.dailyCasesNow'),
    get('cases.rate'),
    get('cases.rateLow'),
    get('cases.rateHigh'),
    get('cases.casesToDate'),
  ];
  const pipeline = pipelineFrom(forecast.assumptions);
  if (
    population === null ||
    beds === null ||
    healthWorkers === null ||
    dailyCasesNow === null ||
    rate === null ||
    rateLow === null ||
    rateHigh === null ||
    casesToDate === null ||
    pipeline === null
  ) {
    return null;
  }
  const stock: Record<string, number> = {};
  for (const { key, value } of forecast.assumptions) {
    if (key.startsWith('stock.') && typeof value === 'number') stock[key.slice(6)] = value;
  }
  return {
    capacity: { population, beds, healthWorkers, labStaff: get('capacity.labStaff') },
    cases: { kind: 'exponential', dailyCasesNow, rate, rateLow, rateHigh, casesToDate },
    weeks: forecast.weeks,
    scenario: forecast.scenario,
    params: paramsFrom(forecast.assumptions),
    stock,
    pipeline,
  };
}

/** True when two forecasts give the same gross and net, band included, for every item and week. */
export function sameNeeds(a: Forecast, b: Forecast): boolean {
  if (a.weeks !== b.weeks || a.items.length !== b.items.length) return false;
  const close = (x: number, y: number) => Math.abs(x - y) <= 1e-9 * Math.max(1, Math.abs(x));
  return a.items.every((item, k) => {
    const other = b.items[k];
    if (!other || other.item !== item.item || other.weeks.length !== item.weeks.length) {
      return false;
    }
    return [...item.weeks, item.total].every((w, i) => {
      const o = i < item.weeks.length ? other.weeks[i] : other.total;
      return (
        o !== undefined &&
        (['gross', 'net'] as const).every((f) =>
          (['value', 'low', 'high'] as const).every((v) => close(w[f][v], o[f][v])),
        )
      );
    });
  });
}

/**
 * The input the browser may rerun for this answer: the one the API sent, else the one rebuilt from the
 * assumptions, but only if rerunning it reproduces the API's figures (so a what-if never silently
 * starts from a different model). Null when neither is possible.
 */
export function rerunnableInput(response: ForecastResponse): ForecastInput | null {
  const input = response.input ?? inputFromAssumptions(response);
  if (!input) return null;
  try {
    return sameNeeds(forecastNeeds(input), response) ? input : null;
  } catch {
    return null;
  }
}

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
import type { ForecastResponse, WhatIf } from './forecast.types';

/** Largest growth-rate magnitude the model accepts, per day. */
export const MAX_WHAT_IF_RATE = 1;

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

/** True when the what-if changes nothing. */
export function isNoChange(whatIf: WhatIf): boolean {
  return whatIf.rate === null && Object.keys(whatIf.stock).length === 0;
}

/**
 * The input with the what-if applied: the growth rate replaces the fitted one and the low/high rates
 * keep their distance from it (within ±1 a day); stock typed in replaces the stock for that item.
 */
export function applyWhatIf(input: ForecastInput, whatIf: WhatIf): ForecastInput {
  const stock = { ...(input.stock ?? {}), ...whatIf.stock };
  const { cases } = input;
  if (whatIf.rate === null || cases.kind !== 'exponential') return { ...input, stock };
  const clamp = (r: number) => Math.max(-MAX_WHAT_IF_RATE, Math.min(MAX_WHAT_IF_RATE, r));
  const rate = clamp(whatIf.rate);
  return {
    ...input,
    stock,
    cases: {
      ...cases,
      rate,
      rateLow: Math.min(rate, clamp(rate - (cases.rate - cases.rateLow))),
      rateHigh: Math.max(rate, clamp(rate + (cases.rateHigh - cases.rate))),
    },
  };
}

/** The fitted growth rate per day of an input, or null when its cases are a supplied series. */
export function fittedRate(input: ForecastInput | null): number | null {
  return input?.cases.kind === 'exponential' ? input.cases.rate : null;
}

/** A stock figure typed by the user: a whole number of units, or null when the box is empty. */
export function parseStock(text: string): number | null | 'invalid' {
  const trimmed = text.replace(/[\s,_]/g, '');
  if (trimmed === '') return null;
  const value = Number(trimmed);
  return Number.isInteger(value) && value >= 0 ? value : 'invalid';
}

/** A growth rate typed as a percentage a day ("12.5"), as a rate per day; 'invalid' outside ±100 %. */
export function parseGrowthPercent(text: string): number | 'invalid' {
  const trimmed = text.replace(/[\s%]/g, '').replace(',', '.');
  const value = trimmed === '' ? NaN : Number(trimmed);
  return Number.isFinite(value) && Math.abs(value) <= MAX_WHAT_IF_RATE * 100
    ? value / 100
    : 'invalid';
}

/**
 * The assumptions of a run made in the browser: the model's own list, with the growth rates marked as
 * the user's when the what-if set them, plus whatever the API added that the model does not list
 * (such as where the capacity figures came from).
 */
export function browserAssumptions(
  run: readonly Assumption[],
  api: readonly Assumption[],
  whatIf: WhatIf,
): Assumption[] {
  const fitted = new Map(api.map((a) => [a.key, a]));
  const own = new Set(run.map((a) => a.key));
  const marked = run.map((a) => {
    const before = fitted.get(a.key);
    if (whatIf.rate === null || !a.key.startsWith('cases.rate') || !before) return a;
    return { ...a, source: `what-if, set in the browser (was ${before.value}: ${before.source})` };
  });
  return [...marked, ...api.filter((a) => !own.has(a.key))];
}

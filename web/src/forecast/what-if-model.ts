// The what-if: the user's growth rate and stock applied to the model input, and what they typed, read.
import type { Assumption, ForecastInput } from '../../../src/core/forecast';
import type { WhatIf } from './forecast.types';

/** Largest growth-rate magnitude the model accepts, per day. */
export const MAX_WHAT_IF_RATE = 1;

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

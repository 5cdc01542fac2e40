import type { GrowthFit } from '../situation/types';
import type { CaseModel, ExponentialCaseModel, Scenario } from './types';

/** New cases per week for one run: the weeks before week 1 (oldest first) and weeks 1..N. */
export interface CaseRun {
  history: number[];
  weekly: number[];
}

/** The growth rate a run uses: the fit's low, central or high estimate. */
export function rateFor(model: ExponentialCaseModel, run: Scenario): number {
  switch (run) {
    case 'low':
      return model.rateLow;
    case 'central':
      return model.rate;
    case 'high':
      return model.rateHigh;
  }
}

/** Sum of daily cases dailyNow * e^(r d) for days d = from..to (day 0 is today). */
export function sumDaily(dailyNow: number, rate: number, from: number, to: number): number {
  if (dailyNow === 0) return 0;
  let sum = 0;
  for (let d = from; d <= to; d++) sum += dailyNow * Math.exp(rate * d);
  return sum;
}

/**
 * Projects new cases per week for one run. Exponential: week w sums days 7(w-1)+1 .. 7w at the run's
 * rate; the weeks before week 1 use the central rate (the past is the same in every run) and never add
 * up to more than the cases to date. Projected cases stop when the susceptible population
 * (population minus cases to date) is used up.
 */
export function projectCases(
  model: CaseModel,
  population: number,
  weeks: number,
  historyWeeks: number,
  run: Scenario,
): CaseRun {
  if (model.kind === 'exponential') {
    const rate = rateFor(model, run);
    const raw = Array.from({ length: weeks }, (_, i) =>
      sumDaily(model.dailyCasesNow, rate, 7 * i + 1, 7 * i + 7),
    );
    const history: number[] = [];
    let left = model.casesToDate;
    for (let j = 0; j < historyWeeks; j++) {
      const week = Math.min(left, sumDaily(model.dailyCasesNow, model.rate, -7 * j - 6, -7 * j));
      history.unshift(week);
      left -= week;
    }
    return { history, weekly: capBySusceptible(raw, population - model.casesToDate) };
  }
  const chosen =
    run === 'low'
      ? (model.weeklyLow ?? model.weeklyNewCases)
      : run === 'high'
        ? (model.weeklyHigh ?? model.weeklyNewCases)
        : model.weeklyNewCases;
  const previous = model.previousWeeks ?? [];
  const history = Array.from(
    { length: historyWeeks },
    (_, j) => previous[previous.length - historyWeeks + j] ?? 0,
  );
  return {
    history,
    weekly: capBySusceptible(chosen.slice(0, weeks), population - (model.casesToDate ?? 0)),
  };
}

/** Caps a weekly series so that its running total never exceeds the susceptible population. */
export function capBySusceptible(weekly: readonly number[], susceptible: number): number[] {
  let left = Math.max(0, susceptible);
  return weekly.map((c) => {
    const capped = Math.min(c, left);
    left -= capped;
    return capped;
  });
}

/** An exponential case model from a growth fit and the country's current daily cases and total. */
export function caseModelFromGrowth(
  fit: Pick<GrowthFit, 'rate' | 'rateLow' | 'rateHigh'>,
  dailyCasesNow: number,
  casesToDate: number,
): ExponentialCaseModel {
  return {
    kind: 'exponential',
    dailyCasesNow,
    rate: fit.rate,
    rateLow: fit.rateLow,
    rateHigh: fit.rateHigh,
    casesToDate,
  };
}

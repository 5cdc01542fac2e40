import type { IsoDate } from '../shared/brand';
import { fitGrowth } from './growth';
import { dailyFromCumulative, smooth7 } from './series';
import { tierOf } from './tiers';
import type { CountrySituation, CumulativePoint } from './types';

/**
 * A country's situation on `asOf` from its cumulative series (sorted by date; points after asOf are
 * ignored): counts as published on the last day with data, 7-day mean of daily new, counts per million
 * (null without a population), growth over the last 14 days, tier and clamped corrections.
 * Throws a RangeError naming a population that is not a positive number.
 */
export function countrySituation(
  points: readonly CumulativePoint[],
  population: number | null,
  asOf: IsoDate,
): CountrySituation {
  if (population !== null && !(Number.isFinite(population) && population > 0)) {
    throw new RangeError(`population must be a positive number or null, got ${population}`);
  }
  const upTo = points.filter((p) => p.date <= asOf);
  const last = upTo[upTo.length - 1];
  const { daily, corrections } = dailyFromCumulative(upTo);
  const cases = last?.cases ?? 0;
  const deaths = last?.deaths ?? 0;
  const perMillion = (n: number): number | null =>
    population === null ? null : (n / population) * 1e6;
  const casesPerMillion = perMillion(cases);
  return {
    asOf,
    lastDate: last?.date ?? null,
    cases,
    deaths,
    newCases7d: smooth7(daily.map((d) => d.newCases)).at(-1) ?? 0,
    newDeaths7d: smooth7(daily.map((d) => d.newDeaths)).at(-1) ?? 0,
    casesPerMillion,
    deathsPerMillion: perMillion(deaths),
    growth: fitGrowth(daily),
    tier: casesPerMillion === null ? null : tierOf(casesPerMillion),
    corrections,
  };
}

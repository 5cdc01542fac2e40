import type { Iso3 } from '../shared/brand';
import { addDays, daysBetween } from '../situation/dates';
import { WORLD, type PointRow } from '../situation/types';
import type { ScenarioSeries } from './types';

/**
 * The stored rows of a scenario series: one row per country (and the world, under WORLD) per day from
 * firstDate to lastDate, with both cases and deaths. Throws a RangeError naming the country and metric
 * when an array's length does not match the date range.
 */
export function scenarioSeriesRows(series: ScenarioSeries): PointRow[] {
  const days = daysBetween(series.firstDate, series.lastDate) + 1;
  if (!(days > 0)) {
    throw new RangeError(
      `series ${series.source}: lastDate ${series.lastDate} is before firstDate ${series.firstDate}`,
    );
  }
  const rows: PointRow[] = [];
  const add = (iso3: Iso3, counts: { cases: number[]; deaths: number[] }): void => {
    for (const metric of ['cases', 'deaths'] as const) {
      if (counts[metric].length !== days) {
        throw new RangeError(
          `series ${series.source}, ${iso3} ${metric}: ${counts[metric].length} values, expected ${days}`,
        );
      }
    }
    for (let d = 0; d < days; d++) {
      rows.push({
        iso3,
        date: addDays(series.firstDate, d),
        cases: counts.cases[d] ?? 0,
        deaths: counts.deaths[d] ?? 0,
      });
    }
  };
  for (const iso3 of Object.keys(series.countries).sort()) {
    const counts = series.countries[iso3];
    if (counts) add(iso3 as Iso3, counts);
  }
  add(WORLD, series.world);
  return rows;
}

import type { Iso3 } from '../shared/brand';
import { addDays, daysBetween } from './dates';
import type { CumulativePoint, DailyPoint, DailySeries, PointRow } from './types';

/**
 * Daily new cases and deaths from a cumulative series sorted by date.
 *
 * - daily new = max(0, today - yesterday); every decrease (a source correcting itself) is clamped to 0
 *   and counted in `corrections`. The clamped amount is not subtracted later, so the sum of daily new
 *   can exceed the last cumulative figure.
 * - The first point counts from zero: its daily new is its cumulative value.
 * - Missing days (OWID reports some countries weekly) are filled: the output has one point per calendar
 *   day from the first to the last date, gap days get 0 new and the reported day gets the whole jump.
 *
 * Throws a RangeError naming the date when dates are not strictly increasing.
 */
export function dailyFromCumulative(points: readonly CumulativePoint[]): DailySeries {
  const daily: DailyPoint[] = [];
  const corrections = { cases: 0, deaths: 0 };
  let prev: CumulativePoint | undefined;
  for (const p of points) {
    if (prev) {
      const gap = daysBetween(prev.date, p.date);
      if (gap <= 0) {
        throw new RangeError(`cumulative series out of order: ${p.date} follows ${prev.date}`);
      }
      for (let d = 1; d < gap; d++) {
        daily.push({ date: addDays(prev.date, d), newCases: 0, newDeaths: 0 });
      }
    }
    const dc = p.cases - (prev?.cases ?? 0);
    const dd = p.deaths - (prev?.deaths ?? 0);
    if (dc < 0) corrections.cases++;
    if (dd < 0) corrections.deaths++;
    daily.push({ date: p.date, newCases: Math.max(0, dc), newDeaths: Math.max(0, dd) });
    prev = p;
  }
  return { daily, corrections };
}

/**
 * Trailing 7-day mean: element i is the mean of values i-6..i. The first six elements average the
 * values available so far (1 to 6 of them), so the output has the input's length.
 */
export function smooth7(values: readonly number[]): number[] {
  const out: number[] = [];
  let sum = 0;
  for (let i = 0; i < values.length; i++) {
    sum += values[i] ?? 0;
    if (i >= 7) sum -= values[i - 7] ?? 0;
    out.push(sum / Math.min(i + 1, 7));
  }
  return out;
}

/**
 * Groups stored rows into one cumulative series per country, sorted by date. Rows of the same country
 * and day are merged (a cases row and a deaths row from two files); a metric missing on a day carries
 * the previous day's value forward (0 before its first value).
 */
export function cumulativeFromRows(rows: readonly PointRow[]): Map<Iso3, CumulativePoint[]> {
  const byCountry = new Map<Iso3, Map<string, PointRow>>();
  for (const r of rows) {
    let days = byCountry.get(r.iso3);
    if (!days) byCountry.set(r.iso3, (days = new Map()));
    const seen = days.get(r.date);
    days.set(r.date, {
      iso3: r.iso3,
      date: r.date,
      cases: r.cases ?? seen?.cases,
      deaths: r.deaths ?? seen?.deaths,
    });
  }
  const out = new Map<Iso3, CumulativePoint[]>();
  for (const [iso3, days] of byCountry) {
    const sorted = [...days.values()].sort((a, b) => (a.date < b.date ? -1 : 1));
    let cases = 0;
    let deaths = 0;
    out.set(
      iso3,
      sorted.map((r) => {
        cases = r.cases ?? cases;
        deaths = r.deaths ?? deaths;
        return { date: r.date, cases, deaths };
      }),
    );
  }
  return out;
}

import type { SeriesPoint } from '../api/types';

/** Trailing mean over `window` days (fewer at the start), as the API smooths daily cases. */
export function trailingMean(values: readonly number[], window = 7): number[] {
  const out: number[] = [];
  let sum = 0;
  for (let i = 0; i < values.length; i++) {
    sum += values[i] ?? 0;
    if (i >= window) sum -= values[i - window] ?? 0;
    out.push(sum / Math.min(i + 1, window));
  }
  return out;
}

/** What a country chart shows. */
export type ChartMeasure = 'cases' | 'deaths';

/** One drawn day: the bar (daily) or line value, and the 7-day mean for daily charts. */
export interface ChartPoint {
  date: string;
  value: number;
  mean: number | null;
}

/** The points of a country chart: daily counts with their 7-day mean, or cumulative counts. */
export function chartPoints(
  series: readonly SeriesPoint[],
  measure: ChartMeasure,
  daily: boolean,
): ChartPoint[] {
  if (!daily) {
    return series.map((p) => ({
      date: p.date,
      value: measure === 'cases' ? p.cases : p.deaths,
      mean: null,
    }));
  }
  const values = series.map((p) => (measure === 'cases' ? p.newCases : p.newDeaths));
  const means =
    measure === 'cases' ? series.map((p) => p.newCasesSmoothed) : trailingMean(values, 7);
  return series.map((p, i) => ({ date: p.date, value: values[i] ?? 0, mean: means[i] ?? null }));
}

/** Drops the quiet start of a series: keeps `lead` days before cumulative cases first reach `from` (all if never). */
export function trimQuietStart(series: readonly SeriesPoint[], from = 10, lead = 7): SeriesPoint[] {
  let start = series.findIndex((p) => p.cases >= from);
  if (start < 0) start = series.findIndex((p) => p.cases > 0);
  if (start < 0) return [...series];
  return series.slice(Math.max(0, start - lead));
}

/** Powers of ten from 1 up to the first one at or above `max`, for log-scale axes. */
export function logTicks(max: number): number[] {
  const ticks = [1];
  while ((ticks[ticks.length - 1] ?? 1) < max) ticks.push((ticks[ticks.length - 1] ?? 1) * 10);
  return ticks;
}

/** Indices of the days to label on a time axis: month starts over long spans, else weekly back from the last day. */
export function dateTicks(dates: readonly string[], maxTicks = 6): number[] {
  const months = dates.flatMap((d, i) => (d.endsWith('-01') ? [i] : []));
  if (months.length >= 3 && months.length <= maxTicks) return months;
  if (dates.length === 0) return [];
  const step = Math.max(7, Math.ceil(dates.length / maxTicks / 7) * 7);
  const ticks: number[] = [];
  for (let i = dates.length - 1; i >= 0; i -= step) ticks.unshift(i);
  return ticks;
}

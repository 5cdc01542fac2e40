import { dayNumber } from './dates';
import { smooth7 } from './series';
import { studentTQuantile } from './student-t';
import type { DailyPoint, GrowthFit } from './types';

/** The fewest fitted points a growth estimate needs for a window: half the window, and never fewer than 3. */
export function minGrowthPoints(windowDays: number): number {
  return Math.max(3, Math.ceil(windowDays / 2));
}

/**
 * Growth rate of daily new cases: ordinary least squares of ln(7-day smoothed daily new cases) on the
 * day, over the last `windowDays` days of the series (METHODS.md §1). r is the slope per day, its 95 %
 * interval is r ± t(0.975, n-2)·SE(r), and the doubling time is ln 2 / r (null when r <= 0).
 *
 * Days whose smoothed count is 0 cannot be logged and are left out. Returns null when fewer than
 * minGrowthPoints(windowDays) days remain (half the window, at least 3): too little to call a trend.
 */
export function fitGrowth(daily: readonly DailyPoint[], windowDays = 14): GrowthFit | null {
  if (!Number.isInteger(windowDays) || windowDays < 3) {
    throw new RangeError(`windowDays must be an integer >= 3, got ${windowDays}`);
  }
  const smoothed = smooth7(daily.map((d) => d.newCases));
  const start = Math.max(0, daily.length - windowDays);
  const first = daily[start];
  const last = daily[daily.length - 1];
  if (!first || !last) return null;

  const xs: number[] = [];
  const ys: number[] = [];
  for (let i = start; i < daily.length; i++) {
    const v = smoothed[i] ?? 0;
    const day = daily[i];
    if (v > 0 && day) {
      xs.push(dayNumber(day.date) - dayNumber(first.date));
      ys.push(Math.log(v));
    }
  }
  const n = xs.length;
  if (n < minGrowthPoints(windowDays)) return null;

  const mx = xs.reduce((s, x) => s + x, 0) / n;
  const my = ys.every((y) => y === ys[0]) ? (ys[0] ?? 0) : ys.reduce((s, y) => s + y, 0) / n;
  let sxx = 0;
  let sxy = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    const dx = (xs[i] ?? 0) - mx;
    const dy = (ys[i] ?? 0) - my;
    sxx += dx * dx;
    sxy += dx * dy;
    syy += dy * dy;
  }
  const rate = sxy / sxx;
  const ssr = Math.max(0, syy - rate * sxy);
  const se = Math.sqrt(ssr / (n - 2) / sxx);
  const half = studentTQuantile(0.975, n - 2) * se;
  return {
    rate,
    rateLow: rate - half,
    rateHigh: rate + half,
    doublingTimeDays: rate > 0 ? Math.LN2 / rate : null,
    r2: syy > 0 ? 1 - ssr / syy : 1,
    windowDays: daily.length - start,
    points: n,
    endDate: last.date,
  };
}

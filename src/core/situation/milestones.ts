import { daysBetween } from './dates';
import type { CumulativePoint, Milestone } from './types';

/**
 * "The first N cases took D days, the next N took …": the first date a cumulative series reached each
 * multiple of `every`, with the days since the previous milestone. The first milestone is counted from
 * the first day with a case (cases > 0), which is how the 26 March 2020 statement counts 67 days from
 * 31 December 2019. Several multiples crossed on one day give milestones of 0 days. A later
 * downward correction does not undo a milestone. Points must be sorted by date.
 */
export function worldMilestones(points: readonly CumulativePoint[], every: number): Milestone[] {
  if (!(Number.isFinite(every) && every > 0)) {
    throw new RangeError(`milestone step "every" must be a positive number, got ${every}`);
  }
  const start = points.find((p) => p.cases > 0);
  if (!start) return [];
  const out: Milestone[] = [];
  let prevDate = start.date;
  let next = every;
  for (const p of points) {
    while (p.cases >= next) {
      out.push({ cases: next, date: p.date, days: daysBetween(prevDate, p.date) });
      prevDate = p.date;
      next += every;
    }
  }
  return out;
}

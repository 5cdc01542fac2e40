import type { IsoDate } from '../shared/brand';
import { dayNumber } from '../situation/dates';
import type { DateWindow, DeploymentRecord, Expert, IneligibleReason } from './types';

/** Windows sorted and merged where they overlap or touch (Mar 1-10 and Mar 11-20 become Mar 1-20). */
export function mergeWindows(windows: readonly DateWindow[]): DateWindow[] {
  const sorted = [...windows].sort((a, b) => dayNumber(a.from) - dayNumber(b.from));
  const merged: DateWindow[] = [];
  for (const w of sorted) {
    const last = merged.at(-1);
    if (last && dayNumber(w.from) <= dayNumber(last.to) + 1) {
      if (dayNumber(w.to) > dayNumber(last.to)) last.to = w.to;
    } else {
      merged.push({ from: w.from, to: w.to });
    }
  }
  return merged;
}

/** Whether the expert's availability covers every day of the window. */
export function isAvailable(expert: Expert, window: DateWindow): boolean {
  const from = dayNumber(window.from);
  const to = dayNumber(window.to);
  return mergeWindows(expert.availability).some(
    (w) => dayNumber(w.from) <= from && to <= dayNumber(w.to),
  );
}

/**
 * Full days between two windows: negative or -1 when they overlap, 0 when one ends the day before
 * the other starts.
 */
function gapDays(a: DateWindow, b: DateWindow): number {
  const [first, second] = dayNumber(a.from) <= dayNumber(b.from) ? [a, b] : [b, a];
  return dayNumber(second.from) - dayNumber(first.to) - 1;
}

/** The first deployment that overlaps the window or leaves fewer than `restDays` full days of rest either side. */
export function conflictingDeployment(
  expert: Expert,
  window: DateWindow,
  restDays: number,
): { deployment: DeploymentRecord; reason: 'deployed' | 'resting' } | undefined {
  for (const deployment of expert.deployments) {
    const gap = gapDays(deployment, window);
    if (gap < 0) return { deployment, reason: 'deployed' };
    if (gap < restDays) return { deployment, reason: 'resting' };
  }
  return undefined;
}

/** Why the expert cannot join a team for this window, or null when they can. */
export function ineligibility(
  expert: Expert,
  window: DateWindow,
  restDays: number,
): IneligibleReason | null {
  if (!isAvailable(expert, window)) return 'unavailable';
  return conflictingDeployment(expert, window, restDays)?.reason ?? null;
}

/** Days the expert spent deployed before `before` (deployment days on or after it are not counted). */
export function pastDeploymentDays(expert: Expert, before: IsoDate): number {
  const limit = dayNumber(before);
  let total = 0;
  for (const d of expert.deployments) {
    const end = Math.min(dayNumber(d.to), limit - 1);
    const start = dayNumber(d.from);
    if (end >= start) total += end - start + 1;
  }
  return total;
}

// ISO weeks for the report's time line: every date belongs to the week starting on its Monday (UTC).
import type { IsoDate } from '../shared/brand';

const DAY_MS = 86_400_000;

/** The Monday (YYYY-MM-DD) of the ISO week holding a date or an ISO 8601 timestamp (its UTC date). */
export function weekOf(dateOrTimestamp: string): IsoDate {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(dateOrTimestamp);
  if (!m) throw new Error(`"${dateOrTimestamp}" is not a date (YYYY-MM-DD)`);
  const t = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  const back = (new Date(t).getUTCDay() + 6) % 7;
  return new Date(t - back * DAY_MS).toISOString().slice(0, 10) as IsoDate;
}

/** Every Monday from the first to the last of `weeks` (sorted, no gaps), or empty. */
export function weekRange(weeks: Iterable<IsoDate>): IsoDate[] {
  const sorted = [...new Set(weeks)].sort();
  const first = sorted[0];
  const last = sorted[sorted.length - 1];
  if (first === undefined || last === undefined) return [];
  const out: IsoDate[] = [];
  for (
    let t = Date.parse(`${first}T00:00:00Z`);
    t <= Date.parse(`${last}T00:00:00Z`);
    t += 7 * DAY_MS
  ) {
    out.push(new Date(t).toISOString().slice(0, 10) as IsoDate);
  }
  return out;
}

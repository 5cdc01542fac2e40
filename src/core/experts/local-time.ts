import type { IsoDate } from '../shared/brand';

/** A wall-clock reading in one time zone. */
export interface LocalTime {
  date: IsoDate;
  /** Minutes since local midnight, 0-1439. */
  minutes: number;
  /** ISO weekday: 1 = Monday ... 7 = Sunday. */
  weekday: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(zone: string): Intl.DateTimeFormat {
  let f = formatters.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
    });
    formatters.set(zone, f);
  }
  return f;
}

/** The wall-clock date, time and weekday in an IANA zone at a UTC instant (daylight saving included). */
export function localTime(utcMs: number, zone: string): LocalTime {
  const parts: Record<string, number> = {};
  for (const p of formatter(zone).formatToParts(utcMs)) {
    if (p.type !== 'literal') parts[p.type] = Number(p.value);
  }
  const y = parts['year'] ?? 0;
  const m = parts['month'] ?? 1;
  const d = parts['day'] ?? 1;
  const date = `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  const sunday0 = new Date(Date.UTC(y, m - 1, d)).getUTCDay();
  return {
    date: date as IsoDate,
    minutes: (parts['hour'] ?? 0) * 60 + (parts['minute'] ?? 0),
    weekday: sunday0 === 0 ? 7 : sunday0,
  };
}

/** "HH:MM" for minutes since midnight. */
export function formatMinutes(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

// Times on the experts pages: a UTC instant shown in a capital's local time, slot times from the slot
// finder, and the UTC form the session endpoint takes.

/** The IANA zone of a country's capital, or null for a code the reference does not know. */
export type ZoneLookup = (iso3: string) => string | null;

let zonesCache: Promise<ZoneLookup> | null = null;

/**
 * The capitals' time zones, fetched on first use: the table and the country reference behind it are
 * the largest part of the experts code, and only the sessions page needs them.
 */
export function loadCapitalZones(): Promise<ZoneLookup> {
  zonesCache ??= import('../../../src/core/experts/time-zones').then(
    ({ capitalTimeZone }) =>
      (iso3) => {
        try {
          return capitalTimeZone(iso3);
        } catch {
          return null;
        }
      },
  );
  zonesCache.catch(() => {
    zonesCache = null;
  });
  return zonesCache;
}

/** A local wall-clock time split for display: the day (YYYY-MM-DD) and the time (HH:MM). */
export interface WallClock {
  date: string;
  time: string;
}

/** The wall-clock time of a UTC instant in an IANA time zone (daylight saving included). */
export function wallClock(utc: string | number, timeZone: string): WallClock {
  const ms = typeof utc === 'number' ? utc : Date.parse(utc);
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(new Date(ms));
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '00';
  return {
    date: `${part('year')}-${part('month')}-${part('day')}`,
    time: `${part('hour')}:${part('minute')}`,
  };
}

/** A slot finder's local time ("2020-03-30T11:00") split into day and time. */
export function splitLocal(local: string): WallClock {
  const [date = '', time = ''] = local.split('T');
  return { date, time: time.slice(0, 5) };
}

/** A UTC instant as "YYYY-MM-DD HH:MM" in UTC. */
export function utcLabel(utc: string): string {
  const c = wallClock(utc, 'UTC');
  return `${c.date} ${c.time}`;
}

/** Whole days between two YYYY-MM-DD days (later minus earlier), e.g. +1 when local time is a day ahead. */
export function dayShift(fromDate: string, toDate: string): number {
  return Math.round(
    (Date.parse(`${toDate}T00:00Z`) - Date.parse(`${fromDate}T00:00Z`)) / 86_400_000,
  );
}

/** The slot finder's "2020-03-30T09:00Z" as the RFC 3339 UTC time the session endpoint takes. */
export function toRfc3339Utc(startUtc: string): string {
  const ms = Date.parse(startUtc);
  if (Number.isNaN(ms)) throw new RangeError(`not a time: "${startUtc}"`);
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** A session's start and end in each participant's capital, in the order of `countries`. */
export function sessionLocalTimes(
  startsAt: string,
  durationMinutes: number,
  countries: readonly string[],
  zoneOf: ZoneLookup,
): { country: string; timeZone: string | null; start: WallClock | null; end: WallClock | null }[] {
  const start = Date.parse(startsAt);
  const end = start + durationMinutes * 60_000;
  return countries.map((country) => {
    const timeZone = zoneOf(country);
    return {
      country,
      timeZone,
      start: timeZone ? wallClock(start, timeZone) : null,
      end: timeZone ? wallClock(end, timeZone) : null,
    };
  });
}

/** Minutes as "1 h 30 min", "2 h" or "45 min". */
export function durationLabel(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  if (h === 0) return `${m} min`;
  return m === 0 ? `${h} h` : `${h} h ${m} min`;
}

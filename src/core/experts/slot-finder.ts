import type { IsoDate, Iso3 } from '../shared/brand';
import { countryByIso3 } from '../reference/countries';
import { dayNumber, isIsoDate } from '../situation/dates';
import { ExpertInputError, type ExpertIssue } from './input-error';
import { formatMinutes, localTime } from './local-time';
import { capitalTimeZone } from './time-zones';

/** Local working hours: "HH:MM" start and end, and ISO weekdays (1 = Monday ... 7 = Sunday). */
export interface WorkingHours {
  start: string;
  end: string;
  days: number[];
}

/** 09:00-18:00, Monday to Friday. */
export const DEFAULT_WORKING_HOURS: Readonly<WorkingHours> = {
  start: '09:00',
  end: '18:00',
  days: [1, 2, 3, 4, 5],
};

/** Longest date range the slot finder searches, in days. */
export const MAX_SLOT_RANGE_DAYS = 92;

/** What to search for: who takes part, on which UTC dates, for how long. */
export interface SlotQuery {
  /** ISO3 codes; each participant is placed in its capital's time zone. */
  participants: string[];
  /** First and last UTC date on which the session may start. */
  from: IsoDate;
  to: IsoDate;
  durationMinutes: number;
  /** Distance between candidate start times, from 00:00 UTC (default 30). */
  stepMinutes?: number;
  /** Working hours for everyone (default 09:00-18:00, Monday-Friday). */
  workingHours?: Partial<WorkingHours>;
  /** Working hours for particular countries, e.g. a Sunday-Thursday week; overrides workingHours. */
  workingHoursByCountry?: Record<string, Partial<WorkingHours>>;
  /** Return at most this many slots (default: all). */
  limit?: number;
}

/** How a slot falls for one participant. */
export interface ParticipantTime {
  country: Iso3;
  timeZone: string;
  /** Local start and end as "YYYY-MM-DDTHH:MM". */
  localStart: string;
  localEnd: string;
  /** Minutes between the start of the working day and the session, and the session and the end of the day. */
  minutesAfterStart: number;
  minutesBeforeEnd: number;
}

/** A start time that lies inside working hours for every participant. */
export interface SessionSlot {
  startUtc: string;
  endUtc: string;
  /** The smallest distance, in minutes, from the session to the edge of anyone's working day. */
  marginMinutes: number;
  participants: ParticipantTime[];
}

interface Participant {
  country: Iso3;
  zone: string;
  start: number;
  end: number;
  days: Set<number>;
}

const HHMM = /^([01]\d|2[0-3]):([0-5]\d)$/;
const MINUTE_MS = 60_000;

function parseHours(
  hours: Partial<WorkingHours> | undefined,
  base: WorkingHours,
  field: string,
  issues: ExpertIssue[],
): WorkingHours {
  const merged = { ...base, ...hours };
  const minutes = (key: 'start' | 'end'): number => {
    const m = HHMM.exec(merged[key]);
    if (!m) {
      issues.push({ field: `${field}.${key}`, message: `not an HH:MM time: "${merged[key]}"` });
      return 0;
    }
    return Number(m[1]) * 60 + Number(m[2]);
  };
  if (minutes('start') >= minutes('end') && HHMM.test(merged.start) && HHMM.test(merged.end)) {
    issues.push({ field: `${field}.end`, message: `${merged.end} is not after ${merged.start}` });
  }
  const days = merged.days;
  if (
    !Array.isArray(days) ||
    days.length === 0 ||
    days.some((d) => !Number.isInteger(d) || d < 1 || d > 7)
  ) {
    issues.push({
      field: `${field}.days`,
      message: 'give ISO weekdays from 1 (Monday) to 7 (Sunday)',
    });
  }
  return merged;
}

function toParticipants(query: SlotQuery, issues: ExpertIssue[]): Participant[] {
  const base = parseHours(query.workingHours, DEFAULT_WORKING_HOURS, 'workingHours', issues);
  if (!Array.isArray(query.participants) || query.participants.length === 0) {
    issues.push({
      field: 'participants',
      message: 'name at least one participating country (ISO3)',
    });
    return [];
  }
  const seen = new Set<string>();
  const out: Participant[] = [];
  query.participants.forEach((code, i) => {
    const country = typeof code === 'string' ? countryByIso3(code) : undefined;
    if (!country) {
      issues.push({
        field: `participants[${i}]`,
        message: `unknown ISO3 country code ${JSON.stringify(code)}`,
      });
      return;
    }
    if (seen.has(country.iso3)) return;
    seen.add(country.iso3);
    const own = query.workingHoursByCountry?.[country.iso3];
    const hours = parseHours(own, base, `workingHoursByCountry.${country.iso3}`, issues);
    const [sh, sm] = hours.start.split(':').map(Number);
    const [eh, em] = hours.end.split(':').map(Number);
    out.push({
      country: country.iso3,
      zone: capitalTimeZone(country.iso3),
      start: (sh ?? 0) * 60 + (sm ?? 0),
      end: (eh ?? 0) * 60 + (em ?? 0),
      days: new Set(hours.days),
    });
  });
  return out;
}

function checkQuery(query: SlotQuery): Participant[] {
  const issues: ExpertIssue[] = [];
  const participants = toParticipants(query, issues);
  for (const key of ['from', 'to'] as const) {
    if (typeof query[key] !== 'string' || !isIsoDate(query[key])) {
      issues.push({ field: key, message: `not a YYYY-MM-DD date: ${JSON.stringify(query[key])}` });
    }
  }
  if (issues.length === 0) {
    const days = dayNumber(query.to) - dayNumber(query.from) + 1;
    if (days < 1) issues.push({ field: 'to', message: `${query.to} is before ${query.from}` });
    if (days > MAX_SLOT_RANGE_DAYS) {
      issues.push({
        field: 'to',
        message: `search at most ${MAX_SLOT_RANGE_DAYS} days at a time, got ${days}`,
      });
    }
  }
  const whole = (key: 'durationMinutes' | 'stepMinutes' | 'limit', max: number): void => {
    const v = query[key];
    if (v !== undefined && (!Number.isInteger(v) || v < 1 || v > max)) {
      issues.push({
        field: key,
        message: `must be a whole number from 1 to ${max}, got ${JSON.stringify(v)}`,
      });
    }
  };
  if (query.durationMinutes === undefined)
    issues.push({ field: 'durationMinutes', message: 'required' });
  whole('durationMinutes', 24 * 60);
  whole('stepMinutes', 24 * 60);
  whole('limit', 100_000);
  if (issues.length > 0) throw new ExpertInputError(issues);
  return participants;
}

/** How a session at `startMs` falls for one participant, or null when it leaves their working hours. */
function fit(p: Participant, startMs: number, duration: number): ParticipantTime | null {
  const s = localTime(startMs, p.zone);
  if (!p.days.has(s.weekday) || s.minutes < p.start) return null;
  const e = localTime(startMs + duration * MINUTE_MS, p.zone);
  // Same local day, inside the hours, and no clock change during the session.
  if (e.date !== s.date || e.minutes > p.end || e.minutes - s.minutes !== duration) return null;
  return {
    country: p.country,
    timeZone: p.zone,
    localStart: `${s.date}T${formatMinutes(s.minutes)}`,
    localEnd: `${e.date}T${formatMinutes(e.minutes)}`,
    minutesAfterStart: s.minutes - p.start,
    minutesBeforeEnd: p.end - e.minutes,
  };
}

function toSlot(
  participants: Participant[],
  startMs: number,
  duration: number,
): SessionSlot | null {
  const times: ParticipantTime[] = [];
  for (const p of participants) {
    const t = fit(p, startMs, duration);
    if (!t) return null;
    times.push(t);
  }
  const margin = Math.min(...times.map((t) => Math.min(t.minutesAfterStart, t.minutesBeforeEnd)));
  return {
    startUtc: new Date(startMs).toISOString().replace(':00.000Z', 'Z'),
    endUtc: new Date(startMs + duration * MINUTE_MS).toISOString().replace(':00.000Z', 'Z'),
    marginMinutes: margin,
    participants: times,
  };
}

/**
 * Start times (UTC, every `stepMinutes` from 00:00 UTC on the dates from..to) at which the whole
 * session lies inside working hours in every participant's capital, best first: the largest
 * smallest distance to the edge of anyone's working day, then the earliest. Throws
 * ExpertInputError naming the bad field.
 */
export function findSlots(query: SlotQuery): SessionSlot[] {
  const participants = checkQuery(query);
  const step = query.stepMinutes ?? 30;
  const first = Date.parse(`${query.from}T00:00:00Z`);
  const stop = Date.parse(`${query.to}T00:00:00Z`) + 86_400_000;
  const slots: SessionSlot[] = [];
  for (let t = first; t < stop; t += step * MINUTE_MS) {
    const slot = toSlot(participants, t, query.durationMinutes);
    if (slot) slots.push(slot);
  }
  slots.sort((a, b) => b.marginMinutes - a.marginMinutes || a.startUtc.localeCompare(b.startUtc));
  return query.limit === undefined ? slots : slots.slice(0, query.limit);
}

/** How a given UTC start time falls for every participant, or null when it leaves anyone's working hours. */
export function evaluateSlot(
  query: Omit<SlotQuery, 'from' | 'to'>,
  startUtc: string,
): SessionSlot | null {
  const ms = Date.parse(startUtc);
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?Z$/.test(startUtc) || Number.isNaN(ms)) {
    throw new ExpertInputError([
      { field: 'startUtc', message: `not a UTC time like 2020-03-30T07:00Z: "${startUtc}"` },
    ]);
  }
  const day = startUtc.slice(0, 10) as IsoDate;
  const participants = checkQuery({ ...query, from: day, to: day });
  return toSlot(participants, ms, query.durationMinutes);
}

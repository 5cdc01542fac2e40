// Schemas of the exchange-session endpoints: the slot finder, sessions and attendance.
import { z } from 'zod';
import { MAX_SLOT_RANGE_DAYS } from '../core/experts';
import { dateParam, iso3Param } from './common.schema';

const hhmm = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be HH:MM, e.g. 09:00');
const hours = z.object({
  start: hhmm.optional(),
  end: hhmm.optional(),
  days: z.array(z.number().int().min(1).max(7)).optional(),
});

/** POST /api/sessions/slots body. */
export const slotsBody = z.object({
  participants: z.array(iso3Param).min(1, 'participants: at least one country'),
  from: dateParam,
  to: dateParam,
  durationMinutes: z.number().int().min(15).max(600),
  stepMinutes: z.number().int().min(5).max(240).optional(),
  workingHours: hours.optional(),
  workingHoursByCountry: z.record(z.string(), hours).optional(),
  limit: z.number().int().min(1).max(1000).optional(),
});

/** POST /api/sessions/slots response. */
export const slotsSchema = z.object({
  maxRangeDays: z.number(),
  slots: z.array(
    z.object({
      startUtc: z.string(),
      endUtc: z.string(),
      marginMinutes: z.number(),
      participants: z.array(
        z.object({
          country: z.string(),
          timeZone: z.string(),
          localStart: z.string(),
          localEnd: z.string(),
          minutesAfterStart: z.number(),
          minutesBeforeEnd: z.number(),
        }),
      ),
    }),
  ),
});

/** The slot finder's longest range, echoed in its answer. */
export const SLOT_RANGE_DAYS = MAX_SLOT_RANGE_DAYS;

/** POST /api/sessions body. */
export const sessionBody = z.object({
  id: z
    .string()
    .regex(/^[A-Za-z0-9_.-]{1,40}$/, 'id: letters, digits, "-", "_" or ".", at most 40')
    .optional(),
  topic: z.string().trim().min(1, 'topic must not be empty').max(500),
  topicZh: z.string().max(500).optional(),
  startsAt: z.string().meta({ description: 'RFC 3339 in UTC', example: '2020-03-12T13:00:00Z' }),
  durationMinutes: z.number().int().min(15).max(600),
  countries: z.array(iso3Param).default([]),
  organisations: z.array(z.string().trim().min(1).max(200)).default([]),
  hostExperts: z.array(z.string().min(1)).default([]),
});

/** A session with attendance. */
export const sessionSchema = z.object({
  id: z.string(),
  topic: z.string(),
  topicZh: z.string().nullable(),
  startsAt: z.string(),
  durationMinutes: z.number(),
  countries: z.array(z.string()),
  organisations: z.array(z.string()),
  hostExperts: z.array(z.string()),
  basis: z.enum(['seed', 'illustrative', 'entered']),
  attendance: z.array(z.object({ participant: z.string(), attendees: z.number() })),
  attendees: z.number(),
});

/** GET /api/sessions response. */
export const sessionsSchema = z.object({
  sessions: z.array(sessionSchema),
  summary: z.object({
    sessions: z.number(),
    countries: z.number(),
    organisations: z.number(),
    attendees: z.number(),
  }),
});

/** POST /api/sessions/:id/attendance body. */
export const attendanceBody = z.object({
  participant: z.string().trim().min(1, 'participant must not be empty').max(200),
  attendees: z.number().int('attendees must be a whole number').min(0),
});

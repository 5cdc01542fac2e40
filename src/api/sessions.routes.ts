// /api/sessions: video exchange sessions, the slot finder inside everyone's working hours, attendance.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Database } from '../db/database';
import {
  createSession,
  getSession,
  listSessionViews,
  recordAttendance,
  sessionSlots,
} from '../services/sessions.service';
import { errorSchema } from './errors';
import { idParams } from './experts.schema';
import {
  attendanceBody,
  SLOT_RANGE_DAYS,
  sessionBody,
  sessionSchema,
  sessionsSchema,
  slotsBody,
  slotsSchema,
} from './sessions.schema';

const errors = { 400: errorSchema, 404: errorSchema, 409: errorSchema };

/** Session routes over `database`. */
export const sessionsRoutes: FastifyPluginAsyncZod<{ database: Database }> = async (
  app,
  { database },
) => {
  app.post(
    '/api/sessions/slots',
    {
      schema: {
        tags: ['experts'],
        summary:
          "Start times inside working hours in every participant's capital (time zones with daylight saving), best first",
        body: slotsBody,
        response: { 200: slotsSchema, ...errors },
      },
    },
    async (request) => ({ maxRangeDays: SLOT_RANGE_DAYS, slots: sessionSlots(request.body) }),
  );

  app.get(
    '/api/sessions',
    {
      schema: {
        tags: ['experts'],
        summary: 'Exchange sessions with attendance, and totals (sessions, countries, attendees)',
        response: { 200: sessionsSchema },
      },
    },
    async () => listSessionViews(database),
  );

  app.post(
    '/api/sessions',
    {
      schema: {
        tags: ['experts'],
        summary:
          'Schedule a session: topic, host experts, countries and organisations, time in UTC',
        body: sessionBody,
        response: { 201: sessionSchema, ...errors },
      },
    },
    async (request, reply) => reply.code(201).send(await createSession(database, request.body)),
  );

  app.get(
    '/api/sessions/:id',
    {
      schema: {
        tags: ['experts'],
        summary: 'One session with attendance',
        params: idParams,
        response: { 200: sessionSchema, ...errors },
      },
    },
    async (request) => getSession(database, request.params.id),
  );

  app.post(
    '/api/sessions/:id/attendance',
    {
      schema: {
        tags: ['experts'],
        summary: 'Record how many people of a country or organisation attended',
        params: idParams,
        body: attendanceBody,
        response: { 200: sessionSchema, ...errors },
      },
    },
    async (request) => recordAttendance(database, request.params.id, request.body),
  );
};

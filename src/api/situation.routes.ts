// GET /api/situation and /api/situation/world/milestones.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Database } from '../db/database';
import { getMilestones, getSituation } from '../services/situation.service';
import { viewQuery } from './common.schema';
import { errorSchema } from './errors';
import { milestonesQuery, milestonesSchema, situationSchema } from './situation.schema';

/** Situation routes over `database`. */
export const situationRoutes: FastifyPluginAsyncZod<{ database: Database }> = async (
  app,
  { database },
) => {
  app.get(
    '/api/situation',
    {
      schema: {
        tags: ['situation'],
        summary:
          'Every country with a series in the source: cases, deaths, per million, doubling time, tier',
        querystring: viewQuery,
        response: { 200: situationSchema, 400: errorSchema },
      },
    },
    async (request) => getSituation(database, request.query),
  );

  app.get(
    '/api/situation/world/milestones',
    {
      schema: {
        tags: ['situation'],
        summary: 'The dates the world total reached each multiple of `every` cases',
        querystring: milestonesQuery,
        response: { 200: milestonesSchema, 400: errorSchema },
      },
    },
    async (request) => getMilestones(database, request.query.every, request.query.source),
  );
};

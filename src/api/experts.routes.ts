// /api/experts and /api/stationed-teams: the expert roster and the long-term teams abroad.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Database } from '../db/database';
import { addExpert, getExpert, listRoster, listStationed } from '../services/experts.service';
import { errorSchema } from './errors';
import {
  expertBody,
  expertDetailSchema,
  expertSchema,
  expertsQuery,
  expertsSchema,
  idParams,
  stationedListSchema,
  stationedQuery,
} from './experts.schema';

const errors = { 400: errorSchema, 404: errorSchema, 409: errorSchema };

/** Roster routes over `database`. */
export const expertsRoutes: FastifyPluginAsyncZod<{ database: Database }> = async (
  app,
  { database },
) => {
  app.get(
    '/api/experts',
    {
      schema: {
        tags: ['experts'],
        summary: 'The expert roster (optionally one specialty or language)',
        querystring: expertsQuery,
        response: { 200: expertsSchema, ...errors },
      },
    },
    async (request) => ({ experts: await listRoster(database, request.query) }),
  );

  app.post(
    '/api/experts',
    {
      schema: {
        tags: ['experts'],
        summary:
          'Add an expert: specialties, languages, institution, availability, past deployments',
        body: expertBody,
        response: { 201: expertSchema, ...errors },
      },
    },
    async (request, reply) => reply.code(201).send(await addExpert(database, request.body)),
  );

  app.get(
    '/api/experts/:id',
    {
      schema: {
        tags: ['experts'],
        summary: 'One expert with availability and deployment history',
        params: idParams,
        response: { 200: expertDetailSchema, ...errors },
      },
    },
    async (request) => getExpert(database, request.params.id),
  );

  app.get(
    '/api/stationed-teams',
    {
      schema: {
        tags: ['experts'],
        summary: 'Long-term medical teams stationed abroad: standing resources per country',
        querystring: stationedQuery,
        response: { 200: stationedListSchema, ...errors },
      },
    },
    async (request) => ({ teams: await listStationed(database, request.query.country) }),
  );
};

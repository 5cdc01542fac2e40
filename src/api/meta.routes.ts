// GET /api/health and /api/meta.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Database } from '../db/database';
import { getHealth, getMeta } from '../services/meta.service';
import { healthSchema, metaSchema } from './meta.schema';

/** Health and metadata routes over `database`. */
export const metaRoutes: FastifyPluginAsyncZod<{ database: Database }> = async (
  app,
  { database },
) => {
  app.get(
    '/api/health',
    {
      schema: {
        tags: ['meta'],
        summary: 'Liveness: the database answers; which driver and scenario',
        response: { 200: healthSchema },
      },
    },
    async () => getHealth(database),
  );

  app.get(
    '/api/meta',
    {
      schema: {
        tags: ['meta'],
        summary: 'The loaded scenario, the sources with their date ranges, and attribution',
        response: { 200: metaSchema },
      },
    },
    async () => getMeta(database),
  );
};

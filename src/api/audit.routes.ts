// GET /api/audit: the audit trail, newest first, in pages (permission audit:read).
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Database } from '../db/database';
import { listAudit } from '../services/audit.service';
import { auditPageSchema, auditQuery } from './audit.schema';
import { errorSchema } from './errors';

/** The audit route over `database`. */
export const auditRoutes: FastifyPluginAsyncZod<{ database: Database }> = async (
  app,
  { database },
) => {
  app.get(
    '/api/audit',
    {
      schema: {
        tags: ['audit'],
        summary:
          'Every state change on the record (who, when, what, before, after), hash-chained; newest first, paged with ?before=',
        querystring: auditQuery,
        response: { 200: auditPageSchema, 400: errorSchema },
      },
    },
    async (request) => {
      const { limit, before, ...filter } = request.query;
      return listAudit(database, { ...filter, beforeSeq: before }, limit);
    },
  );
};

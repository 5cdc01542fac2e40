// GET /api/audit: the audit trail, newest first, in pages; GET /api/audit/head: its latest row as the line
// to publish daily (both permission audit:read).
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Database } from '../db/database';
import { auditHeadOf } from '../services/audit-head.service';
import { listAudit } from '../services/audit.service';
import { NotFoundError } from '../services/errors';
import { auditHeadSchema, auditPageSchema, auditQuery } from './audit.schema';
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

  app.get(
    '/api/audit/head',
    {
      schema: {
        tags: ['audit'],
        summary:
          "The trail's latest row (number, time, SHA-256 hash) and the one line to publish daily, so a later rewrite of the trail shows",
        response: { 200: auditHeadSchema, 404: errorSchema },
      },
    },
    async () => {
      const head = await auditHeadOf(database);
      if (!head) throw new NotFoundError('The audit trail is empty: nothing has been changed yet.');
      return head;
    },
  );
};

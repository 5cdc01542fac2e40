// GET /api/trace/:requestLineId: one request line from asked to received.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Database } from '../db/database';
import { traceRequestLine } from '../services/trace.service';
import { errorSchema } from './errors';
import { NotFoundError } from '../services/errors';
import { ensureVisible } from './scope';
import { traceParams, traceSchema } from './trace.schema';

/** The trace route over `database`. */
export const traceRoutes: FastifyPluginAsyncZod<{ database: Database }> = async (
  app,
  { database },
) => {
  app.get(
    '/api/trace/:requestLineId',
    {
      schema: {
        tags: ['operations'],
        summary:
          'A request line end to end: asked → agreed → allocated (batch, reason) → shipped (consignment, flight) → received (discrepancy)',
        params: traceParams,
        response: { 200: traceSchema, 400: errorSchema, 404: errorSchema },
      },
    },
    async (request) => {
      const id = request.params.requestLineId;
      const trace = await traceRequestLine(database, id);
      ensureVisible(
        request,
        trace.request.recipient,
        () =>
          new NotFoundError(
            `no request line "${id}" (ids look like "req-pak-1.2")`,
            'requestLineId',
            id,
          ),
      );
      return trace;
    },
  );
};

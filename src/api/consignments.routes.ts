// /api/batches/:id/consignments (ship a batch), /api/consignments (the board) and one consignment.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Database } from '../db/database';
import { postEvent } from '../services/consignment-events.service';
import { verifyEvents } from '../services/verify.service';
import {
  getConsignment,
  listConsignmentDetails,
  planConsignments,
} from '../services/logistics.service';
import { batchParams } from './batches.schema';
import {
  consignmentListQuery,
  consignmentListSchema,
  consignmentParams,
  consignmentSchema,
  eventBody,
  postedEventSchema,
  shippingBody,
  verifySchema,
} from './consignments.schema';
import { errorSchema } from './errors';
import { NotFoundError } from '../services/errors';
import { ensureVisible, FOCAL_POINT_EVENTS, receiptsOnly, scopedRecipient } from './scope';

const errors = { 400: errorSchema, 403: errorSchema, 404: errorSchema, 409: errorSchema };
const noConsignment = (id: string) => () =>
  new NotFoundError(`no consignment with id "${id}"`, 'id', id);

/** Consignment routes over `database`. */
export const consignmentsRoutes: FastifyPluginAsyncZod<{ database: Database }> = async (
  app,
  { database },
) => {
  app.post(
    '/api/batches/:id/consignments',
    {
      schema: {
        tags: ['operations'],
        summary:
          'Ship an approved batch: consignments per recipient packed onto flights within payload and volume, with marks',
        params: batchParams,
        body: shippingBody,
        response: { 201: consignmentListSchema, ...errors },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send({ consignments: await planConsignments(database, request.params.id, request.body) }),
  );

  app.get(
    '/api/consignments',
    {
      schema: {
        tags: ['operations'],
        summary: 'Consignments by flight (the board), with lines, marks, events and status',
        querystring: consignmentListQuery,
        response: { 200: consignmentListSchema },
      },
    },
    async (request) => ({
      consignments: await listConsignmentDetails(database, {
        batchId: request.query.batch,
        status: request.query.status,
        recipient: scopedRecipient(request, request.query.recipient),
      }),
    }),
  );

  app.get(
    '/api/consignments/:id',
    {
      schema: {
        tags: ['operations'],
        summary: 'One consignment: flight, marks, lines, event log and receipt',
        params: consignmentParams,
        response: { 200: consignmentSchema, ...errors },
      },
    },
    async (request) => {
      const found = await getConsignment(database, request.params.id);
      ensureVisible(request, found.recipient, noConsignment(request.params.id));
      return found;
    },
  );

  app.post(
    '/api/consignments/:id/events',
    {
      schema: {
        tags: ['operations'],
        summary:
          'Append an event (packed, customs-cleared, departed, arrived, handed-over, received, note, correction); 201 new, 200 when the id was already recorded',
        params: consignmentParams,
        body: eventBody,
        response: { 200: postedEventSchema, 201: postedEventSchema, ...errors },
      },
    },
    async (request, reply) => {
      if (receiptsOnly(request)) {
        const found = await getConsignment(database, request.params.id);
        ensureVisible(request, found.recipient, noConsignment(request.params.id));
        if (!FOCAL_POINT_EVENTS.has(request.body.kind)) {
          return reply.code(403).send({
            error: {
              code: 'forbidden',
              message: `a focal point records receipts and notes, not "${request.body.kind}"`,
              field: 'kind',
            },
          });
        }
      }
      const posted = await postEvent(database, request.params.id, request.body);
      return reply.code(posted.replayed ? 200 : 201).send(posted);
    },
  );

  app.get(
    '/api/verify',
    {
      schema: {
        tags: ['operations'],
        summary: 'Check every consignment event chain; lists every break',
        response: { 200: verifySchema },
      },
    },
    async () => verifyEvents(database),
  );
};

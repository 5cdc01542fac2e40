// /api/batches/:id/consignments (ship a batch), /api/consignments (the board) and one consignment.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Database } from '../db/database';
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
  shippingBody,
} from './consignments.schema';
import { errorSchema } from './errors';

const errors = { 400: errorSchema, 404: errorSchema, 409: errorSchema };

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
        recipient: request.query.recipient,
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
    async (request) => getConsignment(database, request.params.id),
  );
};

// /api/batches: draft from the engine's proposal, edit lines with reasons, compare, approve, discard.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Database } from '../db/database';
import { approveBatch } from '../services/batch-approval.service';
import {
  compareBatches,
  discardBatch,
  draftBatch,
  editBatchLine,
  getBatch,
  listBatchRows,
} from '../services/batches.service';
import {
  approveBody,
  batchListQuery,
  batchListSchema,
  batchParams,
  batchSchema,
  compareParams,
  compareSchema,
  draftBody,
  editBody,
  lineParams,
} from './batches.schema';
import { errorSchema } from './errors';

const errors = { 400: errorSchema, 404: errorSchema, 409: errorSchema };

/** Batch routes over `database`. */
export const batchesRoutes: FastifyPluginAsyncZod<{ database: Database }> = async (
  app,
  { database },
) => {
  app.get(
    '/api/batches',
    {
      schema: {
        tags: ['operations'],
        summary: 'Batches, newest first',
        querystring: batchListQuery,
        response: { 200: batchListSchema },
      },
    },
    async (request) => ({
      batches: (await listBatchRows(database, request.query.status)).map(
        ({ plan: _plan, ...b }) => b,
      ),
    }),
  );

  app.post(
    '/api/batches',
    {
      schema: {
        tags: ['operations'],
        summary:
          "Draft a batch: the allocation engine's proposal for the requests in scope, or lines by hand",
        body: draftBody,
        response: { 201: batchSchema, ...errors },
      },
    },
    async (request, reply) => reply.code(201).send(await draftBatch(database, request.body)),
  );

  app.get(
    '/api/batches/:id',
    {
      schema: {
        tags: ['operations'],
        summary: "A batch: lines with the engine's original, edits with reasons, totals, staleness",
        params: batchParams,
        response: { 200: batchSchema, ...errors },
      },
    },
    async (request) => getBatch(database, request.params.id),
  );

  app.patch(
    '/api/batches/:id/lines/:lineId',
    {
      schema: {
        tags: ['operations'],
        summary: 'Edit a line of a draft (whole packs), with the reason kept beside the original',
        params: lineParams,
        body: editBody,
        response: { 200: batchSchema, ...errors },
      },
    },
    async (request) =>
      editBatchLine(database, request.params.id, request.params.lineId, request.body),
  );

  app.get(
    '/api/batches/:id/compare/:other',
    {
      schema: {
        tags: ['operations'],
        summary:
          'Two batches side by side per request line, recipient and item (diff = other − this)',
        params: compareParams,
        response: { 200: compareSchema, ...errors },
      },
    },
    async (request) => compareBatches(database, request.params.id, request.params.other),
  );

  app.post(
    '/api/batches/:id/approve',
    {
      schema: {
        tags: ['operations'],
        summary:
          'Approve a draft as the signed-in user (recorded as approvedBy): holds its stock atomically; a stale draft or missing stock gives 409',
        params: batchParams,
        body: approveBody,
        response: { 200: batchSchema, ...errors },
      },
    },
    async (request) => approveBatch(database, request.params.id, request.body),
  );

  app.post(
    '/api/batches/:id/discard',
    {
      schema: {
        tags: ['operations'],
        summary: 'Discard a draft',
        params: batchParams,
        response: { 200: batchSchema, ...errors },
      },
    },
    async (request) => discardBatch(database, request.params.id),
  );
};

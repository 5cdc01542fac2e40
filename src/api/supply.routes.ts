// /api/supply, /api/depots, /api/contributions: the donor's stock, reserve and other donors' goods.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Database } from '../db/database';
import {
  addContribution,
  changeStock,
  getDonorReport,
  getSupply,
  saveDepotIn,
  setItemSettingsIn,
  supplyPositions,
} from '../services/supply.service';
import { errorSchema } from './errors';
import {
  contributionBody,
  contributionSchema,
  depotBody,
  depotSchema,
  donorReportSchema,
  itemParams,
  itemPositionSchema,
  itemSettingsBody,
  stockChangeBody,
  supplySchema,
} from './supply.schema';

const errors = { 400: errorSchema, 404: errorSchema, 409: errorSchema };

/** Supply routes over `database`. */
export const supplyRoutes: FastifyPluginAsyncZod<{ database: Database }> = async (
  app,
  { database },
) => {
  app.get(
    '/api/supply',
    {
      schema: {
        tags: ['operations'],
        summary:
          'Depots and, per item, stock on hand, held by approved batches, domestic reserve and allocatable',
        response: { 200: supplySchema },
      },
    },
    async () => getSupply(database),
  );

  app.post(
    '/api/depots',
    {
      schema: {
        tags: ['operations'],
        summary: 'Create or rename a depot',
        body: depotBody,
        response: { 201: depotSchema, ...errors },
      },
    },
    async (request, reply) => {
      const row = { ...request.body, basis: 'entered' as const };
      await database.transaction((tx) => saveDepotIn(tx, row));
      return reply.code(201).send(row);
    },
  );

  for (const kind of ['receipt', 'adjustment'] as const) {
    app.post(
      `/api/supply/${kind}s`,
      {
        schema: {
          tags: ['operations'],
          summary:
            kind === 'receipt'
              ? 'Stock received into a depot (quantity > 0)'
              : 'Stock adjusted in a depot (a count or a write-off; never below what approved batches hold)',
          body: stockChangeBody,
          response: { 201: itemPositionSchema, ...errors },
        },
      },
      async (request, reply) =>
        reply.code(201).send(await changeStock(database, request.body, kind)),
    );
  }

  app.put(
    '/api/supply/items/:item',
    {
      schema: {
        tags: ['operations'],
        summary: "Set an item's domestic reserve rule and expected production per day",
        params: itemParams,
        body: itemSettingsBody,
        response: { 200: itemPositionSchema, ...errors },
      },
    },
    async (request) =>
      database.transaction(async (tx) => {
        await setItemSettingsIn(tx, { item: request.params.item, ...request.body });
        return (await supplyPositions(tx, [request.params.item]))[0]!;
      }),
  );

  app.get(
    '/api/contributions',
    {
      schema: {
        tags: ['operations'],
        summary: "Contributions from other donors, and which recipients each donor's goods reached",
        response: { 200: donorReportSchema },
      },
    },
    async () => getDonorReport(database),
  );

  app.post(
    '/api/contributions',
    {
      schema: {
        tags: ['operations'],
        summary: 'Goods from a local government, company or civil society entering the pool',
        body: contributionBody,
        response: { 201: contributionSchema, ...errors },
      },
    },
    async (request, reply) => reply.code(201).send(await addContribution(database, request.body)),
  );
};

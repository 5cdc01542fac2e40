// /api/allocations: preview a plan from any input (nothing is stored), the scenario's plan input with
// names (so the planning page can run the engine in the browser), and the default policy in plain words.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Database } from '../db/database';
import { planInputFor, policyInWords, previewAllocation } from '../services/allocation.service';
import { SolverUnavailableError } from '../services/worker-solver';
import {
  inputQuery,
  planSchema,
  policyWordsSchema,
  previewBody,
  scenarioInputSchema,
} from './allocations.schema';
import { errorSchema } from './errors';

/** Allocation routes over `database`. */
export const allocationsRoutes: FastifyPluginAsyncZod<{ database: Database }> = async (
  app,
  { database },
) => {
  app.post(
    '/api/allocations/preview',
    {
      schema: {
        tags: ['allocation'],
        summary:
          'Plan an allocation from supply, reserve, recipients, needs and policy: lines with reasons and the pro-rata comparison (nothing is stored)',
        body: previewBody,
        response: { 200: planSchema, 400: errorSchema, 503: errorSchema },
      },
    },
    async (request, reply) => {
      try {
        return await previewAllocation(request.body);
      } catch (error) {
        if (!(error instanceof SolverUnavailableError)) throw error;
        return reply.code(503).send({ error: { code: 'unavailable', message: error.message } });
      }
    },
  );

  app.get(
    '/api/allocations/input',
    {
      schema: {
        tags: ['allocation'],
        summary:
          "The engine's input as of a date: open requests, free stock and production, reserve rules, recipient profiles, with names",
        querystring: inputQuery,
        response: { 200: scenarioInputSchema, 400: errorSchema },
      },
    },
    async (request) => {
      const { requests, ...rest } = request.query;
      return planInputFor(database, {
        ...rest,
        ...(requests === undefined
          ? {}
          : {
              requestIds: requests
                .split(',')
                .map((id) => id.trim())
                .filter(Boolean),
            }),
      });
    },
  );

  app.get(
    '/api/allocations/policy',
    {
      schema: {
        tags: ['allocation'],
        summary: 'The default allocation policy with its factors explained in plain words (en/zh)',
        response: { 200: policyWordsSchema },
      },
    },
    async () => policyInWords(),
  );
};

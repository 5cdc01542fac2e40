// /api/requests: the inbox, submitting a request, agreeing it, and moving its status.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Database } from '../db/database';
import {
  agreeRequest,
  createRequest,
  getRequest,
  listRequestViews,
  setRequestStatus,
} from '../services/requests.service';
import { errorSchema } from './errors';
import { ensureVisible, scopedRecipient, submissionRefusal } from './scope';
import { NotFoundError } from '../services/errors';
import {
  agreementBody,
  newRequestBody,
  requestListQuery,
  requestListSchema,
  requestParams,
  requestSchema,
  statusBody,
} from './requests.schema';

const errors = { 400: errorSchema, 403: errorSchema, 404: errorSchema, 409: errorSchema };

/** Request routes over `database`. */
export const requestsRoutes: FastifyPluginAsyncZod<{ database: Database }> = async (
  app,
  { database },
) => {
  app.get(
    '/api/requests',
    {
      schema: {
        tags: ['operations'],
        summary: 'Requests (the inbox), with agreed and allocated quantities per line',
        querystring: requestListQuery,
        response: { 200: requestListSchema, 400: errorSchema },
      },
    },
    async (request) => ({
      requests: await listRequestViews(database, {
        ...request.query,
        recipient: scopedRecipient(request, request.query.recipient),
      }),
    }),
  );

  app.post(
    '/api/requests',
    {
      schema: {
        tags: ['operations'],
        summary: 'Submit a request: supplies (item lines), an expert team, cash or works',
        body: newRequestBody,
        response: { 201: requestSchema, ...errors },
      },
    },
    async (request, reply) => {
      const refusal = submissionRefusal(request, request.body.recipient);
      if (refusal) return reply.code(403).send(refusal);
      return reply.code(201).send(await createRequest(database, request.body));
    },
  );

  app.get(
    '/api/requests/:id',
    {
      schema: {
        tags: ['operations'],
        summary: 'One request with its lines',
        params: requestParams,
        response: { 200: requestSchema, ...errors },
      },
    },
    async (request) => {
      const found = await getRequest(database, request.params.id);
      const { id } = request.params;
      ensureVisible(
        request,
        found.recipient,
        () => new NotFoundError(`no request with id "${id}"`, 'id', id),
      );
      return found;
    },
  );

  app.post(
    '/api/requests/:id/agree',
    {
      schema: {
        tags: ['operations'],
        summary: 'Record the quantities agreed government to government, who agreed and when',
        params: requestParams,
        body: agreementBody,
        response: { 200: requestSchema, ...errors },
      },
    },
    async (request) => agreeRequest(database, request.params.id, request.body),
  );

  app.post(
    '/api/requests/:id/status',
    {
      schema: {
        tags: ['operations'],
        summary:
          'Put a request under review, decline it (with a reason) or mark a non-supplies one fulfilled',
        params: requestParams,
        body: statusBody,
        response: { 200: requestSchema, ...errors },
      },
    },
    async (request) =>
      setRequestStatus(database, request.params.id, request.body.status, request.body.reason),
  );
};

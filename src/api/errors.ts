// One error shape for the whole API, and the handler that maps every failure to it without leaking
// stacks or SQL: validation -> 400 naming the field, not found -> 404, anything else -> 500.
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { BadRequestError, ConflictError, NotFoundError } from '../services/errors';

/** The body of every error response. */
export const errorSchema = z.object({
  error: z.object({
    code: z.string().meta({ description: 'bad_request | not_found | conflict | internal' }),
    message: z.string().meta({ description: 'What went wrong, naming the field or value' }),
    field: z.string().optional(),
    requestId: z.string().optional().meta({
      description: 'On a 500: the id to quote, under which the server log has the detail',
    }),
  }),
});

/** An error response body. */
export type ApiErrorBody = z.infer<typeof errorSchema>;

function body(code: string, message: string, field?: string): ApiErrorBody {
  return { error: field ? { code, message, field } : { code, message } };
}

// SQLSTATEs of values that came from the input: numeric out of range, string too long, character not
// storable, text not a number/date, date out of range.
const INPUT_DATA_ERRORS = new Set(['22003', '22001', '22021', '22P05', '22P02', '22007', '22008']);

/** Maps a thrown error to a status and an ApiErrorBody. */
export function toErrorResponse(error: unknown): { status: number; body: ApiErrorBody } {
  if (hasZodFastifySchemaValidationErrors(error)) {
    const first = error.validation[0];
    // A problem with the whole body (or query) names it: "body", "querystring", "params".
    const field =
      first?.instancePath.replace(/^\//, '').replace(/\//g, '.') ||
      (error as { validationContext?: string }).validationContext ||
      undefined;
    const message = error.validation
      .map((v) => {
        const name = v.instancePath.replace(/^\//, '').replace(/\//g, '.');
        return name && !v.message?.startsWith(name) ? `${name}: ${v.message}` : (v.message ?? '');
      })
      .join('; ');
    return { status: 400, body: body('bad_request', message, field) };
  }
  if (error instanceof BadRequestError) {
    return { status: 400, body: body('bad_request', error.message, error.field) };
  }
  if (error instanceof NotFoundError) {
    return { status: 404, body: body('not_found', error.message, error.field) };
  }
  if (error instanceof ConflictError) {
    return { status: 409, body: body('conflict', error.message) };
  }
  // A value the database cannot store (a number out of a column's range, text it cannot hold): the
  // input's fault, so a 400, without the database's words.
  const sqlState =
    (error as { cause?: { code?: unknown } }).cause?.code ?? (error as { code?: unknown }).code;
  if (typeof sqlState === 'string' && INPUT_DATA_ERRORS.has(sqlState)) {
    return {
      status: 400,
      body: body(
        'bad_request',
        'a value in the request is out of the range its field can store (a number too large, or text it cannot hold)',
        'body',
      ),
    };
  }
  const fe = error as Partial<FastifyError>;
  // Fastify's own client errors (malformed JSON, bad content type...) carry a 4xx status and a safe message.
  if (typeof fe.statusCode === 'number' && fe.statusCode >= 400 && fe.statusCode < 500) {
    const code = fe.statusCode === 404 ? 'not_found' : 'bad_request';
    // The content-type parser's errors (bad JSON, empty or too large a body) are about the body.
    const field = fe.code?.startsWith('FST_ERR_CTP_') ? 'body' : undefined;
    return { status: fe.statusCode, body: body(code, fe.message ?? 'bad request', field) };
  }
  return {
    status: 500,
    body: body(
      'internal',
      'Internal error: the request could not be completed (see the server log).',
    ),
  };
}

/** Installs the error handler and the JSON 404 for unknown /api routes. */
export function installErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((error: unknown, request: FastifyRequest, reply: FastifyReply) => {
    const { status, body: payload } = toErrorResponse(error);
    if (status >= 500) {
      request.log.error({ err: error }, 'request failed');
      payload.error.requestId = request.id;
    }
    return reply.code(status).type('application/json').send(payload);
  });
}

/** The 404 body for an unknown API path. */
export function apiNotFound(request: FastifyRequest, reply: FastifyReply): FastifyReply {
  return reply
    .code(404)
    .send(body('not_found', `no API route ${request.method} ${request.url.split('?')[0]}`));
}

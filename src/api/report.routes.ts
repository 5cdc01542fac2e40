// GET /api/report: the open report, public, kept until the data change (one cheap query per request),
// with an ETag so an unchanged report costs a 304.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Database } from '../db/database';
import { cachedReport } from '../services/report.service';
import { errorSchema } from './errors';
import { reportQuery, reportSchema } from './report.schema';

/** Browsers and proxies may reuse a report for a minute, then revalidate with If-None-Match. */
const CACHE_CONTROL = 'public, max-age=60, must-revalidate';

/** Whether an If-None-Match header names this ETag (or is "*"). */
function matches(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  return ifNoneMatch
    .split(',')
    .map((t) => t.trim().replace(/^W\//, ''))
    .some((t) => t === etag || t === '*');
}

/** Open report routes over `database`. */
export const reportRoutes: FastifyPluginAsyncZod<{ database: Database }> = async (
  app,
  { database },
) => {
  app.get(
    '/api/report',
    {
      schema: {
        tags: ['report'],
        summary:
          'The open report: countries and organisations aided by batch, region and form, items from request to receipt with reference values, weekly time line, headline in English and Chinese',
        querystring: reportQuery,
        response: {
          200: reportSchema,
          304: z.null().meta({ description: 'Not modified: the report still has this ETag' }),
          400: errorSchema,
        },
      },
    },
    async (request, reply) => {
      const { report, etag } = await cachedReport(database, request.query.grouping);
      reply
        .header('ETag', etag)
        .header('Cache-Control', CACHE_CONTROL)
        .header('Vary', 'Accept-Encoding');
      if (matches(request.headers['if-none-match'], etag)) return reply.code(304).send(null);
      return report;
    },
  );
};

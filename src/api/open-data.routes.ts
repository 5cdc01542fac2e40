// /api/open: the open-data exports, public and streamed — IATI 2.03 activities and HXL CSV — with a
// strong ETag so a harvester that already has the current file gets 304.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { DEFAULT_PUBLISHER, type Publisher } from '../core/open-data';
import { GROUPINGS, type GroupingId } from '../core/reference/groupings';
import type { Database } from '../db/database';
import { openDataEtag, writeHxl, writeIati, type ExportKey } from '../services/open-data.service';
import { errorSchema } from './errors';
import { etagMatches, streamOf } from './open-data.stream';

const hxlQuery = z.object({
  grouping: z
    .enum(GROUPINGS.map((g) => g.id) as [GroupingId, ...GroupingId[]])
    .default('un-m49')
    .meta({ description: 'Region grouping of the #region column' }),
});

const CACHE = 'public, max-age=60, must-revalidate';

/** What the open-data routes need: the database, and who reports the IATI file (default: the placeholder). */
export interface OpenDataRoutesOptions {
  database: Database;
  publisher?: Publisher | undefined;
}

/** Open-data routes over `database`. */
export const openDataRoutes: FastifyPluginAsyncZod<OpenDataRoutesOptions> = async (
  app,
  { database, publisher = DEFAULT_PUBLISHER },
) => {
  /** Answers 304 when the client has this export's current ETag; otherwise sets the caching headers. */
  async function notModified(
    key: ExportKey,
    ifNoneMatch: string | undefined,
    reply: { header: (name: string, value: string) => unknown },
  ): Promise<boolean> {
    const etag = await openDataEtag(database, key);
    reply.header('ETag', etag);
    reply.header('Cache-Control', CACHE);
    return etagMatches(ifNoneMatch, etag);
  }

  app.get(
    '/api/open/iati.xml',
    {
      schema: {
        tags: ['open data'],
        summary: 'IATI 2.03 activities: one per approved batch and recipient, one per expert team',
        description:
          'Transactions carry the in-kind reference value in USD (catalogue prices), with the quantities ' +
          'in a tz:in-kind extension element. Streamed; ETag and 304 on If-None-Match.',
        response: { 200: z.string(), 304: z.null(), 404: errorSchema },
      },
    },
    async (request, reply) => {
      const key = { kind: 'iati', publisher } as const;
      if (await notModified(key, request.headers['if-none-match'], reply)) {
        return reply.code(304).send(null);
      }
      const body = await streamOf((sink) => writeIati(database, sink, { publisher }));
      return reply
        .type('application/xml; charset=utf-8')
        .header('Content-Disposition', 'attachment; filename="tongzhou-iati-activities.xml"')
        .send(body as unknown as string); // a stream: Fastify pipes it, the schema documents its text
    },
  );

  app.get(
    '/api/open/hxl.csv',
    {
      schema: {
        tags: ['open data'],
        summary:
          'HXL CSV: one row per approved batch x recipient x item, units allocated and received',
        description:
          'A header row, then the HXL hashtag row (#date, #country+code, #country+name, #org, #region, ' +
          '#item+name, #item+code, #targeted, #reached, #status). Streamed; ETag and 304 on If-None-Match.',
        querystring: hxlQuery,
        response: { 200: z.string(), 304: z.null(), 400: errorSchema },
      },
    },
    async (request, reply) => {
      const { grouping } = request.query;
      if (await notModified({ kind: 'hxl', grouping }, request.headers['if-none-match'], reply)) {
        return reply.code(304).send(null);
      }
      const body = await streamOf((sink) => writeHxl(database, sink, { grouping }));
      return reply
        .type('text/csv; charset=utf-8; header=present')
        .header('Content-Disposition', 'attachment; filename="tongzhou-hxl.csv"')
        .send(body as unknown as string); // a stream: Fastify pipes it, the schema documents its text
    },
  );
};

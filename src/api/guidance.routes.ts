// /api/guidance: the guidance library — documents, versions with checksums, diffs, deliveries, an Atom
// feed of new versions and search in Chinese and English.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Database } from '../db/database';
import {
  createDocument,
  deliveryReport,
  getDocument,
  guidanceFeed,
  listLibrary,
  publishVersion,
  recordDelivery,
  searchGuidance,
  versionDiff,
} from '../services/guidance.service';
import { errorSchema } from './errors';
import { idParams } from './experts.schema';
import {
  deliveriesQuery,
  deliveriesSchema,
  deliveryBody,
  deliverySchema,
  diffQuery,
  diffSchema,
  documentBody,
  documentSchema,
  feedQuery,
  librarySchema,
  searchQuery,
  searchSchema,
  versionBody,
} from './guidance.schema';

const errors = { 400: errorSchema, 404: errorSchema, 409: errorSchema };

/** Guidance routes over `database`. */
export const guidanceRoutes: FastifyPluginAsyncZod<{ database: Database }> = async (
  app,
  { database },
) => {
  app.get(
    '/api/guidance',
    {
      schema: {
        tags: ['guidance'],
        summary: 'Every guidance document with its versions and translations (titles, checksums)',
        response: { 200: librarySchema },
      },
    },
    async () => ({
      documents: (await listLibrary(database)).map((d) => ({
        ...d,
        versions: d.versions.map((v) => ({
          ...v,
          translations: v.translations.map(({ body: _body, ...t }) => t),
        })),
      })),
    }),
  );

  app.post(
    '/api/guidance',
    {
      schema: {
        tags: ['guidance'],
        summary: 'Create a guidance document (publish its versions separately)',
        body: documentBody,
        response: { 201: documentSchema, ...errors },
      },
    },
    async (request, reply) => reply.code(201).send(await createDocument(database, request.body)),
  );

  app.get(
    '/api/guidance/feed.atom',
    {
      schema: {
        tags: ['guidance'],
        summary: 'Atom feed of new guidance versions (titles in ?language=, default en)',
        querystring: feedQuery,
        response: { 200: z.string(), ...errors },
      },
    },
    async (request, reply) => {
      const site = `${request.protocol}://${request.host}`;
      const xml = await guidanceFeed(database, site, request.query.language);
      return reply.type('application/atom+xml; charset=utf-8').send(xml);
    },
  );

  app.get(
    '/api/guidance/search',
    {
      schema: {
        tags: ['guidance'],
        summary: 'Full-text search of the latest versions, in Chinese and English',
        querystring: searchQuery,
        response: { 200: searchSchema, ...errors },
      },
    },
    async (request) => ({
      hits: await searchGuidance(database, request.query.q, request.query.limit),
    }),
  );

  app.get(
    '/api/guidance/deliveries',
    {
      schema: {
        tags: ['guidance'],
        summary: 'Which recipient received which version when, and who holds an outdated version',
        querystring: deliveriesQuery,
        response: { 200: deliveriesSchema, ...errors },
      },
    },
    async (request) => deliveryReport(database, request.query.recipient),
  );

  app.post(
    '/api/guidance/deliveries',
    {
      schema: {
        tags: ['guidance'],
        summary: 'Record that a recipient received a version in a language',
        body: deliveryBody,
        response: { 201: deliverySchema, ...errors },
      },
    },
    async (request, reply) => reply.code(201).send(await recordDelivery(database, request.body)),
  );

  app.get(
    '/api/guidance/:id',
    {
      schema: {
        tags: ['guidance'],
        summary: 'One document with every version and translation',
        params: idParams,
        response: { 200: documentSchema, ...errors },
      },
    },
    async (request) => getDocument(database, request.params.id),
  );

  app.post(
    '/api/guidance/:id/versions',
    {
      schema: {
        tags: ['guidance'],
        summary: 'Publish the next version (translations stored with SHA-256 checksums)',
        params: idParams,
        body: versionBody,
        response: { 201: documentSchema.shape.versions.element, ...errors },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await publishVersion(database, request.params.id, request.body)),
  );

  app.get(
    '/api/guidance/:id/diff',
    {
      schema: {
        tags: ['guidance'],
        summary: 'What changed between two versions in one language, line by line',
        params: idParams,
        querystring: diffQuery,
        response: { 200: diffSchema, ...errors },
      },
    },
    async (request) => {
      const { from, to, language } = request.query;
      return versionDiff(database, request.params.id, from, to, language);
    },
  );
};

// The Fastify app factory: zod validation, OpenAPI, the API routes, errors, and the built web app.
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import {
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import type { Publisher } from '../core/open-data';
import type { Database } from '../db/database';
import { allocationsRoutes } from './allocations.routes';
import { countriesRoutes } from './countries.routes';
import { forecastRoutes } from './forecast.routes';
import { installErrorHandling } from './errors';
import { metaRoutes } from './meta.routes';
import { situationRoutes } from './situation.routes';
import { registerWeb, WEB_DIR } from './static';
import { traceRoutes } from './trace.routes';
import { consignmentsRoutes } from './consignments.routes';
import { batchesRoutes } from './batches.routes';
import { expertsRoutes } from './experts.routes';
import { sessionsRoutes } from './sessions.routes';
import { guidanceRoutes } from './guidance.routes';
import { requestsRoutes } from './requests.routes';
import { supplyRoutes } from './supply.routes';
import { auditRoutes } from './audit.routes';
import { hardenedServerOptions, installHardening } from './hardening';
import { reportRoutes } from './report.routes';
import { openDataRoutes } from './open-data.routes';
import { accessPlugin } from './access.plugin';
import { SECURITY_SCHEMES } from './access.openapi';
import { authRoutes } from './auth.routes';
import { usersRoutes } from './users.routes';

/** What the app needs: an open database, a logger setting, and where the built web app is (null: none). */
export interface AppDeps {
  database: Database;
  logger?: FastifyServerOptions['logger'];
  webDir?: string | null;
  /** Production mode: the session cookie is Secure. */
  production?: boolean;
  /** Requests per minute one API token may make from one address (default 1200). */
  tokenRateLimit?: number;
  /** Who reports the IATI file (default: the demo's placeholder publisher). */
  iatiPublisher?: Publisher | undefined;
}

/** Builds the app (not listening): call `listen()` or use `inject()` in tests. */
export async function buildApp(deps: AppDeps): Promise<FastifyInstance> {
  const app = Fastify({
    logger: deps.logger ?? false,
    ...hardenedServerOptions(),
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  installErrorHandling(app);
  await app.register(accessPlugin, {
    database: deps.database,
    secureCookies: deps.production ?? false,
    ...(deps.tokenRateLimit === undefined ? {} : { tokenRateLimit: deps.tokenRateLimit }),
  });
  await installHardening(app);

  await app.register(fastifySwagger, {
    openapi: {
      info: {
        title: 'Tongzhou API',
        description:
          'Tongzhou (同舟): the epidemic situation of every country from real case data, and the coordination of aid.',
        version: '0.1.0',
      },
      components: { securitySchemes: SECURITY_SCHEMES },
      tags: [
        { name: 'situation', description: 'Case series, growth and world milestones' },
        { name: 'countries', description: 'Countries, their capacity and their series' },
        {
          name: 'forecast',
          description: 'Needs forecast per country, week and item (ESFT method)',
        },
        {
          name: 'allocation',
          description: 'Fair allocation of scarce aid: preview, plan input and policy',
        },
        { name: 'meta', description: 'Health, scenario, sources and attribution' },
        { name: 'access', description: 'Signing in, API tokens and users' },
        { name: 'audit', description: 'The hash-chained audit trail of every state change' },
        {
          name: 'operations',
          description: 'Requests, stock and reserve, batches, consignments, events and trace',
        },
        {
          name: 'experts',
          description:
            'Expert roster, stationed teams, team builder, deployments and activity logs',
        },
        { name: 'report', description: 'The open report: who was aided, with what, where, when' },
        {
          name: 'guidance',
          description: 'Guidance library: versions, translations, diffs, deliveries, feed, search',
        },
      ],
    },
    transform: jsonSchemaTransform,
  });
  await app.register(fastifySwaggerUi, { routePrefix: '/api/docs' });
  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());

  await app.register(metaRoutes, { database: deps.database });
  await app.register(authRoutes, {
    database: deps.database,
    secureCookies: deps.production ?? false,
  });
  await app.register(usersRoutes, { database: deps.database });
  await app.register(situationRoutes, { database: deps.database });
  await app.register(countriesRoutes, { database: deps.database });
  await app.register(forecastRoutes, { database: deps.database });
  await app.register(requestsRoutes, { database: deps.database });
  await app.register(supplyRoutes, { database: deps.database });
  await app.register(batchesRoutes, { database: deps.database });
  await app.register(expertsRoutes, { database: deps.database });
  await app.register(sessionsRoutes, { database: deps.database });
  await app.register(guidanceRoutes, { database: deps.database });
  await app.register(consignmentsRoutes, { database: deps.database });
  await app.register(allocationsRoutes, { database: deps.database });
  await app.register(traceRoutes, { database: deps.database });
  await app.register(auditRoutes, { database: deps.database });
  await app.register(reportRoutes, { database: deps.database });
  await app.register(openDataRoutes, {
    database: deps.database,
    publisher: deps.iatiPublisher,
  });
  await registerWeb(app, deps.webDir === undefined ? WEB_DIR : deps.webDir);
  return app;
}

// `npm start`: settings -> database (migrated) -> demo scenario if empty -> HTTP server. SIGINT/SIGTERM
// close the server and the database (releasing the embedded database's lock).
import type { FastifyInstance } from 'fastify';
import { buildApp } from './api/app';
import { loadConfig } from './config';
import { publisherWith } from './core/open-data';
import { openDatabase, type Database } from './db/database';
import { ensureDemoScenario } from './services/scenario.service';
import { describeError } from './cli/errors';
import { ensureFirstUsers } from './services/users.service';

async function main(): Promise<void> {
  const started = Date.now();
  const config = loadConfig(process.env);
  const database: Database = await openDatabase(config);
  let app: FastifyInstance | undefined;
  try {
    const demo = await ensureDemoScenario(database, config);
    const firstUsers = await ensureFirstUsers(database, config.mode, config.demo);
    app = await buildApp({
      database,
      logger: { level: config.logLevel },
      production: config.mode === 'production',
      iatiPublisher: config.iatiPublisher ? publisherWith(config.iatiPublisher) : undefined,
    });
    await app.listen({ port: config.port, host: config.host });
    const address = app.server.address();
    const port = typeof address === 'object' && address ? address.port : config.port;
    const where =
      database.driver === 'pglite' ? `embedded PGlite in ${config.dataDir}` : 'PostgreSQL server';
    const scenario =
      demo.status === 'loaded'
        ? `loaded demo scenario ${demo.id} (${demo.rows} series rows)`
        : demo.status === 'present'
          ? `scenario ${demo.id}`
          : 'no scenario (TONGZHOU_DEMO=0)';
    app.log.info(
      `Tongzhou (${config.mode} mode) is running at http://${config.host}:${port}/ - ${where}, ${scenario}, ready in ${((Date.now() - started) / 1000).toFixed(1)} s`,
    );
    for (const line of firstUsers.lines) app.log.warn(line);
    if (config.mode === 'production' && !config.iatiPublisher) {
      app.log.warn(
        'The IATI file reports under the placeholder ref XI-IATI-TONGZHOU: set TONGZHOU_IATI_PUBLISHER_REF and TONGZHOU_IATI_PUBLISHER_NAME before publishing it.',
      );
    }
  } catch (error) {
    await app?.close();
    await database.close();
    throw error;
  }

  const server = app;
  let stopping = false;
  const stop = (signal: string): void => {
    if (stopping) return;
    stopping = true;
    server.log.info(`${signal}: shutting down`);
    const exit = (code: number) => process.exit(code);
    server
      .close()
      .then(() => database.close())
      .then(() => exit(0))
      .catch((error: unknown) => {
        console.error(`tongzhou: ${describeError(error)}`);
        exit(1);
      });
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
}

main().catch((error: unknown) => {
  console.error(`tongzhou: ${describeError(error)}`);
  process.exit(1);
});

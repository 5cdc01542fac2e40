// A fresh, migrated database for one test file, on the driver the run asks for:
// PGlite in memory (npm test) or a new database on a PostgreSQL server (npm run test:pg).
import pg from 'pg';
import { openPglite, openPostgres, type Database } from '../../src/db/database';

/** The driver this test run exercises: 'pg' when TONGZHOU_TEST_DRIVER=pg, else 'pglite'. */
export const TEST_DRIVER: 'pglite' | 'pg' =
  process.env['TONGZHOU_TEST_DRIVER'] === 'pg' ? 'pg' : 'pglite';

/** The URL of the test server; under the pg driver its absence is an error, never a skip. */
export function testDatabaseUrl(): string {
  const url = process.env['TEST_DATABASE_URL'];
  if (!url) {
    throw new Error(
      'TONGZHOU_TEST_DRIVER=pg needs TEST_DATABASE_URL (e.g. postgres://postgres@127.0.0.1:55432/postgres)',
    );
  }
  return url;
}

/** Opens a fresh database; its close() also drops the server database it created. */
export async function freshDatabase(): Promise<Database> {
  if (TEST_DRIVER === 'pglite') return openPglite();
  const adminUrl = testDatabaseUrl();
  const name = `tongzhou_test_${process.pid}_${Math.random().toString(36).slice(2, 10)}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const database = await openPostgres(url.toString());
  return {
    ...database,
    close: async () => {
      await database.close();
      const dropper = new pg.Client({ connectionString: adminUrl });
      await dropper.connect();
      try {
        await dropper.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      } finally {
        await dropper.end();
      }
    },
  };
}

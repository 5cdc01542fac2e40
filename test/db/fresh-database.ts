// A fresh, migrated database for one test file, on the driver the run asks for:
// PGlite in memory (npm test) or a new database on a PostgreSQL server (npm run test:pg).
//
// Speed: creating a PGlite database runs initdb (4-5 s of CPU). Vitest runs every test file in its own
// process, so an in-process template would be rebuilt by every file. Instead the first process builds
// the template once (migrated, and for demoPglite() with the demo scenario loaded), dumps its data
// directory to a tarball in the OS temp folder, and every later database in any process starts from
// that tarball: PGlite's own clone() is exactly dumpDataDir() + create({ loadDataDir }), minus the dump.
// The file name carries a hash of the PGlite version, the migrations and the scenario files, so a
// change to any of them builds a new template.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { drizzle } from 'drizzle-orm/pglite';
import pg from 'pg';
import { openPostgres, type Database } from '../../src/db/database';
import type { Db } from '../../src/db/db.types';
import { migrate, readMigrations } from '../../src/db/migrate';
import * as schema from '../../src/db/schema';
import { SCENARIOS_DIR } from '../../src/services/scenario-files';
import { loadDemoScenario } from '../../src/services/scenario.service';

/** The driver this test run exercises: 'pg' when TONGZHOU_TEST_DRIVER=pg, else 'pglite'. */
export const TEST_DRIVER: 'pglite' | 'pg' =
  process.env['TONGZHOU_TEST_DRIVER'] === 'pg' ? 'pg' : 'pglite';

/** The demo scenario demoPglite() holds. */
export const DEMO_SCENARIO = 'march-2020';

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
  if (TEST_DRIVER === 'pglite') return freshPglite();
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

/** A fresh, migrated, empty in-memory PGlite database (whatever the driver), from the shared template. */
export async function freshPglite(): Promise<Database> {
  return wrap(await PGlite.create({ loadDataDir: await template('migrated') }));
}

/** A fresh in-memory PGlite database with the demo scenario (march-2020) loaded, from the shared template. */
export async function demoPglite(): Promise<Database> {
  return wrap(await PGlite.create({ loadDataDir: await template('demo') }));
}

/**
 * Writes a template database (migrated and empty, or with the demo loaded) into `<dataDir>/pgdata`,
 * where the embedded driver looks for it, so that openDatabase({ dataDir }) or a child process with
 * TONGZHOU_DATA_DIR=dataDir opens it at once instead of running initdb (and loading the demo) itself.
 */
export async function writeDataDir(dataDir: string, kind: 'migrated' | 'demo'): Promise<void> {
  const dir = path.join(dataDir, 'pgdata');
  fs.mkdirSync(dir, { recursive: true });
  const client = await PGlite.create({ dataDir: dir, loadDataDir: await template(kind) });
  await client.close();
}

/** Wraps a PGlite client as a Database (as openPglite does; migrate() is a no-op check on a template). */
async function wrap(client: PGlite): Promise<Database> {
  const db = drizzle({ client, schema }) as unknown as Db;
  await migrate(db);
  return {
    db,
    driver: 'pglite',
    transaction: (fn) => db.transaction((tx) => fn(tx)),
    close: async () => {
      if (!client.closed) await client.close();
    },
  };
}

type TemplateKind = 'migrated' | 'demo';
const templates = new Map<TemplateKind, Promise<Blob>>();

/** The template tarball of one kind: from this process's memory, the temp folder, or built now. */
function template(kind: TemplateKind): Promise<Blob> {
  let blob = templates.get(kind);
  if (!blob) {
    blob = readOrBuild(kind);
    templates.set(kind, blob);
  }
  return blob;
}

async function readOrBuild(kind: TemplateKind): Promise<Blob> {
  const file = path.join(
    os.tmpdir(),
    'tongzhou-test-templates',
    `${kind}-${templateKey(kind)}.tar`,
  );
  try {
    return new Blob([fs.readFileSync(file)]);
  } catch {
    // Not built yet (or just replaced by a newer one): build it.
  }
  const client =
    kind === 'migrated'
      ? await PGlite.create()
      : await PGlite.create({ loadDataDir: await template('migrated') });
  try {
    const database = await wrap(client);
    if (kind === 'demo') await loadDemoScenario(database, DEMO_SCENARIO);
    await client.exec('CHECKPOINT'); // a clean data directory: no WAL replay at every start
    const blob = await client.dumpDataDir('none');
    // Write under a unique name, then rename: parallel test processes never read half a file.
    fs.mkdirSync(path.dirname(file), { recursive: true });
    const partial = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}`;
    fs.writeFileSync(partial, new Uint8Array(await blob.arrayBuffer()));
    fs.renameSync(partial, file);
    removeStale(file, kind);
    return blob;
  } finally {
    await client.close();
  }
}

/** Deletes the templates of this kind that an older version of the code built. */
function removeStale(current: string, kind: TemplateKind): void {
  const folder = path.dirname(current);
  for (const name of fs.readdirSync(folder)) {
    if (name.startsWith(`${kind}-`) && name.endsWith('.tar') && name !== path.basename(current)) {
      fs.rmSync(path.join(folder, name), { force: true });
    }
  }
}

const ROOT = path.resolve(import.meta.dirname, '../..');

/** Bump when the way a template is built changes, so stale ones in the temp folder are not reused. */
const TEMPLATE_VERSION = 2;

/**
 * A hash of everything a template depends on: PGlite's version and the migrations; for the demo also
 * the scenario's files and all the code that may shape what the loader writes (services, db, core:
 * the demo loads operations, experts and users through the services and their core logic).
 */
function templateKey(kind: TemplateKind): string {
  const hash = createHash('sha256').update(`template v${TEMPLATE_VERSION}\n`);
  hash.update(fs.readFileSync(path.join(ROOT, 'node_modules/@electric-sql/pglite/package.json')));
  for (const m of readMigrations()) hash.update(`${m.name}:${m.checksum}\n`);
  if (kind === 'demo') {
    const files = [
      ...filesIn(path.join(SCENARIOS_DIR, DEMO_SCENARIO)),
      ...['src/services', 'src/db', 'src/core'].flatMap((d) =>
        filesUnder(path.join(ROOT, d)).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts')),
      ),
    ];
    for (const file of files) hash.update(path.relative(ROOT, file)).update(fs.readFileSync(file));
  }
  return hash.digest('hex').slice(0, 16);
}

function filesUnder(folder: string): string[] {
  return fs
    .readdirSync(folder, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile())
    .map((e) => path.join(e.parentPath, e.name))
    .sort();
}

function filesIn(folder: string): string[] {
  return fs
    .readdirSync(folder, { withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.join(folder, e.name))
    .sort();
}

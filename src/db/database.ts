// Opens the database: embedded PGlite in `<dataDir>/pgdata` (behind a lockfile), or a PostgreSQL server
// through node-postgres. Both are migrated at open and handed out with the same drizzle type.
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import pg from 'pg';
import type { Db } from './db.types';
import { acquireLock, type Lock } from './lock';
import { migrate } from './migrate';
import * as schema from './schema';

/** Which engine holds the data. */
export type Driver = 'pglite' | 'postgres';

/** An open, migrated database: the drizzle handle, its driver, transactions and close. */
export interface Database {
  db: Db;
  driver: Driver;
  /** Runs `fn` in one transaction: everything it writes commits together or not at all. */
  transaction<T>(fn: (tx: Db) => Promise<T>): Promise<T>;
  /** Closes the connection(s) and releases the lock; safe to call twice. */
  close(): Promise<void>;
}

/** The settings openDatabase needs (a subset of Config). */
export interface DatabaseSettings {
  dataDir: string;
  databaseUrl?: string | undefined;
}

/** The database could not be opened; the message says which and why, without secrets. */
export class DatabaseOpenError extends Error {
  override name = 'DatabaseOpenError';
}

/** Opens (and migrates) the database the settings name: a server when databaseUrl is set, else PGlite. */
export async function openDatabase(settings: DatabaseSettings): Promise<Database> {
  return settings.databaseUrl
    ? openPostgres(settings.databaseUrl)
    : openPglite(
        path.join(settings.dataDir, 'pgdata'),
        path.join(settings.dataDir, 'tongzhou.lock'),
      );
}

/** Opens an embedded PGlite database; with no directory it lives in memory (tests). */
export async function openPglite(dir?: string, lockFile?: string): Promise<Database> {
  const lock: Lock | null = lockFile ? acquireLock(lockFile) : null;
  let client: PGlite;
  try {
    client = await PGlite.create(dir);
  } catch (error) {
    lock?.release();
    throw new DatabaseOpenError(
      `Cannot open the embedded database in ${dir ?? 'memory'}: ${(error as Error).message}`,
    );
  }
  return finishOpen(drizzlePglite({ client, schema }) as unknown as Db, 'pglite', async () => {
    try {
      if (!client.closed) await client.close();
    } finally {
      lock?.release();
    }
  });
}

/** Removes the password from a connection string so it can appear in messages. */
export function redactUrl(url: string): string {
  return url.replace(/\/\/([^:/@]+):[^@/]*@/, '//$1:***@');
}

/** Opens a pool to a PostgreSQL server. */
export async function openPostgres(url: string): Promise<Database> {
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  // An idle client losing its connection must not crash the process; the next query reports it.
  pool.on('error', () => {});
  try {
    const client = await pool.connect();
    client.release();
  } catch (error) {
    await pool.end();
    throw new DatabaseOpenError(
      `Cannot connect to the database at ${redactUrl(url)}: ${(error as Error).message}`,
    );
  }
  return finishOpen(drizzlePg({ client: pool, schema }) as unknown as Db, 'postgres', () =>
    pool.end(),
  );
}

async function finishOpen(db: Db, driver: Driver, end: () => Promise<void>): Promise<Database> {
  let closed = false;
  const close = async (): Promise<void> => {
    if (closed) return;
    closed = true;
    await end();
  };
  try {
    await migrate(db);
  } catch (error) {
    await close();
    throw error;
  }
  return {
    db,
    driver,
    transaction: (fn) => db.transaction((tx) => fn(tx)),
    close,
  };
}

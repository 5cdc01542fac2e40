// A small runtime migrator for both drivers: applies src/db/migrations/NNNN_*.sql in order, once each,
// recorded in schema_migrations. Statements in a file are separated by a `;` at the end of a line.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
import { rowsOf, type Db } from './db.types';

/** Where the SQL migration files live. */
export const MIGRATIONS_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), 'migrations');

/** One migration file: its name (e.g. "0001_initial.sql"), statements and checksum. */
export interface Migration {
  name: string;
  checksum: string;
  statements: string[];
}

/** An applied migration's file changed after it ran: the database and the code disagree. */
export class MigrationError extends Error {
  override name = 'MigrationError';
}

/** Splits a migration file into statements (a statement ends with `;` at the end of a line). */
export function splitStatements(text: string): string[] {
  return text
    .split(/;[ \t]*(?:--[^\n]*)?\r?\n|;[ \t]*$/)
    .map((chunk) =>
      chunk
        .split('\n')
        .filter((line) => !/^\s*--/.test(line))
        .join('\n')
        .trim(),
    )
    .filter((statement) => statement.length > 0);
}

/** Reads the migration files of `dir`, sorted by name. */
export function readMigrations(dir: string = MIGRATIONS_DIR): Migration[] {
  return fs
    .readdirSync(dir)
    .filter((name) => /^\d{4}_[\w-]+\.sql$/.test(name))
    .sort()
    .map((name) => {
      const text = fs.readFileSync(path.join(dir, name), 'utf8');
      return {
        name,
        checksum: createHash('sha256').update(text).digest('hex').slice(0, 16),
        statements: splitStatements(text),
      };
    });
}

// Any constant shared by every Tongzhou process: serialises concurrent migrators on one server.
const MIGRATION_LOCK_KEY = 7_042_020;

/** Applies every pending migration in one transaction; returns the names it applied. */
export async function migrate(
  db: Db,
  migrations: Migration[] = readMigrations(),
): Promise<string[]> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`SELECT pg_advisory_xact_lock(${MIGRATION_LOCK_KEY})`);
    await tx.execute(
      sql.raw(`CREATE TABLE IF NOT EXISTS schema_migrations (
        name text PRIMARY KEY,
        checksum text NOT NULL,
        applied_at timestamptz NOT NULL DEFAULT now()
      )`),
    );
    const result = await tx.execute(sql`SELECT name, checksum FROM schema_migrations`);
    const rows = rowsOf<{ name: string; checksum: string }>(result);
    const applied = new Map(rows.map((r) => [r.name, r.checksum]));
    const done: string[] = [];
    for (const migration of migrations) {
      const checksum = applied.get(migration.name);
      if (checksum !== undefined) {
        if (checksum !== migration.checksum) {
          throw new MigrationError(
            `Migration ${migration.name} changed after it was applied to this database ` +
              `(checksum ${checksum}, file ${migration.checksum}). Add a new migration instead of editing it.`,
          );
        }
        continue;
      }
      for (const statement of migration.statements) await tx.execute(sql.raw(statement));
      await tx.execute(
        sql`INSERT INTO schema_migrations (name, checksum) VALUES (${migration.name}, ${migration.checksum})`,
      );
      done.push(migration.name);
    }
    return done;
  });
}

// The runtime migrator on the driver under test: applies once, records, refuses an edited migration.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { is, sql } from 'drizzle-orm';
import { getTableConfig, PgTable } from 'drizzle-orm/pg-core';
import type { Database } from '../../src/db/database';
import { rowsOf } from '../../src/db/db.types';
import { migrate, readMigrations, type Migration } from '../../src/db/migrate';
import * as schema from '../../src/db/schema';
import { freshDatabase, TEST_DRIVER } from './fresh-database';

let database: Database;
beforeAll(async () => {
  database = await freshDatabase();
});
afterAll(async () => {
  await database?.close();
});

describe(`migrations on ${TEST_DRIVER}`, () => {
  it('were applied at open and are recorded; a second run applies nothing', async () => {
    const recorded = rowsOf<{ name: string }>(
      await database.db.execute(sql`SELECT name FROM schema_migrations ORDER BY name`),
    ).map((r) => r.name);
    expect(recorded).toEqual(readMigrations().map((m) => m.name));
    expect(await migrate(database.db)).toEqual([]);
    const tables = rowsOf<{ table_name: string }>(
      await database.db.execute(
        sql`SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY 1`,
      ),
    ).map((r) => r.table_name);
    // The SQL migrations and the drizzle schema the repositories query must describe the same tables.
    const declared = (Object.values(schema) as unknown[])
      .filter((value): value is PgTable => is(value, PgTable))
      .map((table) => getTableConfig(table).name);
    expect(declared.length).toBeGreaterThan(5);
    expect(tables).toEqual([...declared, 'schema_migrations'].sort());
  });

  it('applies a new migration once, in one transaction with its record', async () => {
    const extra: Migration = {
      name: '9001_test.sql',
      checksum: 'aaaaaaaaaaaaaaaa',
      statements: ['CREATE TABLE migrate_probe (x int)', 'INSERT INTO migrate_probe VALUES (1)'],
    };
    expect(await migrate(database.db, [...readMigrations(), extra])).toEqual(['9001_test.sql']);
    expect(await migrate(database.db, [...readMigrations(), extra])).toEqual([]);
    const probe = rowsOf<{ x: number }>(
      await database.db.execute(sql`SELECT x FROM migrate_probe`),
    );
    expect(probe).toEqual([{ x: 1 }]);
  });

  it('rolls back a failing migration entirely', async () => {
    const broken: Migration = {
      name: '9002_broken.sql',
      checksum: 'bbbbbbbbbbbbbbbb',
      statements: ['CREATE TABLE half_done (x int)', 'SELECT * FROM no_such_table'],
    };
    await expect(migrate(database.db, [...readMigrations(), broken])).rejects.toThrow();
    const exists = rowsOf<{ n: number }>(
      await database.db.execute(
        sql`SELECT count(*)::int AS n FROM information_schema.tables WHERE table_name = 'half_done'`,
      ),
    );
    expect(exists[0]?.n).toBe(0);
  });

  it('refuses to run when an applied migration file was edited, naming the file', async () => {
    const edited = readMigrations().map((m, i) =>
      i === 0 ? { ...m, checksum: '0000000000000000' } : m,
    );
    await expect(migrate(database.db, edited)).rejects.toThrow(
      /0001_\w+\.sql changed after it was applied/,
    );
  });
});

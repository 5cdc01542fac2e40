import { describe, expect, it } from 'vitest';
import { readMigrations, splitStatements } from './migrate';

describe('splitStatements', () => {
  it('splits at a semicolon ending a line and drops comment lines', () => {
    const text = `-- header\nCREATE TABLE a (x int);\n\n-- why b\nCREATE TABLE b (\n  y text -- inline\n);  -- done\nINSERT INTO a VALUES (1);`;
    expect(splitStatements(text)).toEqual([
      'CREATE TABLE a (x int)',
      'CREATE TABLE b (\n  y text -- inline\n)',
      'INSERT INTO a VALUES (1)',
    ]);
  });

  it('keeps a semicolon inside a line (e.g. in a string) within its statement', () => {
    expect(splitStatements("INSERT INTO a VALUES ('x;y');\n")).toEqual([
      "INSERT INTO a VALUES ('x;y')",
    ]);
  });
});

describe('readMigrations', () => {
  it('reads the shipped migrations in name order, each with statements and a checksum', () => {
    const migrations = readMigrations();
    expect(migrations.length).toBeGreaterThanOrEqual(1);
    expect(migrations[0]?.name).toMatch(/^0001_/);
    const names = migrations.map((m) => m.name);
    expect(names).toEqual([...names].sort());
    for (const m of migrations) {
      expect(m.statements.length).toBeGreaterThan(0);
      expect(m.checksum).toMatch(/^[0-9a-f]{16}$/);
    }
  });
});

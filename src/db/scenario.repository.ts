// The loaded scenario and the import log: the only place that reads or writes scenario and import_run.
import { desc, sql } from 'drizzle-orm';
import type { ScenarioManifest } from '../core/scenario/types';
import type { Db } from './db.types';
import { importRun, scenario } from './schema';

/** A scenario as stored: its manifest and when it was loaded. */
export interface StoredScenario {
  id: string;
  manifest: ScenarioManifest;
  loadedAt: string;
}

/** The most recently loaded scenario, or null when the database has none. */
export async function currentScenario(db: Db): Promise<StoredScenario | null> {
  const [row] = await db.select().from(scenario).orderBy(desc(scenario.loadedAt)).limit(1);
  return row ?? null;
}

/** Records that a scenario was loaded (fails if that id is already loaded). */
export async function insertScenario(db: Db, manifest: ScenarioManifest): Promise<void> {
  await db.insert(scenario).values({ id: manifest.id, manifest });
}

/** One import of a file, as logged. */
export interface ImportRunRecord {
  source: string;
  file: string;
  lines: number;
  rows: number;
}

/** Logs an import (in the same transaction as its rows). */
export async function recordImport(db: Db, run: ImportRunRecord): Promise<void> {
  await db.insert(importRun).values(run);
}

/** The import log, newest first. */
export async function listImports(db: Db): Promise<(ImportRunRecord & { at: string })[]> {
  return db
    .select({
      source: importRun.source,
      file: importRun.file,
      lines: importRun.lines,
      rows: importRun.rows,
      at: importRun.at,
    })
    .from(importRun)
    .orderBy(desc(importRun.id));
}

// Any constant shared by every Tongzhou process: one scenario load at a time on a shared server.
const SCENARIO_LOAD_LOCK_KEY = 7_042_021;

/** Within a transaction, waits until no other process is loading a scenario (released at commit). */
export async function lockScenarioLoad(tx: Db): Promise<void> {
  await tx.execute(sql`SELECT pg_advisory_xact_lock(${SCENARIO_LOAD_LOCK_KEY})`);
}

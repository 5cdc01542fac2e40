// The drizzle schema: mirrors src/db/migrations/*.sql (the SQL files are the truth; keep both in step).
import {
  bigint,
  char,
  date,
  doublePrecision,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  serial,
  text,
  timestamp,
} from 'drizzle-orm/pg-core';
import type { ScenarioManifest } from '../core/scenario/types';

/** The loaded demo scenario (at most one row per scenario id). */
export const scenario = pgTable('scenario', {
  id: text('id').primaryKey(),
  manifest: jsonb('manifest').$type<ScenarioManifest>().notNull(),
  loadedAt: timestamp('loaded_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
});

/** Population per country and where the figure comes from. */
export const countryPopulation = pgTable('country_population', {
  iso3: char('iso3', { length: 3 }).primaryKey(),
  population: bigint('population', { mode: 'number' }).notNull(),
  year: integer('year'),
  source: text('source').notNull(),
});

/** Health-system capacity per country: beds and workforce, each with its source. */
export const countryHealth = pgTable('country_health', {
  iso3: char('iso3', { length: 3 }).primaryKey(),
  bedsPer1000: doublePrecision('beds_per_1000'),
  bedsYear: integer('beds_year'),
  bedsSource: text('beds_source'),
  doctors: integer('doctors'),
  nurses: integer('nurses'),
  workforceSource: text('workforce_source'),
});

/** One day of a cumulative case series from one source (null = that metric was never imported). */
export const casePoint = pgTable(
  'case_point',
  {
    source: text('source').notNull(),
    iso3: char('iso3', { length: 3 }).notNull(),
    date: date('date', { mode: 'string' }).notNull(),
    cases: integer('cases'),
    deaths: integer('deaths'),
  },
  (t) => [primaryKey({ columns: [t.source, t.iso3, t.date] })],
);

/** A log of imports: which file, how many lines read and rows written. */
export const importRun = pgTable('import_run', {
  id: serial('id').primaryKey(),
  source: text('source').notNull(),
  file: text('file').notNull(),
  lines: integer('lines').notNull(),
  rows: integer('rows').notNull(),
  at: timestamp('at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
});

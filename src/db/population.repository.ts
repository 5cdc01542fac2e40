// Population and health-system figures per country: the only place that reads or writes
// country_population and country_health.
import { asc, eq, sql } from 'drizzle-orm';
import type { Iso3 } from '../core/shared/brand';
import { chunks } from './chunks';
import type { Db } from './db.types';
import { countryHealth, countryPopulation } from './schema';

/** A country's population, the year of the figure and where it comes from. */
export interface PopulationRow {
  iso3: Iso3;
  population: number;
  year: number | null;
  source: 'worldbank' | 'jhu';
}

/** A country's beds and health workforce, each with its source. */
export interface HealthRow {
  iso3: Iso3;
  bedsPer1000: number | null;
  bedsYear: number | null;
  bedsSource: string | null;
  doctors: number | null;
  nurses: number | null;
  workforceSource: string | null;
}

/** Beds per 1,000 people from one import (e.g. World Bank SH.MED.BEDS.ZS). */
export interface BedsRow {
  iso3: Iso3;
  bedsPer1000: number;
  year: number;
}

/** Inserts or replaces population figures, in multi-row statements. */
export async function upsertPopulation(db: Db, rows: readonly PopulationRow[]): Promise<number> {
  for (const batch of chunks(rows)) {
    await db
      .insert(countryPopulation)
      .values(batch)
      .onConflictDoUpdate({
        target: countryPopulation.iso3,
        set: {
          population: sql.raw('excluded.population'),
          year: sql.raw('excluded.year'),
          source: sql.raw('excluded.source'),
        },
      });
  }
  return rows.length;
}

/** Every stored population, keyed by ISO3. */
export async function allPopulation(db: Db): Promise<Map<Iso3, PopulationRow>> {
  const rows = await db.select().from(countryPopulation).orderBy(asc(countryPopulation.iso3));
  return new Map(rows.map((r) => [r.iso3 as Iso3, toPopulation(r)]));
}

/** One country's population, or null when unknown. */
export async function populationOf(db: Db, iso3: Iso3): Promise<PopulationRow | null> {
  const [row] = await db.select().from(countryPopulation).where(eq(countryPopulation.iso3, iso3));
  return row ? toPopulation(row) : null;
}

function toPopulation(r: typeof countryPopulation.$inferSelect): PopulationRow {
  return {
    iso3: r.iso3 as Iso3,
    population: r.population,
    year: r.year,
    source: r.source as PopulationRow['source'],
  };
}

/** Inserts or replaces whole health rows, in multi-row statements. */
export async function upsertHealth(db: Db, rows: readonly HealthRow[]): Promise<number> {
  for (const batch of chunks(rows)) {
    await db
      .insert(countryHealth)
      .values(batch)
      .onConflictDoUpdate({
        target: countryHealth.iso3,
        set: {
          bedsPer1000: sql.raw('excluded.beds_per_1000'),
          bedsYear: sql.raw('excluded.beds_year'),
          bedsSource: sql.raw('excluded.beds_source'),
          doctors: sql.raw('excluded.doctors'),
          nurses: sql.raw('excluded.nurses'),
          workforceSource: sql.raw('excluded.workforce_source'),
        },
      });
  }
  return rows.length;
}

/** Sets the beds figures of each country (keeping its workforce figures), naming their source. */
export async function upsertBeds(
  db: Db,
  rows: readonly BedsRow[],
  source: string,
): Promise<number> {
  for (const batch of chunks(rows)) {
    await db
      .insert(countryHealth)
      .values(
        batch.map((r) => ({
          iso3: r.iso3,
          bedsPer1000: r.bedsPer1000,
          bedsYear: r.year,
          bedsSource: source,
        })),
      )
      .onConflictDoUpdate({
        target: countryHealth.iso3,
        set: {
          bedsPer1000: sql.raw('excluded.beds_per_1000'),
          bedsYear: sql.raw('excluded.beds_year'),
          bedsSource: sql.raw('excluded.beds_source'),
        },
      });
  }
  return rows.length;
}

/** One country's health figures, or null when none are stored. */
export async function healthOf(db: Db, iso3: Iso3): Promise<HealthRow | null> {
  const [row] = await db.select().from(countryHealth).where(eq(countryHealth.iso3, iso3));
  return row ? { ...row, iso3: row.iso3 as Iso3 } : null;
}

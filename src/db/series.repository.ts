// Case series: the only place that reads or writes case_point.
import { and, asc, count, countDistinct, eq, lte, max, min, sql } from 'drizzle-orm';
import type { IsoDate, Iso3 } from '../core/shared/brand';
import type { PointRow, SeriesSource } from '../core/situation/types';
import { chunks } from './chunks';
import type { Db } from './db.types';
import { casePoint } from './schema';

/** The dates a source covers and how many series (countries and the world row) it holds. */
export interface SourceRange {
  source: SeriesSource;
  firstDate: IsoDate;
  lastDate: IsoDate;
  series: number;
  points: number;
}

/**
 * Inserts or updates rows in multi-row statements. A metric a row leaves out keeps its stored value, so
 * a JHU confirmed file and a deaths file fill the same points. Returns the number of rows written.
 */
export async function upsertPoints(
  db: Db,
  source: SeriesSource,
  rows: readonly PointRow[],
  onProgress?: (written: number, total: number) => void,
): Promise<number> {
  const values = rows
    .filter((r) => r.cases !== undefined || r.deaths !== undefined)
    .map((r) => ({
      source,
      iso3: r.iso3,
      date: r.date,
      cases: r.cases ?? null,
      deaths: r.deaths ?? null,
    }));
  let written = 0;
  for (const batch of chunks(values)) {
    await db
      .insert(casePoint)
      .values(batch)
      .onConflictDoUpdate({
        target: [casePoint.source, casePoint.iso3, casePoint.date],
        set: {
          cases: sql.raw('coalesce(excluded.cases, case_point.cases)'),
          deaths: sql.raw('coalesce(excluded.deaths, case_point.deaths)'),
        },
      });
    written += batch.length;
    onProgress?.(written, values.length);
  }
  return written;
}

const rowColumns = {
  iso3: casePoint.iso3,
  date: casePoint.date,
  cases: casePoint.cases,
  deaths: casePoint.deaths,
};

// A metric that was never imported for a point is left out of the row (core's cumulativeFromRows
// carries the previous value forward).
function toRow(r: {
  iso3: string;
  date: string;
  cases: number | null;
  deaths: number | null;
}): PointRow {
  const row: PointRow = { iso3: r.iso3 as Iso3, date: r.date as IsoDate };
  if (r.cases !== null) row.cases = r.cases;
  if (r.deaths !== null) row.deaths = r.deaths;
  return row;
}

/** One country's (or WORLD's) stored rows from a source, by date, up to `upTo` when given. */
export async function countryRows(
  db: Db,
  source: SeriesSource,
  iso3: Iso3,
  upTo?: IsoDate,
): Promise<PointRow[]> {
  const rows = await db
    .select(rowColumns)
    .from(casePoint)
    .where(
      and(
        eq(casePoint.source, source),
        eq(casePoint.iso3, iso3),
        upTo === undefined ? undefined : lte(casePoint.date, upTo),
      ),
    )
    .orderBy(asc(casePoint.date));
  return rows.map(toRow);
}

/** Every stored row of a source up to and including `upTo` (WORLD included), by ISO3 then date. */
export async function rowsUpTo(db: Db, source: SeriesSource, upTo: IsoDate): Promise<PointRow[]> {
  const rows = await db
    .select(rowColumns)
    .from(casePoint)
    .where(and(eq(casePoint.source, source), lte(casePoint.date, upTo)))
    .orderBy(asc(casePoint.iso3), asc(casePoint.date));
  return rows.map(toRow);
}

/** The first and last date of each source in the database, with counts. */
export async function sourceRanges(db: Db): Promise<SourceRange[]> {
  const rows = await db
    .select({
      source: casePoint.source,
      firstDate: min(casePoint.date),
      lastDate: max(casePoint.date),
      series: countDistinct(casePoint.iso3),
      points: count(),
    })
    .from(casePoint)
    .groupBy(casePoint.source)
    .orderBy(asc(casePoint.source));
  return rows.map((r) => ({
    source: r.source as SeriesSource,
    firstDate: r.firstDate as IsoDate,
    lastDate: r.lastDate as IsoDate,
    series: r.series,
    points: r.points,
  }));
}

/** Counts the stored points of a source (all sources when omitted). */
export async function countPoints(db: Db, source?: SeriesSource): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(casePoint)
    .where(source === undefined ? undefined : eq(casePoint.source, source));
  return row?.n ?? 0;
}

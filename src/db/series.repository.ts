// Case series: the only place that reads or writes case_point.
import { and, asc, count, countDistinct, eq, lte, max, min, sql } from 'drizzle-orm';
import type { IsoDate, Iso3 } from '../core/shared/brand';
import type { CumulativePoint, PointRow, SeriesSource } from '../core/situation/types';
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

const pointColumns = {
  iso3: casePoint.iso3,
  date: casePoint.date,
  cases: casePoint.cases,
  deaths: casePoint.deaths,
};

// A metric that was never imported for a point reads as 0.
function toPoint(r: {
  date: string;
  cases: number | null;
  deaths: number | null;
}): CumulativePoint {
  return { date: r.date as IsoDate, cases: r.cases ?? 0, deaths: r.deaths ?? 0 };
}

/** One country's (or WORLD's) cumulative points from a source, by date, up to `upTo` when given. */
export async function countryPoints(
  db: Db,
  source: SeriesSource,
  iso3: Iso3,
  upTo?: IsoDate,
): Promise<CumulativePoint[]> {
  const rows = await db
    .select(pointColumns)
    .from(casePoint)
    .where(
      and(
        eq(casePoint.source, source),
        eq(casePoint.iso3, iso3),
        upTo === undefined ? undefined : lte(casePoint.date, upTo),
      ),
    )
    .orderBy(asc(casePoint.date));
  return rows.map(toPoint);
}

/** Every series of a source up to and including `upTo`, keyed by ISO3 (WORLD included), each by date. */
export async function pointsUpTo(
  db: Db,
  source: SeriesSource,
  upTo: IsoDate,
): Promise<Map<Iso3, CumulativePoint[]>> {
  const rows = await db
    .select(pointColumns)
    .from(casePoint)
    .where(and(eq(casePoint.source, source), lte(casePoint.date, upTo)))
    .orderBy(asc(casePoint.iso3), asc(casePoint.date));
  const out = new Map<Iso3, CumulativePoint[]>();
  for (const r of rows) {
    const iso3 = r.iso3 as Iso3;
    let list = out.get(iso3);
    if (!list) out.set(iso3, (list = []));
    list.push(toPoint(r));
  }
  return out;
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

// Use cases: the situation of every country on a date, and the world milestones, from one source.
import type { Country } from '../core/reference/countries';
import { countryByIso3 } from '../core/reference/countries';
import type { IsoDate } from '../core/shared/brand';
import {
  countrySituation,
  cumulativeFromRows,
  TIERS,
  WORLD,
  worldMilestones,
  type CountrySituation,
  type CumulativePoint,
  type Milestone,
  type SeriesSource,
  type Tier,
} from '../core/situation';
import type { Database } from '../db/database';
import type { Db } from '../db/db.types';
import { allPopulation } from '../db/population.repository';
import { countryRows, rowsUpTo } from '../db/series.repository';
import { BadRequestError } from './errors';
import { resolveView, type ViewQuery } from './view';

/** One country's line in the situation table (the API's `countries[]` entry). */
export interface SituationEntry {
  iso3: string;
  iso2: string;
  isoNumeric: string | null;
  nameEn: string;
  nameZh: string;
  region: string;
  subregion: string;
  population: number | null;
  cases: number;
  deaths: number;
  newCases7d: number;
  casesPerMillion: number | null;
  deathsPerMillion: number | null;
  growthRate: number | null;
  doublingTimeDays: number | null;
  /** A TIERS id, or "unknown" when the population (and so the rate per million) is unknown. */
  tier: string;
}

/** The situation of every country with a series in `source` on `date`. */
export interface Situation {
  date: IsoDate;
  source: SeriesSource;
  tiers: Tier[];
  countries: SituationEntry[];
  world: { cases: number; deaths: number };
}

/** Tier id used when a country's rate per million cannot be computed. */
export const UNKNOWN_TIER = 'unknown';

/** Shapes a core CountrySituation with the country's reference data into a table line. */
export function situationEntry(
  country: Country,
  population: number | null,
  s: CountrySituation,
): SituationEntry {
  return {
    iso3: country.iso3,
    iso2: country.iso2,
    isoNumeric: country.isoNumeric,
    nameEn: country.nameEn,
    nameZh: country.nameZh,
    region: country.region,
    subregion: country.subregion,
    population,
    cases: s.cases,
    deaths: s.deaths,
    newCases7d: s.newCases7d,
    casesPerMillion: s.casesPerMillion,
    deathsPerMillion: s.deathsPerMillion,
    growthRate: s.growth?.rate ?? null,
    doublingTimeDays: s.growth?.doublingTimeDays ?? null,
    tier: s.tier?.id ?? UNKNOWN_TIER,
  };
}

/** The last point on or before `date` of a cumulative series, as counts (0 when there is none). */
function countsOn(points: readonly CumulativePoint[] | undefined): {
  cases: number;
  deaths: number;
} {
  const last = points?.at(-1);
  return { cases: last?.cases ?? 0, deaths: last?.deaths ?? 0 };
}

/** Every country's situation on a date (default: the scenario's asOf) from one source. */
export async function getSituation(database: Database, query: ViewQuery): Promise<Situation> {
  return database.transaction(async (tx) => {
    const view = await resolveView(tx, query);
    const series = cumulativeFromRows(await rowsUpTo(tx, view.source, view.date));
    const populations = await allPopulation(tx);
    const countries: SituationEntry[] = [];
    let summed = { cases: 0, deaths: 0 };
    for (const [iso3, points] of series) {
      const country = iso3 === WORLD ? undefined : countryByIso3(iso3);
      if (!country) continue;
      const population = populations.get(iso3)?.population ?? null;
      const entry = situationEntry(
        country,
        population,
        countrySituation(points, population, view.date),
      );
      countries.push(entry);
      summed = { cases: summed.cases + entry.cases, deaths: summed.deaths + entry.deaths };
    }
    // The source's own world total includes rows that are no country (cruise ships); fall back to the sum.
    const world = series.has(WORLD) ? countsOn(series.get(WORLD)) : summed;
    return { date: view.date, source: view.source, tiers: [...TIERS], countries, world };
  });
}

/** World milestones of one source: the date the world total reached each multiple of `every`. */
export interface Milestones {
  source: SeriesSource;
  every: number;
  milestones: Milestone[];
}

/** The world's series of a source: its WORLD rows, or the sum of its countries when it has none. */
export async function worldSeries(
  db: Db,
  source: SeriesSource,
  upTo: IsoDate,
): Promise<CumulativePoint[]> {
  const world = cumulativeFromRows(await countryRows(db, source, WORLD, upTo)).get(WORLD);
  if (world && world.length > 0) return world;
  const byDate = new Map<string, CumulativePoint>();
  for (const [, points] of cumulativeFromRows(await rowsUpTo(db, source, upTo))) {
    for (const p of points) {
      const sum = byDate.get(p.date) ?? { date: p.date, cases: 0, deaths: 0 };
      byDate.set(p.date, {
        date: p.date,
        cases: sum.cases + p.cases,
        deaths: sum.deaths + p.deaths,
      });
    }
  }
  return [...byDate.values()].sort((a, b) => (a.date < b.date ? -1 : 1));
}

/** The most milestones one request may produce (bounds the work a tiny step would cause). */
export const MAX_MILESTONES = 10_000;

/** "The first N cases took D days, the next N took …" over a source's whole world series. */
export async function getMilestones(
  database: Database,
  every: number,
  source?: SeriesSource,
): Promise<Milestones> {
  return database.transaction(async (tx) => {
    const view = await resolveView(tx, { source });
    const points = await worldSeries(tx, view.source, view.range.lastDate);
    const count = Math.floor((points.at(-1)?.cases ?? 0) / every);
    if (count > MAX_MILESTONES) {
      throw new BadRequestError(
        `every=${every} would give ${count} milestones (at most ${MAX_MILESTONES}); use a larger step`,
        'every',
      );
    }
    return { source: view.source, every, milestones: worldMilestones(points, every) };
  });
}

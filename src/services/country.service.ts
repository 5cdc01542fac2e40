// Use cases: the list of countries, and one country's reference data, health capacity, situation and series.
import { COUNTRIES, countryByIso3 } from '../core/reference/countries';
import type { IsoDate, Iso3 } from '../core/shared/brand';
import {
  countrySituation,
  cumulativeFromRows,
  dailyFromCumulative,
  smooth7,
  type Corrections,
  type CumulativePoint,
  type GrowthFit,
  type SeriesSource,
} from '../core/situation';
import type { Database } from '../db/database';
import { allPopulation, healthOf, populationOf, type HealthRow } from '../db/population.repository';
import { countryRows } from '../db/series.repository';
import { NotFoundError } from './errors';
import { situationEntry, type SituationEntry } from './situation.service';
import { resolveView, type ViewQuery } from './view';

/** A country in the list: reference data and population where known. */
export interface CountryListEntry {
  iso3: string;
  iso2: string;
  isoNumeric: string | null;
  nameEn: string;
  nameZh: string;
  region: string;
  subregion: string;
  population: number | null;
}

/** Every ISO 3166-1 country, with its population where the database has one. */
export async function listCountries(database: Database): Promise<CountryListEntry[]> {
  const populations = await allPopulation(database.db);
  return COUNTRIES.map((c) => ({
    iso3: c.iso3,
    iso2: c.iso2,
    isoNumeric: c.isoNumeric,
    nameEn: c.nameEn,
    nameZh: c.nameZh,
    region: c.region,
    subregion: c.subregion,
    population: populations.get(c.iso3)?.population ?? null,
  }));
}

/** One day of a country's series: cumulative as published, daily new, and the 7-day mean of new cases. */
export interface SeriesDay {
  date: IsoDate;
  cases: number;
  deaths: number;
  newCases: number;
  newDeaths: number;
  newCasesSmoothed: number;
}

/** Everything the country panel shows. */
export interface CountryDetail {
  country: CountryListEntry & {
    m49Region: string | null;
    m49Subregion: string | null;
    populationSource: 'worldbank' | 'jhu' | null;
  };
  health: Omit<HealthRow, 'iso3'> | null;
  situation: SituationEntry | null;
  growth: Omit<GrowthFit, 'points'> | null;
  corrections: Corrections;
  series: SeriesDay[];
}

/** Day-by-day series with gaps filled: cumulative carried forward on days the source skipped. */
export function seriesDays(points: readonly CumulativePoint[]): SeriesDay[] {
  const { daily } = dailyFromCumulative(points);
  const smoothed = smooth7(daily.map((d) => d.newCases));
  const byDate = new Map(points.map((p) => [p.date as string, p]));
  let cases = 0;
  let deaths = 0;
  return daily.map((d, i) => {
    const p = byDate.get(d.date);
    if (p) ({ cases, deaths } = p);
    return {
      date: d.date,
      cases,
      deaths,
      newCases: d.newCases,
      newDeaths: d.newDeaths,
      newCasesSmoothed: smoothed[i] ?? 0,
    };
  });
}

/**
 * One country on a date from one source (defaults as for the situation). Throws NotFoundError naming
 * the code when it is not an ISO 3166-1 alpha-3 country.
 */
export async function getCountry(
  database: Database,
  code: string,
  query: ViewQuery,
): Promise<CountryDetail & { source: SeriesSource; date: IsoDate }> {
  const country = countryByIso3(code);
  if (!country) {
    throw new NotFoundError(`no country with ISO3 code "${code}"`, 'iso3', code);
  }
  const iso3: Iso3 = country.iso3;
  return database.transaction(async (tx) => {
    const view = await resolveView(tx, query);
    const population = await populationOf(tx, iso3);
    const health = await healthOf(tx, iso3);
    const points = cumulativeFromRows(await countryRows(tx, view.source, iso3, view.date)).get(
      iso3,
    );
    const s = points?.length
      ? countrySituation(points, population?.population ?? null, view.date)
      : null;
    let growth: CountryDetail['growth'] = null;
    if (s?.growth) {
      const { points: _fitted, ...fit } = s.growth;
      growth = fit;
    }
    return {
      source: view.source,
      date: view.date,
      country: {
        iso3: country.iso3,
        iso2: country.iso2,
        isoNumeric: country.isoNumeric,
        nameEn: country.nameEn,
        nameZh: country.nameZh,
        region: country.region,
        subregion: country.subregion,
        m49Region: country.m49Region,
        m49Subregion: country.m49Subregion,
        population: population?.population ?? null,
        populationSource: population?.source ?? null,
      },
      health: health ? withoutIso3(health) : null,
      situation: s ? situationEntry(country, population?.population ?? null, s) : null,
      growth,
      corrections: s?.corrections ?? { cases: 0, deaths: 0 },
      series: points ? seriesDays(points) : [],
    };
  });
}

function withoutIso3(health: HealthRow): Omit<HealthRow, 'iso3'> {
  const { iso3: _iso3, ...rest } = health;
  return rest;
}

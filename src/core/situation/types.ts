import type { IsoDate, Iso3 } from '../shared/brand';

/** Where a case series comes from. Two sources never mix silently. */
export type SeriesSource = 'jhu' | 'owid';

/** One day of a cumulative series, as published (may decrease when a source corrects itself). */
export interface CumulativePoint {
  date: IsoDate;
  cases: number;
  deaths: number;
}

/** A country's cumulative series from one source, sorted by date, one point per day. */
export interface CountrySeries {
  source: SeriesSource;
  iso3: Iso3;
  points: CumulativePoint[];
}

/** The code under which a source's world total is kept (it includes rows that are not countries, such as cruise ships). */
export const WORLD = 'WLD' as Iso3;

/** One day of daily new counts derived from a cumulative series. */
export interface DailyPoint {
  date: IsoDate;
  newCases: number;
  newDeaths: number;
}

/** A log-linear fit of daily new cases: growth rate per day with a 95 % interval. */
export interface GrowthFit {
  /** Growth rate r per day (slope of ln(daily new cases) over the window). */
  rate: number;
  /** 95 % confidence interval of r. */
  rateLow: number;
  rateHigh: number;
  /** ln 2 / r in days; null when r <= 0 (declining or flat). */
  doublingTimeDays: number | null;
  r2: number;
  /** Days in the fit window and its last date. */
  windowDays: number;
  /** Days in the window with a positive smoothed count: the points actually fitted. */
  points: number;
  endDate: IsoDate;
}

/** "The first N cases took D days": the date a cumulative world series first reached each multiple of `every`. */
export interface Milestone {
  cases: number;
  date: IsoDate;
  /** Days since the previous milestone (for the first, since the first day with a case). */
  days: number;
}

/** A severity tier for the map and the list, with the thresholds that define it. */
export interface Tier {
  id: string;
  labelEn: string;
  labelZh: string;
  /** Inclusive lower bound of cases per million; the next tier's lower bound is this one's upper bound. */
  minCasesPerMillion: number;
}

/**
 * One stored observation: a source's cumulative count(s) for a country (or WORLD) on a day. Importers and
 * the scenario produce it and the database stores it; a metric a file does not carry is left out.
 */
export interface PointRow {
  iso3: Iso3;
  date: IsoDate;
  cases?: number;
  deaths?: number;
}

/** Number of day-over-day decreases of a cumulative series that were clamped to zero new. */
export interface Corrections {
  cases: number;
  deaths: number;
}

/** Daily new counts derived from a cumulative series, with the clamped decreases counted. */
export interface DailySeries {
  daily: DailyPoint[];
  corrections: Corrections;
}

/** A country's epidemic situation on a date, from one source's cumulative series. */
export interface CountrySituation {
  asOf: IsoDate;
  /** Date of the last data point on or before asOf (null when there is none). */
  lastDate: IsoDate | null;
  /** Cumulative counts on lastDate, as published. */
  cases: number;
  deaths: number;
  /** Mean daily new cases / deaths over the 7 days ending on lastDate. */
  newCases7d: number;
  newDeaths7d: number;
  /** Null when the population is unknown. */
  casesPerMillion: number | null;
  deathsPerMillion: number | null;
  growth: GrowthFit | null;
  /** Null when the population is unknown (tiers are per million). */
  tier: Tier | null;
  corrections: Corrections;
}

import type { IsoDate, Iso3 } from '../shared/brand';
import type { SeriesSource } from '../situation/types';

/** Attribution of one data source the scenario was derived from. */
export interface Attribution {
  name: string;
  licence: string;
  url: string;
  files: string[];
}

/** `data/scenarios/<id>/manifest.json`: what the scenario is, as of when, and where its figures come from. */
export interface ScenarioManifest {
  id: string;
  title: string;
  asOf: IsoDate;
  defaultSource: SeriesSource;
  attribution: Attribution[];
  /** Plain-words notes on anything illustrative rather than real. */
  notes: string[];
}

/** `population.json`: population per country and where the figure comes from. */
export type ScenarioPopulation = Record<
  string,
  { population: number; year: number; source: 'worldbank' | 'jhu' }
>;

/** `health.json`: health-system capacity per country (beds and workforce), each with its source. */
export type ScenarioHealth = Record<
  string,
  {
    bedsPer1000: number | null;
    bedsYear: number | null;
    bedsSource: string | null;
    doctors: number | null;
    nurses: number | null;
    workforceSource: string | null;
  }
>;

/**
 * `series-<source>.json`: cumulative counts per country, one array entry per day from firstDate
 * to lastDate; `world` is the source's world total (kept under the code WLD).
 */
export interface ScenarioSeries {
  source: SeriesSource;
  firstDate: IsoDate;
  lastDate: IsoDate;
  countries: Record<string, { cases: number[]; deaths: number[] }>;
  world: { cases: number[]; deaths: number[] };
}

/** The whole demo scenario as loaded into the database on first start. */
export interface Scenario {
  manifest: ScenarioManifest;
  population: ScenarioPopulation;
  health: ScenarioHealth;
  series: ScenarioSeries[];
}

/** Keys of a ScenarioSeries record are ISO3 codes. */
export type ScenarioCountryKey = Iso3;

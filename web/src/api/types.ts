// Response shapes of the Tongzhou API as the dashboard reads them (see the API contract).

/** A case-series source the API can answer from. */
export type SourceId = 'jhu' | 'owid';

/** `GET /api/meta`: the loaded scenario, the available sources and their attribution. */
export interface MetaResponse {
  scenario: {
    id: string;
    title: string;
    asOf: string;
    defaultSource: SourceId;
    notes: string[];
  } | null;
  sources: { id: SourceId; name: string; firstDate: string; lastDate: string }[];
  attribution: { name: string; licence: string; url: string }[];
}

/** A severity tier with its lower bound in cases per million. */
export interface TierInfo {
  id: string;
  labelEn: string;
  labelZh: string;
  minCasesPerMillion: number;
}

/** One country's situation on a date, from one source. */
export interface CountrySituation {
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
  tier: string;
}

/** `GET /api/situation`: every country with a series in the source, on one date. */
export interface SituationResponse {
  date: string;
  source: SourceId;
  tiers: TierInfo[];
  countries: CountrySituation[];
  world: { cases: number; deaths: number };
}

/** One world milestone: the date the world total reached `cases`, and the days since the previous one. */
export interface MilestoneInfo {
  cases: number;
  date: string;
  days: number;
}

/** `GET /api/situation/world/milestones`. */
export interface MilestonesResponse {
  source: SourceId;
  every: number;
  milestones: MilestoneInfo[];
}

/** A country of the reference list (names in both languages, population where known). */
export interface CountryRef {
  iso3: string;
  iso2: string;
  isoNumeric: string | null;
  nameEn: string;
  nameZh: string;
  region: string;
  subregion: string;
  population: number | null;
}

/** `GET /api/countries`. */
export interface CountriesResponse {
  countries: CountryRef[];
}

/** A growth fit: rate per day with its 95 % interval, doubling time and fit quality. */
export interface GrowthInfo {
  rate: number;
  rateLow: number;
  rateHigh: number;
  doublingTimeDays: number | null;
  r2: number;
  windowDays: number;
  endDate: string;
}

/** One day of a country's series: cumulative and daily counts. */
export interface SeriesPoint {
  date: string;
  cases: number;
  deaths: number;
  newCases: number;
  newDeaths: number;
  newCasesSmoothed: number;
}

/** `GET /api/countries/:iso3`: everything the country panel shows. */
export interface CountryDetailResponse {
  country: CountryRef & {
    m49Region: string | null;
    m49Subregion: string | null;
    populationSource: 'worldbank' | 'jhu' | null;
  };
  health: {
    bedsPer1000: number | null;
    bedsYear: number | null;
    bedsSource: string | null;
    doctors: number | null;
    nurses: number | null;
    workforceSource: string | null;
  } | null;
  situation: CountrySituation | null;
  growth: GrowthInfo | null;
  corrections: { cases: number; deaths: number };
  series: SeriesPoint[];
}

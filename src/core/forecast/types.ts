import type { ItemId } from '../shared/brand';

/** The roles and counts a daily consumption rate applies to (one person, bed, screening or test per day). */
export type Role =
  | 'inpatientHcw'
  | 'screeningHcw'
  | 'labTechnician'
  | 'inpatientBed'
  | 'criticalBed'
  | 'isolatedPatient'
  | 'screenedPerson'
  | 'pcrTest'
  | 'antigenTest';

/** Daily consumption of one item per unit of each role (absent role: none). */
export type ItemRates = Partial<Record<Role, number>>;

/** Four severity classes of a confirmed case (ESFT: mild, moderate, severe, critical). */
export interface BySeverity<T = number> {
  mild: T;
  moderate: T;
  severe: T;
  critical: T;
}

/** Every number the forecast model uses; defaults in DEFAULT_PARAMS, each with a source in PARAM_INFO. */
export interface ForecastParams {
  /** Share of new cases in each severity class; adds up to 1. */
  severity: BySeverity;
  /** Weeks a case stays in care (isolation for mild/moderate, hospital for severe/critical). */
  stayWeeks: BySeverity;
  /** Shares of critical patients on invasive and non-invasive ventilation; add up to 1. */
  ventilation: { invasive: number; nonInvasive: number };
  /** Oxygen flow per patient in litres per minute. */
  oxygenLitresPerMinute: { severe: number; criticalInvasive: number; criticalNonInvasive: number };
  /** Share of hospital beds kept for non-COVID care. */
  beds: { nonCovidShare: number };
  /** Split of the health workforce (doctors + nurses): non-COVID, treating inpatients, screening; adds up to 1. */
  healthWorkers: { nonCovidShare: number; treatingShare: number; screeningShare: number };
  /** Health-worker hours per patient per 24 h, shift length, and screenings per screening worker per day. */
  staffing: {
    hoursPerSevereBed: number;
    hoursPerCriticalBed: number;
    shiftHours: number;
    screeningsPerWorkerPerDay: number;
  };
  /** Testing strategy: tests per case, suspects, contacts, health workers, antigen share, lab throughput. */
  testing: {
    perMildModerateCase: number;
    perSevereCriticalCase: number;
    negativesPerPositive: number;
    contactsPerCase: number;
    contactsTestedShare: number;
    perHealthWorkerPerWeek: number;
    antigenShare: number;
    perLabTechnicianPerDay: number;
    labStaffCovidShare: number;
  };
  /** Daily consumption rates per catalogue item and role. */
  rates: Record<string, ItemRates>;
}

/** A country's health-system capacity as the forecast needs it. */
export interface CountryCapacity {
  population: number;
  /** Hospital beds in the whole country. */
  beds: number;
  /** Doctors plus nurses. */
  healthWorkers: number;
  /** Laboratory staff; null when unknown (then PCR tests are not capped by lab capacity). */
  labStaff?: number | null;
}

/** Exponential growth at the fitted rate (per day) with its confidence interval, from the current daily level. */
export interface ExponentialCaseModel {
  kind: 'exponential';
  /** New cases per day now (7-day smoothed). */
  dailyCasesNow: number;
  rate: number;
  rateLow: number;
  rateHigh: number;
  /** Confirmed cases so far; projected cases never exceed population minus this. */
  casesToDate: number;
}

/** A weekly case series the user supplies, optionally with a low-high range and the weeks before it. */
export interface SeriesCaseModel {
  kind: 'series';
  weeklyNewCases: number[];
  weeklyLow?: number[];
  weeklyHigh?: number[];
  /** New cases in the weeks just before week 1, oldest first (patients still in care). */
  previousWeeks?: number[];
  casesToDate?: number;
}

/** How new cases are projected. */
export type CaseModel = ExponentialCaseModel | SeriesCaseModel;

/** Which run of the model a forecast reports as its headline figure. */
export type Scenario = 'low' | 'central' | 'high';

/** A delivery expected in a given week (1 = the first forecast week). */
export interface PipelineEntry {
  item: ItemId;
  quantity: number;
  arrivalWeek: number;
}

/** Everything one forecast needs. */
export interface ForecastInput {
  capacity: CountryCapacity;
  cases: CaseModel;
  /** Horizon in weeks, 1 to 12. */
  weeks: number;
  scenario: Scenario;
  params: ForecastParams;
  /** Stock on hand per catalogue item id. */
  stock?: Readonly<Record<string, number>>;
  pipeline?: readonly PipelineEntry[];
}

/** A quantity for the chosen scenario with the low-high band around it. */
export interface Band {
  value: number;
  low: number;
  high: number;
}

/** The clinical picture of one week: cases, patients, beds, workers, tests. */
export interface ForecastWeek<T = Band> {
  week: number;
  newCases: T;
  newBySeverity: BySeverity<T>;
  /** Patients in care during the week (new ones plus those still within their length of stay). */
  patients: BySeverity<T>;
  beds: { needed: T; available: number; inUse: T; critical: T };
  healthWorkers: {
    needed: T;
    available: number;
    inUse: T;
    inpatient: T;
    screening: T;
  };
  labTechnicians: T;
  screeningsPerDay: T;
  tests: { needed: T; pcr: T; antigen: T };
  ventilated: { invasive: T; nonInvasive: T };
  oxygenLitresPerDay: T;
}

/** One item in one week: gross need, and net of stock and pipeline (never below 0, never above gross). */
export interface ItemWeek<T = Band> {
  week: number;
  gross: T;
  net: T;
}

/** One catalogue item over the horizon. */
export interface ItemForecast<T = Band> {
  item: ItemId;
  reusable: boolean;
  weeks: ItemWeek<T>[];
  /** Consumables: sum over the weeks. Reusables: the peak week (a stock need, not a burn). */
  total: { gross: T; net: T };
}

/** One stated assumption behind a forecast. */
export interface Assumption {
  key: string;
  value: number | string;
  source: string;
  plainWords: string;
}

/** The needs forecast for one country. */
export interface Forecast {
  weeks: number;
  scenario: Scenario;
  weekly: ForecastWeek[];
  items: ItemForecast[];
  assumptions: Assumption[];
}

import { defaultRates } from './rates';
import type { ForecastParams } from './types';

/** What values a parameter may take: a share (0-1), whole weeks (1-12), a count >= 0, or a count > 0. */
export type ParamKind = 'share' | 'weeks' | 'nonNegative' | 'positive';

/** Where a default comes from and what it means, for one scalar parameter. */
export interface ParamInfo {
  kind: ParamKind;
  source: string;
  plainWords: string;
}

const PARAMS_R = 'ESFT defaults as coded in mrc-ide/esft R/parameters.R';
const DIAG_R = 'ESFT testing defaults, mrc-ide/esft R/diagnostic_parameters.R';
const HWFE =
  'ESFT hwfe sheet (hwfe.csv): sum of hours over the "HCW" occupations, per patient per 24 h';

/** The ESFT default parameters (WHO Essential Supplies Forecasting Tool, via mrc-ide/esft). */
export const DEFAULT_PARAMS: ForecastParams = deepFreeze({
  severity: { mild: 0.4, moderate: 0.4, severe: 0.15, critical: 0.05 },
  stayWeeks: { mild: 2, moderate: 2, severe: 1, critical: 2 },
  ventilation: { invasive: 2 / 3, nonInvasive: 1 / 3 },
  oxygenLitresPerMinute: { severe: 10, criticalInvasive: 30, criticalNonInvasive: 30 },
  beds: { nonCovidShare: 0.4 },
  healthWorkers: { nonCovidShare: 0.4, treatingShare: 0.53, screeningShare: 0.07 },
  staffing: {
    hoursPerSevereBed: 18.224181819,
    hoursPerCriticalBed: 32.689375,
    shiftHours: 8,
    screeningsPerWorkerPerDay: 10,
  },
  testing: {
    perMildModerateCase: 1,
    perSevereCriticalCase: 2,
    negativesPerPositive: 10,
    contactsPerCase: 10,
    contactsTestedShare: 0.6,
    perHealthWorkerPerWeek: 1,
    antigenShare: 0.2,
    perLabTechnicianPerDay: 188 / 3,
    labStaffCovidShare: 0.5,
  },
  rates: defaultRates(),
});

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}

/** Source and plain-words meaning of every scalar parameter, keyed by its dotted path. */
export const PARAM_INFO: Readonly<Record<string, ParamInfo>> = {
  'severity.mild': info('share', PARAMS_R, 'Share of new cases that are mild.'),
  'severity.moderate': info('share', PARAMS_R, 'Share of new cases that are moderate.'),
  'severity.severe': info('share', PARAMS_R, 'Share of new cases that are severe (hospital).'),
  'severity.critical': info('share', PARAMS_R, 'Share of new cases that are critical (hospital).'),
  'stayWeeks.mild': info('weeks', PARAMS_R, 'Weeks a mild case stays in isolation.'),
  'stayWeeks.moderate': info('weeks', PARAMS_R, 'Weeks a moderate case stays in isolation.'),
  'stayWeeks.severe': info('weeks', PARAMS_R, 'Weeks a severe case stays in hospital.'),
  'stayWeeks.critical': info('weeks', PARAMS_R, 'Weeks a critical case stays in hospital.'),
  'ventilation.invasive': info('share', PARAMS_R, 'Share of critical patients on a ventilator.'),
  'ventilation.nonInvasive': info(
    'share',
    PARAMS_R,
    'Share of critical patients on non-invasive ventilation.',
  ),
  'oxygenLitresPerMinute.severe': info(
    'nonNegative',
    PARAMS_R,
    'Oxygen flow for a severe patient.',
  ),
  'oxygenLitresPerMinute.criticalInvasive': info(
    'nonNegative',
    PARAMS_R,
    'Oxygen flow for a ventilated critical patient.',
  ),
  'oxygenLitresPerMinute.criticalNonInvasive': info(
    'nonNegative',
    PARAMS_R,
    'Oxygen flow for a critical patient on non-invasive ventilation.',
  ),
  'beds.nonCovidShare': info('share', PARAMS_R, 'Share of hospital beds kept for other patients.'),
  'healthWorkers.nonCovidShare': info(
    'share',
    PARAMS_R,
    'Share of doctors and nurses kept for other patients.',
  ),
  'healthWorkers.treatingShare': info(
    'share',
    PARAMS_R,
    'Share of doctors and nurses who can treat COVID-19 inpatients.',
  ),
  'healthWorkers.screeningShare': info(
    'share',
    PARAMS_R,
    'Share of doctors and nurses who can screen suspected cases.',
  ),
  'staffing.hoursPerSevereBed': info(
    'nonNegative',
    HWFE,
    'Staff hours a severe patient needs a day.',
  ),
  'staffing.hoursPerCriticalBed': info(
    'nonNegative',
    HWFE,
    'Staff hours a critical patient needs a day.',
  ),
  'staffing.shiftHours': info(
    'positive',
    'ESFT hours_per_shift sheet: 1 shift = 8 hours',
    'Hours one health worker works a day.',
  ),
  'staffing.screeningsPerWorkerPerDay': info(
    'positive',
    'ESFT: 8 hours / 0.8 screening hours per case (hwfe.csv patient_t24_screen) = 10',
    'Suspected cases one worker can screen in a day (48 minutes each).',
  ),
  'testing.perMildModerateCase': info('nonNegative', DIAG_R, 'Tests per mild or moderate case.'),
  'testing.perSevereCriticalCase': info(
    'nonNegative',
    DIAG_R,
    'Tests per severe or critical case (diagnosis and release).',
  ),
  'testing.negativesPerPositive': info(
    'nonNegative',
    DIAG_R,
    'Negative tests of suspected cases for every confirmed case.',
  ),
  'testing.contactsPerCase': info('nonNegative', DIAG_R, 'Contacts traced per confirmed case.'),
  'testing.contactsTestedShare': info('share', DIAG_R, 'Share of traced contacts who are tested.'),
  'testing.perHealthWorkerPerWeek': info(
    'nonNegative',
    DIAG_R,
    'Tests per COVID-19 health worker per week.',
  ),
  'testing.antigenShare': info('share', DIAG_R, 'Share of tests done with antigen rapid tests.'),
  'testing.perLabTechnicianPerDay': info(
    'positive',
    'ESFT throughput.csv: manual RT-PCR 188 tests per 8-hour shift, 3 lab staff per lab (R/diagnostic_parameters.R)',
    'PCR tests one laboratory technician runs in a day.',
  ),
  'testing.labStaffCovidShare': info(
    'share',
    'ESFT throughput.csv covid_capacity (0.5 for high-throughput and near-patient platforms)',
    'Share of laboratory staff working on COVID-19 tests.',
  ),
};

function info(kind: ParamKind, source: string, plainWords: string): ParamInfo {
  return { kind, source, plainWords };
}

/** Groups of shares that must add up to 1, with the message naming them. */
export const SHARE_GROUPS: readonly { paths: string[]; name: string }[] = [
  {
    paths: ['severity.mild', 'severity.moderate', 'severity.severe', 'severity.critical'],
    name: 'severity shares',
  },
  { paths: ['ventilation.invasive', 'ventilation.nonInvasive'], name: 'ventilation shares' },
  {
    paths: [
      'healthWorkers.nonCovidShare',
      'healthWorkers.treatingShare',
      'healthWorkers.screeningShare',
    ],
    name: 'health-worker shares',
  },
];

/** Fallback hospital beds per 1,000 people by World Bank income group (ESFT bed_nr_proxy.csv). */
export const BEDS_PER_1000_BY_INCOME: Readonly<Record<string, number>> = {
  'High income': 4.82,
  'Upper middle income': 3.41,
  'Lower middle income': 2.08,
  'Low income': 1.24,
};

/** Reads a scalar parameter by its dotted path (undefined when there is none). */
export function getParam(params: ForecastParams, path: string): number | undefined {
  const [group, key] = path.split('.');
  if (group === undefined || key === undefined || group === 'rates') return undefined;
  const section = (params as unknown as Record<string, Record<string, unknown>>)[group];
  const value = section?.[key];
  return typeof value === 'number' ? value : undefined;
}

import type { ItemId } from '../shared/brand';
import { FORECAST_ITEMS } from './rates';
import type { ItemRates, Role } from './types';

const ISOLATED = ['severity.mild', 'severity.moderate', 'stayWeeks.mild', 'stayWeeks.moderate'];
const CRITICAL_BED = ['severity.critical', 'stayWeeks.critical', 'beds.nonCovidShare'];
const INPATIENT_BED = [...CRITICAL_BED, 'severity.severe', 'stayWeeks.severe'];
const INPATIENT_HCW = [
  ...INPATIENT_BED,
  'staffing.hoursPerSevereBed',
  'staffing.hoursPerCriticalBed',
  'staffing.shiftHours',
  'healthWorkers.treatingShare',
];
const SCREENED = ['testing.negativesPerPositive', 'severity.mild', 'severity.moderate'];
const SCREENING_HCW = [
  ...SCREENED,
  'staffing.screeningsPerWorkerPerDay',
  'healthWorkers.screeningShare',
];
const TESTS = [
  ...new Set([
    ...INPATIENT_HCW,
    ...SCREENING_HCW,
    'severity.severe',
    'severity.critical',
    'testing.perMildModerateCase',
    'testing.perSevereCriticalCase',
    'testing.contactsPerCase',
    'testing.contactsTestedShare',
    'testing.perHealthWorkerPerWeek',
    'testing.antigenShare',
  ]),
];
const LAB = [...TESTS, 'testing.perLabTechnicianPerDay', 'testing.labStaffCovidShare'];

/**
 * For each role, the scalar parameters its daily count depends on (directly or through another
 * count). Ventilation shares and oxygen flows feed only the clinical figures, never an item.
 */
export const ROLE_PARAMS: Readonly<Record<Role, readonly string[]>> = {
  isolatedPatient: ISOLATED,
  criticalBed: CRITICAL_BED,
  inpatientBed: INPATIENT_BED,
  inpatientHcw: INPATIENT_HCW,
  screenedPerson: SCREENED,
  screeningHcw: SCREENING_HCW,
  antigenTest: TESTS,
  pcrTest: LAB,
  labTechnician: LAB,
};

/**
 * The items whose forecast can change when the parameter at this dotted path changes: for a rate
 * (`rates.<item>.<role>`) only that item; for a scalar, every item with a rate on a role that depends
 * on it.
 */
export function itemsDependingOn(
  path: string,
  rates: Readonly<Record<string, ItemRates>>,
): ItemId[] {
  if (path.startsWith('rates.')) {
    const item = path.split('.')[1];
    return FORECAST_ITEMS.filter((id) => id === item);
  }
  const roles = (Object.keys(ROLE_PARAMS) as Role[]).filter((r) => ROLE_PARAMS[r].includes(path));
  return FORECAST_ITEMS.filter((id) => roles.some((r) => (rates[id]?.[r] ?? 0) !== 0));
}

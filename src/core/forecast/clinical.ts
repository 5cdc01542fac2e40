import type { CaseRun } from './cases';
import type { BySeverity, CountryCapacity, ForecastParams, ForecastWeek, Role } from './types';

/** One week of one run in plain numbers, with the daily counts each consumption rate applies to. */
export interface ClinicalWeek extends ForecastWeek<number> {
  roles: Record<Role, number>;
}

const SEVERITIES = ['mild', 'moderate', 'severe', 'critical'] as const;

/** Weeks of history the lengths of stay need (patients admitted before week 1 still in care). */
export function historyWeeksNeeded(params: ForecastParams): number {
  return Math.max(...SEVERITIES.map((s) => params.stayWeeks[s])) - 1;
}

/**
 * The clinical picture of every week of one run: patients by severity, beds (critical patients get
 * beds first, within the share kept for COVID-19), health workers (each group within its share of the
 * workforce), laboratory staff and tests.
 */
export function clinicalWeeks(
  run: CaseRun,
  capacity: CountryCapacity,
  params: ForecastParams,
): ClinicalWeek[] {
  const all = [...run.history, ...run.weekly];
  const offset = run.history.length;
  const bedsAvailable = capacity.beds * (1 - params.beds.nonCovidShare);
  const treatingCap = capacity.healthWorkers * params.healthWorkers.treatingShare;
  const screeningCap = capacity.healthWorkers * params.healthWorkers.screeningShare;
  const labCap =
    capacity.labStaff == null ? Infinity : capacity.labStaff * params.testing.labStaffCovidShare;
  const { staffing, testing, ventilation, oxygenLitresPerMinute: o2 } = params;

  return run.weekly.map((newCases, i): ClinicalWeek => {
    const at = offset + i;
    const bySeverity = (f: (s: (typeof SEVERITIES)[number]) => number): BySeverity => ({
      mild: f('mild'),
      moderate: f('moderate'),
      severe: f('severe'),
      critical: f('critical'),
    });
    const newBySeverity = bySeverity((s) => params.severity[s] * newCases);
    const patients = bySeverity((s) => {
      let sum = 0;
      for (let j = 0; j < params.stayWeeks[s]; j++) sum += all[at - j] ?? 0;
      return params.severity[s] * sum;
    });

    const bedsNeeded = patients.severe + patients.critical;
    const criticalBeds = Math.min(patients.critical, bedsAvailable);
    const severeBeds = Math.min(patients.severe, bedsAvailable - criticalBeds);
    const bedsInUse = criticalBeds + severeBeds;

    const inpatientNeeded =
      (severeBeds * staffing.hoursPerSevereBed + criticalBeds * staffing.hoursPerCriticalBed) /
      staffing.shiftHours;
    const screeningsPerDay =
      (testing.negativesPerPositive * newCases + newBySeverity.mild + newBySeverity.moderate) / 7;
    const screeningNeeded = screeningsPerDay / staffing.screeningsPerWorkerPerDay;
    const inpatient = Math.min(inpatientNeeded, treatingCap);
    const screening = Math.min(screeningNeeded, screeningCap);

    const testsNeeded =
      testing.perMildModerateCase * (newBySeverity.mild + newBySeverity.moderate) +
      testing.perSevereCriticalCase * (newBySeverity.severe + newBySeverity.critical) +
      testing.negativesPerPositive * newCases +
      testing.contactsPerCase * testing.contactsTestedShare * newCases +
      testing.perHealthWorkerPerWeek * (inpatient + screening);
    const antigen = testing.antigenShare * testsNeeded;
    const pcrNeeded = testsNeeded - antigen;
    const labTechnicians = Math.min(pcrNeeded / 7 / testing.perLabTechnicianPerDay, labCap);
    const pcr = Math.min(pcrNeeded, labCap * testing.perLabTechnicianPerDay * 7);

    const invasive = criticalBeds * ventilation.invasive;
    const nonInvasive = criticalBeds * ventilation.nonInvasive;
    const oxygenLitresPerDay =
      1440 *
      (severeBeds * o2.severe +
        invasive * o2.criticalInvasive +
        nonInvasive * o2.criticalNonInvasive);

    return {
      week: i + 1,
      newCases,
      newBySeverity,
      patients,
      beds: {
        needed: bedsNeeded,
        available: bedsAvailable,
        inUse: bedsInUse,
        critical: criticalBeds,
      },
      healthWorkers: {
        needed: inpatientNeeded + screeningNeeded,
        available: treatingCap + screeningCap,
        inUse: inpatient + screening,
        inpatient,
        screening,
      },
      labTechnicians,
      screeningsPerDay,
      tests: { needed: testsNeeded, pcr, antigen },
      ventilated: { invasive, nonInvasive },
      oxygenLitresPerDay,
      roles: {
        inpatientHcw: inpatient,
        screeningHcw: screening,
        labTechnician: labTechnicians,
        inpatientBed: bedsInUse,
        criticalBed: criticalBeds,
        isolatedPatient: patients.mild + patients.moderate,
        screenedPerson: screeningsPerDay,
        pcrTest: pcr / 7,
        antigenTest: antigen / 7,
      },
    };
  });
}

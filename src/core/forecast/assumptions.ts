import { DEFAULT_PARAMS, PARAM_INFO, getParam } from './params';
import { FORECAST_ITEM_IDS, ITEMS_WITHOUT_RATE, RATE_SOURCES } from './rates';
import type { Assumption, ForecastInput, Role } from './types';

const AS_GIVEN = 'as given for this run';

/** What one unit of each role is, in plain words (for rates and the docs). */
export const ROLE_WORDS: Readonly<Record<Role, string>> = {
  inpatientHcw: 'health worker caring for hospital patients',
  screeningHcw: 'health worker screening suspected cases',
  labTechnician: 'laboratory technician running COVID-19 tests',
  inpatientBed: 'severe or critical patient in a hospital bed',
  criticalBed: 'critical patient in a hospital bed',
  isolatedPatient: 'mild or moderate patient in isolation',
  screenedPerson: 'person screened',
  pcrTest: 'PCR test',
  antigenTest: 'antigen rapid test',
};

function overridden(value: number, defaultValue: number | undefined, source: string): string {
  return defaultValue === undefined || Math.abs(value - defaultValue) < 1e-12
    ? source
    : `set for this run (default ${defaultValue}: ${source})`;
}

/** Every assumption behind a forecast: case model, capacity, parameters, rates, stock and pipeline. */
export function buildAssumptions(input: ForecastInput): Assumption[] {
  const { capacity, cases, params } = input;
  const out: Assumption[] = [];
  const add = (key: string, value: number | string, source: string, plainWords: string): void => {
    out.push({ key, value, source, plainWords });
  };

  add('scenario', input.scenario, AS_GIVEN, 'Which run the headline figures come from.');
  add(
    'band',
    'low-high range of the three runs',
    'Tongzhou method (docs/methods/forecast.md)',
    'Every figure is also given for the low and the high run; the band is the smallest and largest of the three.',
  );
  if (cases.kind === 'exponential') {
    add(
      'cases.kind',
      'exponential',
      'METHODS §1; ESFT projects cases at an exponential rate',
      'New cases grow at the rate fitted to the last 14 days of daily cases.',
    );
    add(
      'cases.dailyCasesNow',
      cases.dailyCasesNow,
      AS_GIVEN,
      'New cases per day now (7-day average).',
    );
    add(
      'cases.rate',
      cases.rate,
      'growth fit of the situation',
      'Growth rate per day, central run.',
    );
    add(
      'cases.rateLow',
      cases.rateLow,
      'growth fit, 95 % interval',
      'Growth rate per day, low run.',
    );
    add(
      'cases.rateHigh',
      cases.rateHigh,
      'growth fit, 95 % interval',
      'Growth rate per day, high run.',
    );
    add(
      'cases.history',
      'back-projected at the central rate',
      'Tongzhou method',
      'Patients still in care at the start came from the weeks just before, at the central rate, never more than the cases to date.',
    );
  } else {
    add('cases.kind', 'series', AS_GIVEN, 'New cases per week as supplied by the user.');
    add(
      'cases.range',
      cases.weeklyLow || cases.weeklyHigh ? 'user range' : 'none',
      AS_GIVEN,
      'Low and high runs use the user range; without one, they equal the central series.',
    );
    add(
      'cases.previousWeeks',
      (cases.previousWeeks ?? []).length,
      AS_GIVEN,
      'Weeks of cases before week 1 counted for patients still in care (missing weeks count as none).',
    );
  }
  const casesToDate = cases.kind === 'exponential' ? cases.casesToDate : (cases.casesToDate ?? 0);
  add('cases.casesToDate', casesToDate, AS_GIVEN, 'Confirmed cases so far.');
  add(
    'cases.susceptible',
    Math.max(0, capacity.population - casesToDate),
    'population minus cases to date',
    'No more new cases are projected than people who have not yet been a case.',
  );

  add('capacity.population', capacity.population, AS_GIVEN, 'Population.');
  add('capacity.beds', capacity.beds, AS_GIVEN, 'Hospital beds in the country.');
  add('capacity.healthWorkers', capacity.healthWorkers, AS_GIVEN, 'Doctors plus nurses.');
  add(
    'capacity.labStaff',
    capacity.labStaff ?? 'unknown',
    AS_GIVEN,
    capacity.labStaff == null
      ? 'Laboratory staff unknown: PCR tests are not capped by laboratory capacity.'
      : 'Laboratory staff; PCR tests are capped by what their COVID-19 share can run.',
  );
  add(
    'beds.triage',
    'critical first',
    'Tongzhou method',
    'When beds run short, critical patients get beds before severe ones.',
  );

  for (const [path, info] of Object.entries(PARAM_INFO)) {
    const value = getParam(params, path) ?? NaN;
    add(
      path,
      value,
      overridden(value, getParam(DEFAULT_PARAMS, path), info.source),
      info.plainWords,
    );
  }

  for (const item of FORECAST_ITEM_IDS) {
    const rates = params.rates[item] ?? {};
    for (const [role, value] of Object.entries(rates) as [Role, number][]) {
      const known = RATE_SOURCES.find((r) => r.item === item && r.role === role);
      const source = known ? overridden(value, known.value, known.source) : 'set for this run';
      add(`rates.${item}.${role}`, value, source, `${item} per ${ROLE_WORDS[role]} per day.`);
    }
    const missing = ITEMS_WITHOUT_RATE[item];
    if (missing && Object.keys(rates).length === 0)
      add(`rates.${item}`, 0, missing, `No forecast for ${item}.`);
  }

  add(
    'net.method',
    'stock, then deliveries, week by week',
    'Tongzhou method (ESFT ignores stock and pipeline)',
    'Consumables: stock and deliveries are used first; a delivery only covers its own week and later ones. Reusables: units needed in service minus units on hand.',
  );
  for (const [item, quantity] of Object.entries(input.stock ?? {})) {
    add(`stock.${item}`, quantity, AS_GIVEN, `Stock on hand of ${item}.`);
  }
  (input.pipeline ?? []).forEach((p, i) => {
    add(
      `pipeline[${i}]`,
      `${p.quantity} ${p.item} in week ${p.arrivalWeek}`,
      AS_GIVEN,
      'A delivery on its way.',
    );
  });
  return out;
}

import { buildAssumptions } from './assumptions';
import { projectCases } from './cases';
import { clinicalWeeks, historyWeeksNeeded } from './clinical';
import type { ClinicalWeek } from './clinical';
import { itemForecasts } from './items';
import type {
  Band,
  BySeverity,
  Forecast,
  ForecastInput,
  ForecastWeek,
  ItemForecast,
  Scenario,
} from './types';
import { validateForecastInput } from './validate-input';

const RUNS: readonly Scenario[] = ['low', 'central', 'high'];

/** The plain-number result of one run of the model. */
export interface ForecastRun {
  weekly: ClinicalWeek[];
  items: ItemForecast<number>[];
}

/** Runs the model once, for the low, central or high case projection. */
export function runForecast(input: ForecastInput, run: Scenario): ForecastRun {
  const cases = projectCases(
    input.cases,
    input.capacity.population,
    input.weeks,
    historyWeeksNeeded(input.params),
    run,
  );
  const weekly = clinicalWeeks(cases, input.capacity, input.params);
  return {
    weekly,
    items: itemForecasts(weekly, input.params.rates, input.stock ?? {}, input.pipeline ?? []),
  };
}

/**
 * The needs forecast for one country: per week the clinical picture, per week and item the gross and
 * net need, every figure with its low-high band, and the assumptions used. Throws ForecastInputError
 * naming the field when the input is invalid.
 */
export function forecastNeeds(input: ForecastInput): Forecast {
  validateForecastInput(input);
  const runs = RUNS.map((r) => runForecast(input, r));
  const [lowRun, centralRun, highRun] = runs as [ForecastRun, ForecastRun, ForecastRun];
  const chosen = RUNS.indexOf(input.scenario);
  const band = (f: (run: ForecastRun) => number): Band => {
    const a = f(lowRun);
    const b = f(centralRun);
    const c = f(highRun);
    return {
      value: chosen === 0 ? a : chosen === 1 ? b : c,
      low: Math.min(a, b, c),
      high: Math.max(a, b, c),
    };
  };

  const weekly = Array.from({ length: input.weeks }, (_, i) =>
    weekBands(i, (f) => band((r) => f(r.weekly[i] as ClinicalWeek))),
  );
  const items = (runs[0]?.items ?? []).map((first, k): ItemForecast => {
    const item = (r: ForecastRun): ItemForecast<number> => r.items[k] as ItemForecast<number>;
    return {
      item: first.item,
      reusable: first.reusable,
      weeks: first.weeks.map((_, i) => ({
        week: i + 1,
        gross: band((r) => item(r).weeks[i]?.gross ?? 0),
        net: band((r) => item(r).weeks[i]?.net ?? 0),
      })),
      total: { gross: band((r) => item(r).total.gross), net: band((r) => item(r).total.net) },
    };
  });
  return {
    weeks: input.weeks,
    scenario: input.scenario,
    weekly,
    items,
    assumptions: buildAssumptions(input),
  };
}

function weekBands(i: number, b: (f: (w: ClinicalWeek) => number) => Band): ForecastWeek {
  const sev = (f: (w: ClinicalWeek) => BySeverity): BySeverity<Band> => ({
    mild: b((w) => f(w).mild),
    moderate: b((w) => f(w).moderate),
    severe: b((w) => f(w).severe),
    critical: b((w) => f(w).critical),
  });
  const available = (f: (w: ClinicalWeek) => number): number => b(f).value;
  return {
    week: i + 1,
    newCases: b((w) => w.newCases),
    newBySeverity: sev((w) => w.newBySeverity),
    patients: sev((w) => w.patients),
    beds: {
      needed: b((w) => w.beds.needed),
      available: available((w) => w.beds.available),
      inUse: b((w) => w.beds.inUse),
      critical: b((w) => w.beds.critical),
    },
    healthWorkers: {
      needed: b((w) => w.healthWorkers.needed),
      available: available((w) => w.healthWorkers.available),
      inUse: b((w) => w.healthWorkers.inUse),
      inpatient: b((w) => w.healthWorkers.inpatient),
      screening: b((w) => w.healthWorkers.screening),
    },
    labTechnicians: b((w) => w.labTechnicians),
    screeningsPerDay: b((w) => w.screeningsPerDay),
    tests: {
      needed: b((w) => w.tests.needed),
      pcr: b((w) => w.tests.pcr),
      antigen: b((w) => w.tests.antigen),
    },
    ventilated: {
      invasive: b((w) => w.ventilated.invasive),
      nonInvasive: b((w) => w.ventilated.nonInvasive),
    },
    oxygenLitresPerDay: b((w) => w.oxygenLitresPerDay),
  };
}

import { ForecastInputError } from './parse-params';
import type { ForecastIssue } from './parse-params';
import { isForecastItem } from './rates';
import type { ForecastInput } from './types';

/** Longest horizon the forecast allows (ESFT recommends 12 weeks or less). */
export const MAX_WEEKS = 12;

/** Largest growth rate magnitude accepted, per day (e^84 is already far beyond any population). */
export const MAX_RATE = 1;

/** Checks a forecast input and throws ForecastInputError naming every bad field. */
export function validateForecastInput(input: ForecastInput): void {
  const issues: ForecastIssue[] = [];
  const bad = (field: string, message: string): void => {
    issues.push({ field, message });
  };
  const count = (field: string, value: unknown, positive = false): void => {
    if (typeof value !== 'number' || !Number.isFinite(value)) {
      bad(field, `${field} must be a number (got ${JSON.stringify(value) ?? String(value)})`);
    } else if (positive ? value <= 0 : value < 0) {
      bad(
        field,
        `${field} must ${positive ? 'be greater than 0' : 'not be negative'} (got ${value})`,
      );
    }
  };

  if (!Number.isInteger(input.weeks) || input.weeks < 1 || input.weeks > MAX_WEEKS) {
    bad('weeks', `weeks must be a whole number from 1 to ${MAX_WEEKS} (got ${input.weeks})`);
  }
  if (!['low', 'central', 'high'].includes(input.scenario)) {
    bad('scenario', `scenario must be low, central or high (got '${String(input.scenario)}')`);
  }
  count('capacity.population', input.capacity.population, true);
  count('capacity.beds', input.capacity.beds);
  count('capacity.healthWorkers', input.capacity.healthWorkers);
  if (input.capacity.labStaff != null) count('capacity.labStaff', input.capacity.labStaff);

  const cases = input.cases;
  if (cases.kind === 'exponential') {
    count('cases.dailyCasesNow', cases.dailyCasesNow);
    count('cases.casesToDate', cases.casesToDate);
    for (const key of ['rate', 'rateLow', 'rateHigh'] as const) {
      const r = cases[key];
      if (typeof r !== 'number' || !Number.isFinite(r) || Math.abs(r) > MAX_RATE) {
        bad(
          `cases.${key}`,
          `cases.${key} must be a growth rate per day between -1 and 1 (got ${r})`,
        );
      }
    }
    if (cases.rateLow > cases.rate)
      bad('cases.rateLow', 'cases.rateLow must not exceed cases.rate');
    if (cases.rateHigh < cases.rate)
      bad('cases.rateHigh', 'cases.rateHigh must not be below cases.rate');
  } else if (cases.kind === 'series') {
    const series = (name: string, xs: unknown): number[] | null => {
      const field = `cases.${name}`;
      if (!Array.isArray(xs)) return (bad(field, `${field} must be a list of weekly counts`), null);
      xs.forEach((x, i) => count(`${field}[${i}]`, x));
      return xs as number[];
    };
    const central = series('weeklyNewCases', cases.weeklyNewCases);
    if (central && Number.isInteger(input.weeks) && central.length < input.weeks) {
      bad(
        'cases.weeklyNewCases',
        `cases.weeklyNewCases has ${central.length} weeks but the horizon is ${input.weeks}`,
      );
    }
    for (const [name, side] of [
      ['weeklyLow', -1],
      ['weeklyHigh', 1],
    ] as const) {
      const xs = cases[name];
      if (xs === undefined) continue;
      const values = series(name, xs);
      if (!values || !central) continue;
      if (values.length !== central.length) {
        bad(`cases.${name}`, `cases.${name} must have as many weeks as cases.weeklyNewCases`);
      } else if (values.some((x, i) => side * (x - (central[i] ?? 0)) < 0)) {
        bad(
          `cases.${name}`,
          `cases.${name} must be ${side < 0 ? 'at most' : 'at least'} the central series in every week`,
        );
      }
    }
    if (cases.previousWeeks !== undefined) series('previousWeeks', cases.previousWeeks);
    if (cases.casesToDate !== undefined) count('cases.casesToDate', cases.casesToDate);
  } else {
    bad('cases.kind', `cases.kind must be 'exponential' or 'series'`);
  }

  for (const [item, quantity] of Object.entries(input.stock ?? {})) {
    if (!isForecastItem(item)) bad(`stock.${item}`, `unknown item '${item}' in stock`);
    else count(`stock.${item}`, quantity);
  }
  (input.pipeline ?? []).forEach((p, i) => {
    const field = `pipeline[${i}]`;
    if (!isForecastItem(p.item)) bad(`${field}.item`, `unknown item '${p.item}' in ${field}`);
    count(`${field}.quantity`, p.quantity);
    if (!Number.isInteger(p.arrivalWeek) || p.arrivalWeek < 1) {
      bad(
        `${field}.arrivalWeek`,
        `${field}.arrivalWeek must be a whole number of at least 1 (got ${p.arrivalWeek})`,
      );
    }
  });
  if (issues.length > 0) throw new ForecastInputError(issues);
}

// Schemas of the needs-forecast endpoints (request validation and OpenAPI). Parameters, stock items and
// pipeline items are checked by the core model, which names the bad field; here only the shapes.
import { z } from 'zod';
import { FORECAST_ITEM_IDS, MAX_WEEKS } from '../core/forecast';
import { countryByIso3 } from '../core/reference/countries';
import { dateParam, iso3Param, sourceParam } from './common.schema';

/** An object that rejects fields it does not know, naming each one (zod's own error names none). */
function closed<T extends z.ZodRawShape>(shape: T) {
  return z.looseObject(shape).superRefine((value, ctx) => {
    for (const key of Object.keys(value)) {
      if (!Object.hasOwn(shape, key)) {
        ctx.addIssue({
          code: 'custom',
          path: [key],
          message: `unknown field "${key}" (known: ${Object.keys(shape).join(', ')})`,
        });
      }
    }
  });
}

const weeksText = `weeks must be a whole number from 1 to ${MAX_WEEKS}`;
const scenarioParam = z
  .enum(['low', 'central', 'high'], {
    error: (iss) => `scenario must be low, central or high, got "${String(iss.input)}"`,
  })
  .meta({ description: 'Which run gives the headline figures (default central)' });

/** GET /api/countries/:iso3/forecast query. */
export const forecastQuery = closed({
  weeks: z
    .string()
    .regex(/^\d{1,3}$/, { error: (iss) => `${weeksText}, got "${String(iss.input)}"` })
    .transform(Number)
    .refine((n) => n >= 1 && n <= MAX_WEEKS, {
      error: (iss) => `${weeksText}, got ${String(iss.input)}`,
    })
    .default(4)
    .meta({ description: `Horizon in weeks, 1 to ${MAX_WEEKS} (default 4)`, example: '4' }),
  scenario: scenarioParam.default('central'),
  date: dateParam.optional(),
  source: sourceParam.optional(),
});

const count = z.number().meta({ description: 'A count, not negative' });
const weekly = z.array(count);

/** POST /api/forecasts body. */
export const forecastBody = closed({
  country: iso3Param.refine((code) => countryByIso3(code) !== undefined, {
    error: (iss) => `country: no country with ISO3 code "${String(iss.input)}"`,
  }),
  weeks: z
    .number({ error: `${weeksText}` })
    .refine((n) => Number.isInteger(n) && n >= 1 && n <= MAX_WEEKS, {
      error: (iss) => `${weeksText}, got ${String(iss.input)}`,
    })
    .meta({ description: `Horizon in weeks, 1 to ${MAX_WEEKS}` }),
  scenario: scenarioParam.optional(),
  date: dateParam.optional(),
  source: sourceParam.optional(),
  params: z.record(z.string(), z.unknown()).optional().meta({
    description:
      'Overrides of any model parameter, the same shape as ForecastParams (e.g. {"severity":{"mild":0.5,...}}); unknown names are rejected',
  }),
  stock: z
    .record(z.string(), count)
    .optional()
    .meta({
      description: `Stock on hand per item id (${FORECAST_ITEM_IDS.join(', ')})`,
      example: { gown: 10000 },
    }),
  pipeline: z
    .array(
      closed({
        item: z.string(),
        quantity: count,
        arrivalWeek: z.number().meta({ description: 'Week of arrival, 1 = the first week' }),
      }),
    )
    .optional()
    .meta({ description: 'Deliveries on their way' }),
  cases: closed({
    weeklyNewCases: weekly.meta({ description: 'New cases in weeks 1..N (at least N values)' }),
    weeklyLow: weekly.optional(),
    weeklyHigh: weekly.optional(),
    previousWeeks: weekly
      .optional()
      .meta({ description: 'New cases in the weeks before week 1, oldest first' }),
    casesToDate: count.optional(),
  })
    .optional()
    .meta({ description: 'A weekly case series instead of the growth fit' }),
  capacity: closed({
    beds: count.optional(),
    healthWorkers: count.optional(),
    labStaff: count.optional(),
  })
    .optional()
    .meta({ description: "Capacity figures to use instead of the database's" }),
});

const band = z
  .object({ value: z.number(), low: z.number(), high: z.number() })
  .meta({ description: 'The chosen scenario and the low-high band of the three runs' });
const bySeverity = z.object({ mild: band, moderate: band, severe: band, critical: band });
const figure = z.object({ value: z.number().nullable(), source: z.string() });

/** The forecast response of both endpoints. */
export const forecastSchema = z.object({
  country: z.object({ iso3: z.string(), nameEn: z.string(), nameZh: z.string() }),
  asOf: z.string(),
  source: sourceParam,
  caseModel: z.enum(['growth', 'series']),
  weeks: z.number(),
  scenario: z.enum(['low', 'central', 'high']),
  capacity: z.object({
    population: figure.extend({ value: z.number(), year: z.number().nullable() }),
    beds: figure.extend({ value: z.number(), per1000: z.number().nullable() }),
    healthWorkers: figure.extend({
      value: z.number(),
      doctors: z.number().nullable(),
      nurses: z.number().nullable(),
    }),
    labStaff: figure,
  }),
  weekly: z.array(
    z.object({
      week: z.number(),
      newCases: band,
      newBySeverity: bySeverity,
      patients: bySeverity,
      beds: z.object({ needed: band, available: z.number(), inUse: band, critical: band }),
      healthWorkers: z.object({
        needed: band,
        available: z.number(),
        inUse: band,
        inpatient: band,
        screening: band,
      }),
      labTechnicians: band,
      screeningsPerDay: band,
      tests: z.object({ needed: band, pcr: band, antigen: band }),
      ventilated: z.object({ invasive: band, nonInvasive: band }),
      oxygenLitresPerDay: band,
    }),
  ),
  items: z.array(
    z.object({
      item: z.string(),
      reusable: z.boolean(),
      weeks: z.array(z.object({ week: z.number(), gross: band, net: band })),
      total: z.object({ gross: band, net: band }).meta({
        description: 'Consumables: the sum over the weeks; reusables: the peak week',
      }),
    }),
  ),
  assumptions: z.array(
    z.object({
      key: z.string(),
      value: z.union([z.number(), z.string()]),
      source: z.string(),
      plainWords: z.string(),
    }),
  ),
});

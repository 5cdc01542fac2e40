// Schemas of the situation endpoints (request validation and OpenAPI).
import { z } from 'zod';
import { sourceParam } from './common.schema';

const nullableNumber = z.number().nullable();

/** A tier with its threshold. */
export const tierSchema = z.object({
  id: z.string(),
  labelEn: z.string(),
  labelZh: z.string(),
  minCasesPerMillion: z.number().meta({
    description: "Inclusive lower bound; the next tier's bound is this tier's upper bound",
  }),
});

/** One country's line of the situation. */
export const situationEntrySchema = z.object({
  iso3: z.string(),
  iso2: z.string(),
  isoNumeric: z.string().nullable(),
  nameEn: z.string(),
  nameZh: z.string(),
  region: z.string(),
  subregion: z.string(),
  population: nullableNumber,
  cases: z.number(),
  deaths: z.number(),
  newCases7d: z.number().meta({ description: 'Mean daily new cases over the last 7 days' }),
  casesPerMillion: nullableNumber,
  deathsPerMillion: nullableNumber,
  growthRate: nullableNumber.meta({ description: 'Per day, log-linear fit over 14 days' }),
  doublingTimeDays: nullableNumber.meta({
    description: 'ln 2 / growth rate; null when not growing',
  }),
  tier: z.string().meta({ description: 'A tier id, or "unknown" without a population' }),
});

/** GET /api/situation response. */
export const situationSchema = z.object({
  date: z.string(),
  source: sourceParam,
  tiers: z.array(tierSchema),
  countries: z.array(situationEntrySchema),
  world: z.object({ cases: z.number(), deaths: z.number() }),
});

/** GET /api/situation/world/milestones query. */
export const milestonesQuery = z.object({
  every: z
    .string()
    .regex(/^[1-9][0-9]{0,14}$/, {
      error: (iss) => `every must be a positive whole number, got "${String(iss.input)}"`,
    })
    .transform(Number)
    .default(100_000)
    .meta({ description: 'Milestone step in cases (default 100000)', example: '100000' }),
  source: sourceParam.optional(),
});

/** GET /api/situation/world/milestones response. */
export const milestonesSchema = z.object({
  source: sourceParam,
  every: z.number(),
  milestones: z.array(
    z.object({
      cases: z.number(),
      date: z.string(),
      days: z
        .number()
        .meta({ description: 'Days since the previous milestone (first: since the first case)' }),
    }),
  ),
});

// Schemas of the allocation endpoints: the preview (plan input in, explained plan out), the scenario's
// plan input with names, and the policy in plain words.
import { z } from 'zod';
import { previewInputSchema } from '../services/allocation-input';
import { dateParam, sourceParam } from './common.schema';

const text = z.object({ en: z.string(), zh: z.string() });
const urgency = z.enum(['routine', 'urgent', 'critical']);
const kind = z.enum(['country', 'organisation']);

const componentSchema = z.object({
  id: z.string(),
  weight: z.number(),
  reference: z.number().nullable(),
  label: text,
  explain: text,
});

/** An allocation policy: named, weighted factors with their explanations (en/zh). */
export const policySchema = z.object({
  id: z.string(),
  version: z.string(),
  title: text,
  baseline: z.number(),
  missingScore: z.number(),
  needRule: z.enum(['request', 'request-capped-by-forecast']),
  reserveCoverDays: z.number(),
  urgencyScores: z.object({ routine: z.number(), urgent: z.number(), critical: z.number() }),
  pendingRequestScore: z.number(),
  factors: z.array(
    z.object({
      id: z.string(),
      enabled: z.boolean(),
      weight: z.number(),
      label: text,
      explain: text,
      components: z.array(componentSchema),
    }),
  ),
});

/** GET /api/allocations/policy answer. */
export const policyWordsSchema = z.object({
  policy: policySchema,
  summary: text.meta({ description: 'How a weight is made, in one sentence' }),
  factors: z.array(
    z.object({
      id: z.string(),
      enabled: z.boolean(),
      weight: z.number(),
      share: z.number().meta({ description: 'weight ÷ Σ enabled weights' }),
      label: text,
      explain: text,
      components: z.array(
        z.object({ id: z.string(), weight: z.number(), label: text, explain: text }),
      ),
    }),
  ),
});

/** POST /api/allocations/preview body. */
export const previewBody = previewInputSchema;

const reserveRule = z.union([
  z.object({ kind: z.literal('fixed'), quantity: z.number() }),
  z.object({
    kind: z.literal('cover-days'),
    dailyConsumption: z.number(),
    days: z.number().optional(),
  }),
]);

/** A complete plan input (what the engine takes, as the web page runs it in the browser). */
export const planInputSchema = z.object({
  policy: policySchema,
  items: z.array(
    z.object({
      id: z.string(),
      packSize: z.number(),
      packWeightKg: z.number(),
      packVolumeM3: z.number(),
      minLotPacks: z.number().optional(),
    }),
  ),
  supply: z.array(
    z.object({
      item: z.string(),
      stock: z.number(),
      producible: z.number().optional(),
      reserve: reserveRule,
    }),
  ),
  recipients: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      kind,
      population: z.number().nullable(),
      casesPerMillion: z.number().nullable(),
      growthRate: z.number().nullable(),
      bedsPer1000: z.number().nullable(),
      healthWorkersPer1000: z.number().nullable(),
      supplyShortage: z.number().nullable(),
      urgency,
      agreed: z.boolean(),
      coverableShare: z.number().nullable(),
      helpedEarlier: z.boolean(),
    }),
  ),
  requests: z.array(
    z.object({
      recipient: z.string(),
      item: z.string(),
      quantity: z.number(),
      forecastNeed: z.number().nullable().optional(),
    }),
  ),
  cargo: z
    .array(
      z.object({ recipient: z.string(), kg: z.number().nullable(), m3: z.number().nullable() }),
    )
    .optional(),
});

/** GET /api/allocations/input query. */
export const inputQuery = z.object({
  date: dateParam.optional(),
  shipDate: dateParam
    .optional()
    .meta({ description: 'Production until this date counts as supply (default: date + 7 days)' }),
  forecastWeeks: z.coerce
    .number({ error: 'forecastWeeks must be a whole number of weeks from 1 to 12' })
    .int('forecastWeeks must be a whole number of weeks from 1 to 12')
    .min(1, 'forecastWeeks must be at least 1')
    .max(12, 'forecastWeeks must be at most 12')
    .optional(),
  requests: z
    .string()
    .optional()
    .meta({ description: 'Comma-separated request ids in scope (default: every open request)' }),
  source: sourceParam.optional(),
});

/** GET /api/allocations/input answer: the engine's input as of a date, with names and notes. */
export const scenarioInputSchema = z.object({
  date: z.string(),
  shipDate: z.string(),
  source: z.string().nullable(),
  forecastWeeks: z.number(),
  input: planInputSchema,
  names: z.object({
    recipients: z.record(z.string(), text.extend({ kind })),
    items: z.record(z.string(), text.extend({ unit: z.string() })),
  }),
  requests: z.array(
    z.object({
      id: z.string(),
      recipient: z.string(),
      via: z.string().nullable(),
      status: z.string(),
      urgency: z.string(),
      neededBy: z.string().nullable(),
      title: z.string(),
      basis: z.string(),
    }),
  ),
  notes: z.array(text),
});

const quality = z.object({
  minFillRate: z.number(),
  weightedUnmet: z.number(),
  gini: z.number(),
});

/** An explained allocation plan: lines with reasons, per-item totals, weights and the pro-rata comparison. */
export const planSchema = z.object({
  policy: z.object({
    id: z.string(),
    version: z.string(),
    needRule: z.string(),
    reciprocity: z.boolean(),
  }),
  solver: z.string().meta({ description: '"water-filling" (fast path) or "highs"' }),
  items: z.array(
    z.object({
      item: z.string(),
      packSize: z.number(),
      stock: z.number(),
      producible: z.number(),
      reserve: z.number(),
      available: z.number(),
      need: z.number(),
      allocated: z.number(),
      leftover: z.number(),
      level: z.number().nullable(),
    }),
  ),
  recipients: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      kind,
      population: z.number().nullable(),
      score: z.object({
        id: z.string(),
        weight: z.number(),
        baseline: z.number(),
        factors: z.array(
          z.object({
            id: z.string(),
            share: z.number(),
            score: z.number(),
            contribution: z.number(),
            components: z.array(
              z.object({
                id: z.string(),
                value: z.union([z.number(), z.string(), z.boolean(), z.null()]),
                score: z.number(),
                missing: z.boolean(),
              }),
            ),
          }),
        ),
      }),
    }),
  ),
  lines: z.array(
    z.object({
      recipient: z.string(),
      item: z.string(),
      requested: z.number(),
      need: z.number(),
      cappedByForecast: z.boolean(),
      exact: z.number(),
      packs: z.number(),
      quantity: z.number(),
      fillRate: z.number(),
      weight: z.number(),
      level: z.number().nullable(),
      bound: z.enum(['none', 'need', 'supply', 'cargo', 'lot-size']),
      proRata: z.number(),
      proRataFillRate: z.number(),
      reason: text,
    }),
  ),
  quality: z.object({ ours: quality, proRata: quality }),
  notes: z.array(text),
});

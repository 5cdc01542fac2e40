// The shape of a plan input given whole (POST /api/allocations/preview, the planning page), its checks
// with messages that name the field, and the defaults it takes from the catalogue and the reference data.
import { z } from 'zod';
import type { PlanInput, Policy, RecipientProfile } from '../core/allocation';
import { itemById } from '../core/reference/catalogue';
import { recipientById } from '../core/reference/recipients';
import type { ItemId, RecipientId } from '../core/shared/brand';
import { BadRequestError } from './errors';

const units = (what = 'a number') =>
  z
    .number({ error: `must be ${what} >= 0` })
    .refine(Number.isFinite, 'must be a finite number')
    .refine((x) => x >= 0, `must be ${what} >= 0`);
const positive = z
  .number({ error: 'must be a number > 0' })
  .refine((x) => Number.isFinite(x) && x > 0, 'must be a finite number > 0');
const share = z
  .number({ error: 'must be a number between 0 and 1' })
  .refine((x) => x >= 0 && x <= 1, 'must be between 0 and 1');
const id = z.string({ error: 'must be a non-empty string' }).min(1, 'must not be empty').max(64);
const orNull = <T extends z.ZodType>(t: T) => t.nullable().optional();

const itemSchema = z.object({
  id: id.meta({ description: 'Item id, e.g. mask-surgical' }),
  packSize: positive.optional().meta({ description: 'Units per pack (default: the catalogue’s)' }),
  packWeightKg: units().optional(),
  packVolumeM3: units().optional(),
  minLotPacks: z
    .number()
    .int('must be a whole number of packs')
    .min(1, 'must be >= 1')
    .optional()
    .meta({ description: 'Smallest number of packs worth sending to one recipient' }),
});

const reserveSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('fixed'), quantity: units() }),
  z.object({
    kind: z.literal('cover-days'),
    dailyConsumption: units(),
    days: units().optional(),
  }),
]);

const supplySchema = z.object({
  item: id,
  stock: units().meta({ description: 'Units in stock' }),
  producible: units()
    .optional()
    .meta({ description: 'Units producible by the ship date (default 0)' }),
  reserve: reserveSchema
    .optional()
    .meta({ description: 'Domestic reserve: never allocated (default: none)' }),
});

const recipientSchema = z.object({
  id: id.meta({ description: 'ISO3 code or organisation code' }),
  name: z.string().max(200).optional(),
  kind: z.enum(['country', 'organisation']).optional(),
  population: orNull(units()),
  casesPerMillion: orNull(units()),
  growthRate: orNull(
    z.number({ error: 'must be a number' }).refine(Number.isFinite, 'must be a finite number'),
  ),
  bedsPer1000: orNull(units()),
  healthWorkersPer1000: orNull(units()),
  supplyShortage: orNull(share),
  urgency: z.enum(['routine', 'urgent', 'critical']).optional(),
  agreed: z.boolean().optional(),
  helpedEarlier: z.boolean().optional(),
});

const requestSchema = z.object({
  recipient: id,
  item: id,
  quantity: units().meta({ description: 'Units asked for (agreed, or pending)' }),
  forecastNeed: orNull(
    z.number({ error: 'must be a number' }).refine(Number.isFinite, 'must be a finite number'),
  ).meta({ description: 'Forecast net need in units, when a forecast exists' }),
});

const cargoSchema = z.object({
  recipient: id,
  kg: orNull(units()),
  m3: orNull(units()),
});

/** A plan input given whole: policy (default: the default policy), items, supply, recipients, requests, cargo. */
export const previewInputSchema = z.object({
  policy: z
    .unknown()
    .optional()
    .meta({ description: 'An allocation policy as GET /api/allocations/policy gives it' }),
  items: z.array(itemSchema).max(200),
  supply: z.array(supplySchema).max(200),
  recipients: z.array(recipientSchema).max(5000),
  requests: z.array(requestSchema).max(100_000),
  cargo: z
    .array(cargoSchema)
    .max(5000)
    .optional()
    .meta({ description: 'Cargo capacity per destination (solved with HiGHS)' }),
});

/** A plan input as the preview takes it. */
export type PreviewInput = z.infer<typeof previewInputSchema>;

/**
 * Checks a preview body and fills in the defaults (pack data from the catalogue, recipient names and
 * kinds from the reference data, missing figures as null); BadRequestError names the first bad field.
 */
export function toPlanInput(body: unknown, policyOf: (json: unknown) => Policy): PlanInput {
  const parsed = previewInputSchema.safeParse(body);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => {
      const path = i.path.join('.');
      return { path, text: path ? `${path}: ${i.message}` : i.message };
    });
    throw new BadRequestError(issues.map((i) => i.text).join('; '), issues[0]?.path || undefined);
  }
  const input = parsed.data;
  const policy = policyOf(input.policy);
  return {
    policy,
    items: input.items.map((it, j) => {
      const c = itemById(it.id);
      const pick = (key: 'packSize' | 'packWeightKg' | 'packVolumeM3'): number => {
        const value = it[key] ?? c?.[key];
        if (value === undefined) {
          throw new BadRequestError(
            `items.${j}.${key}: required for "${it.id}", which is not a catalogue item`,
            `items.${j}.${key}`,
          );
        }
        return value;
      };
      return {
        id: it.id as ItemId,
        packSize: pick('packSize'),
        packWeightKg: pick('packWeightKg'),
        packVolumeM3: pick('packVolumeM3'),
        ...(it.minLotPacks === undefined ? {} : { minLotPacks: it.minLotPacks }),
      };
    }),
    supply: input.supply.map((s) => ({
      item: s.item as ItemId,
      stock: s.stock,
      producible: s.producible ?? 0,
      reserve: s.reserve ?? { kind: 'fixed', quantity: 0 },
    })),
    recipients: input.recipients.map((r): RecipientProfile => {
      const known = recipientById(r.id);
      return {
        id: r.id as RecipientId,
        name: r.name ?? known?.nameEn ?? r.id,
        kind: r.kind ?? known?.kind ?? 'country',
        population: r.population ?? null,
        casesPerMillion: r.casesPerMillion ?? null,
        growthRate: r.growthRate ?? null,
        bedsPer1000: r.bedsPer1000 ?? null,
        healthWorkersPer1000: r.healthWorkersPer1000 ?? null,
        supplyShortage: r.supplyShortage ?? null,
        urgency: r.urgency ?? 'urgent',
        agreed: r.agreed ?? true,
        coverableShare: null,
        helpedEarlier: r.helpedEarlier ?? false,
      };
    }),
    requests: input.requests.map((q) => ({
      recipient: q.recipient as RecipientId,
      item: q.item as ItemId,
      quantity: q.quantity,
      forecastNeed: q.forecastNeed ?? null,
    })),
    ...(input.cargo
      ? {
          cargo: input.cargo.map((c) => ({
            recipient: c.recipient as RecipientId,
            kg: c.kg ?? null,
            m3: c.m3 ?? null,
          })),
        }
      : {}),
  };
}

// Schemas of the supply endpoints: depots, stock, reserve rules, contributions.
import { z } from 'zod';

const basis = z.enum(['seed', 'illustrative', 'entered']);
const reserveRule = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('fixed'), quantity: z.number() }),
  z.object({
    kind: z.literal('cover-days'),
    dailyConsumption: z.number(),
    days: z.number().optional(),
  }),
]);

/** A depot. */
export const depotSchema = z.object({
  id: z.string(),
  nameEn: z.string(),
  nameZh: z.string(),
  city: z.string(),
  basis,
});

/** POST /api/depots body. */
export const depotBody = z.object({
  id: z.string().min(1).max(40),
  nameEn: z.string().min(1),
  nameZh: z.string().min(1),
  city: z.string().min(1),
});

/** One item's stock position. */
export const itemPositionSchema = z.object({
  item: z.string(),
  nameEn: z.string(),
  nameZh: z.string(),
  packSize: z.number(),
  onHand: z.number(),
  allocated: z.number(),
  reserve: z.number(),
  reserveRule,
  allocatable: z.number(),
  productionPerDay: z.number(),
  version: z.number(),
  basis,
  note: z.string().nullable(),
  depots: z.array(z.object({ depot: z.string(), onHand: z.number(), allocated: z.number() })),
});

/** GET /api/supply response. */
export const supplySchema = z.object({
  depots: z.array(depotSchema),
  items: z.array(itemPositionSchema),
});

/** POST /api/supply/receipts and /adjustments body. */
export const stockChangeBody = z.object({
  depot: z.string().min(1),
  item: z.string().min(1),
  quantity: z.number().int('quantity must be a whole number of units'),
  note: z.string().max(1000).nullable().optional(),
});

/** PUT /api/supply/items/:item body. */
export const itemSettingsBody = z.object({
  reserve: reserveRule,
  productionPerDay: z.number().int().nonnegative().optional(),
  note: z.string().max(1000).nullable().optional(),
});

/** PUT /api/supply/items/:item path. */
export const itemParams = z.object({ item: z.string().min(1) });

/** A contribution. */
export const contributionSchema = z.object({
  id: z.string(),
  donor: z.string(),
  donorKind: z.enum(['local-government', 'company', 'civil-society', 'individual']),
  depotId: z.string(),
  item: z.string(),
  quantity: z.number(),
  receivedOn: z.string(),
  basis,
  note: z.string().nullable(),
});

/** POST /api/contributions body. */
export const contributionBody = z.object({
  donor: z.string().min(1).max(300),
  donorKind: z.enum(['local-government', 'company', 'civil-society', 'individual']),
  depotId: z.string().min(1),
  item: z.string().min(1),
  quantity: z.number().int('quantity must be a whole number of units'),
  receivedOn: z.string().optional(),
  note: z.string().max(1000).nullable().optional(),
});

/** GET /api/contributions response: the contributions and what each donor's goods reached. */
export const donorReportSchema = z.object({
  contributions: z.array(contributionSchema),
  reach: z.array(
    z.object({ donor: z.string(), recipient: z.string(), item: z.string(), quantity: z.number() }),
  ),
});

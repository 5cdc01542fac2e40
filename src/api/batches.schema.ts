// Schemas of the batch endpoints: drafting, editing lines, comparing and approving.
import { z } from 'zod';

const text = z.object({ en: z.string(), zh: z.string() });

/** A batch id in a path. */
export const batchParams = z.object({ id: z.string().min(1).max(100) });
/** A batch line in a path. */
export const lineParams = z.object({
  id: z.string().min(1).max(100),
  lineId: z.string().min(1).max(120),
});
/** Two batches in a path. */
export const compareParams = z.object({
  id: z.string().min(1).max(100),
  other: z.string().min(1).max(100),
});

/** GET /api/batches filter. */
export const batchListQuery = z.object({
  status: z.enum(['draft', 'approved', 'discarded']).optional(),
});

/** POST /api/batches body: a draft from the engine (default) or from lines given by hand. */
export const draftBody = z.object({
  id: z
    .string()
    .regex(/^[A-Za-z0-9-]{2,60}$/, 'id must be 2-60 letters, digits or "-"')
    .optional(),
  title: z.string().min(1).max(200),
  number: z.number().int().positive().nullable().optional(),
  requests: z
    .array(z.string().min(1))
    .max(1000)
    .optional()
    .meta({ description: 'Requests in scope (default: every agreed supplies request)' }),
  policy: z
    .unknown()
    .optional()
    .meta({ description: 'An allocation policy (JSON); default: the default policy' }),
  lines: z
    .array(
      z.object({
        requestLineId: z.string().min(1),
        quantity: z
          .number()
          .meta({ description: 'Units: whole packs, or exactly what remains agreed' }),
      }),
    )
    .max(5000)
    .optional()
    .meta({ description: "Lines by hand instead of the engine's proposal" }),
  note: z.string().max(2000).nullable().optional(),
});

/** PATCH /api/batches/:id/lines/:lineId body. */
export const editBody = z.object({
  quantity: z.number(),
  reason: z.string().max(2000),
  by: z.string().max(200).nullable().optional(),
});

/** POST /api/batches/:id/approve body. */
export const approveBody = z.object({
  by: z.string().max(200).optional().meta({
    description:
      'Ignored: the approver recorded is the signed-in user (kept so that older clients still work)',
  }),
});

const editSchema = z.object({
  id: z.number(),
  batchLineId: z.string(),
  fromQuantity: z.number(),
  toQuantity: z.number(),
  reason: z.string(),
  editedBy: z.string().nullable(),
  at: z.string(),
});

/** A batch row (without lines). */
export const batchRowSchema = z.object({
  id: z.string(),
  number: z.number().nullable(),
  title: z.string(),
  status: z.enum(['draft', 'approved', 'discarded']),
  origin: z.enum(['engine', 'manual', 'recorded']),
  basisVersions: z.object({
    items: z.record(z.string(), z.number()),
    requests: z.record(z.string(), z.number()),
  }),
  plan: z.record(z.string(), z.unknown()).nullable(),
  note: z.string().nullable(),
  illustrative: z.boolean(),
  createdAt: z.string(),
  approvedAt: z.string().nullable(),
  approvedBy: z.string().nullable(),
});

/** A batch with its lines, edits, totals and staleness. */
export const batchSchema = batchRowSchema.extend({
  lines: z.array(
    z.object({
      id: z.string(),
      batchId: z.string(),
      requestLineId: z.string(),
      requestId: z.string(),
      recipient: z.string(),
      item: z.string(),
      proposed: z.number().nullable().meta({ description: "The engine's original quantity" }),
      quantity: z.number(),
      packSize: z.number(),
      packs: z.number(),
      reason: text.nullable(),
      edits: z.array(editSchema),
    }),
  ),
  totals: z.object({
    items: z.array(z.object({ item: z.string(), quantity: z.number() })),
    recipients: z.number(),
    units: z.number(),
  }),
  stale: z
    .array(z.string())
    .meta({ description: 'What changed since the draft was made (empty: current)' }),
});

/** GET /api/batches response. */
export const batchListSchema = z.object({ batches: z.array(batchRowSchema.omit({ plan: true })) });

const side = z.object({ id: z.string(), title: z.string(), status: z.string() });
const diff = { a: z.number(), b: z.number(), diff: z.number() };

/** GET /api/batches/:id/compare/:other response. */
export const compareSchema = z.object({
  a: side,
  b: side,
  lines: z.array(
    z.object({ requestLineId: z.string(), recipient: z.string(), item: z.string(), ...diff }),
  ),
  recipients: z.array(z.object({ recipient: z.string(), ...diff })),
  items: z.array(z.object({ item: z.string(), ...diff })),
  changed: z.number(),
});

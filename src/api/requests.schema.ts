// Schemas of the request endpoints (request validation and OpenAPI).
import { z } from 'zod';
import { REQUEST_KINDS, REQUEST_STATUSES } from '../core/logistics';

const basis = z.enum(['seed', 'illustrative', 'entered']);
const urgency = z.enum(['routine', 'urgent', 'critical']);
const units = (what: string) =>
  z
    .number({ error: `${what} must be a number of units` })
    .int(`${what} must be a whole number of units`)
    .positive(`${what} must be > 0`);

/** A request id in a path. */
export const requestParams = z.object({ id: z.string().min(1).max(100) });

/** GET /api/requests filters. */
export const requestListQuery = z.object({
  status: z.enum(REQUEST_STATUSES).optional(),
  recipient: z.string().max(10).optional(),
  kind: z.enum(REQUEST_KINDS).optional(),
});

/** POST /api/requests body. */
export const newRequestBody = z.object({
  id: z
    .string()
    .regex(/^[A-Za-z0-9-]{3,60}$/, 'id must be 3-60 letters, digits or "-"')
    .optional(),
  recipient: z
    .string()
    .min(2)
    .meta({ description: 'ISO3 code or organisation (WHO, AU, EU, ASEAN)' }),
  via: z
    .string()
    .min(2)
    .nullable()
    .optional()
    .meta({ description: 'Partner it is routed through' }),
  kind: z.enum(REQUEST_KINDS),
  title: z.string().min(1).max(200),
  description: z.string().max(4000).optional(),
  urgency: urgency.optional(),
  neededBy: z.string().nullable().optional().meta({ description: 'YYYY-MM-DD' }),
  amountUsd: z.number().positive().nullable().optional(),
  submittedOn: z.string().optional().meta({ description: 'YYYY-MM-DD (default today)' }),
  lines: z
    .array(
      z.object({
        item: z.string().min(1).meta({ description: 'Catalogue item id, e.g. mask-surgical' }),
        asked: units('asked'),
        note: z.string().max(1000).nullable().optional(),
      }),
    )
    .max(50)
    .optional(),
  basis: basis.optional(),
  sourceNote: z.string().max(2000).nullable().optional(),
});

/** POST /api/requests/:id/agree body. */
export const agreementBody = z.object({
  agreedBy: z.string().trim().min(1, 'must name who agreed (a person or an office)').max(300),
  agreedOn: z.string().optional(),
  lines: z
    .array(
      z.object({
        line: z.string().min(1).meta({ description: 'Line id or item id' }),
        agreed: z.number().int('agreed must be a whole number of units').nonnegative(),
      }),
    )
    .optional(),
});

/** POST /api/requests/:id/status body. */
export const statusBody = z.object({
  status: z.enum(['under-review', 'declined', 'fulfilled']),
  reason: z.string().max(2000).optional(),
});

const requestLineSchema = z.object({
  id: z.string(),
  requestId: z.string(),
  lineNo: z.number(),
  item: z.string(),
  asked: z.number(),
  agreed: z.number().nullable(),
  note: z.string().nullable(),
  allocated: z.number(),
  remaining: z.number(),
});

/** A request with its lines. */
export const requestSchema = z.object({
  id: z.string(),
  recipient: z.string(),
  recipientName: z.object({ en: z.string(), zh: z.string() }),
  via: z.string().nullable(),
  kind: z.enum(REQUEST_KINDS),
  title: z.string(),
  description: z.string(),
  status: z.enum(REQUEST_STATUSES),
  declineReason: z.string().nullable(),
  urgency,
  neededBy: z.string().nullable(),
  amountUsd: z.number().nullable(),
  submittedOn: z.string(),
  agreedBy: z.string().nullable(),
  agreedOn: z.string().nullable(),
  basis,
  sourceNote: z.string().nullable(),
  version: z.number(),
  createdAt: z.string(),
  updatedAt: z.string(),
  lines: z.array(requestLineSchema),
});

/** GET /api/requests response. */
export const requestListSchema = z.object({ requests: z.array(requestSchema) });

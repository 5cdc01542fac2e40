// Schemas of the consignment endpoints: shipping a batch, the board, one consignment and its events.
import { z } from 'zod';
import { EVENT_KINDS, STAGES } from '../core/logistics';

/** A consignment id in a path. */
export const consignmentParams = z.object({ id: z.string().min(1).max(120) });

/** GET /api/consignments filters. */
export const consignmentListQuery = z.object({
  batch: z.string().optional(),
  status: z.enum(['planned', ...STAGES]).optional(),
  recipient: z.string().optional(),
});

/** POST /api/batches/:id/consignments body. */
export const shippingBody = z.object({
  flights: z
    .array(
      z.object({
        flightNo: z.string().min(1).max(40),
        kind: z.enum(['charter', 'cargo']),
        payloadKg: z.number().positive(),
        volumeM3: z.number().positive(),
        origin: z.string().max(100).optional(),
        destinations: z.array(z.string()).nullable().optional().meta({
          description: 'Consignees it may carry for (ISO3 or organisation); default anyone',
        }),
        departsOn: z.string().nullable().optional(),
      }),
    )
    .max(200)
    .optional()
    .meta({
      description: 'The flights; without them a charter per destination is planned as needed',
    }),
  aircraft: z
    .object({ payloadKg: z.number().positive(), volumeM3: z.number().positive() })
    .optional(),
  origin: z.string().max(100).optional(),
  departsOn: z.string().nullable().optional(),
});

const receiptLine = z.object({
  lineId: z.string(),
  received: z.number(),
  damaged: z.number().optional(),
  missing: z.number().optional(),
});

const payloadFields = {
  by: z.string().max(300).optional(),
  location: z.string().max(300).optional(),
  note: z.string().max(4000).optional(),
  flight: z.string().max(40).optional(),
  to: z.string().max(300).optional(),
  signedBy: z.string().max(300).optional(),
  lines: z.array(receiptLine).max(500).optional(),
};

/** What an event carries (fields by kind; see the rules). */
export const payloadSchema = z.object({
  ...payloadFields,
  corrects: z.string().max(120).optional(),
  reason: z.string().max(2000).optional(),
  replacement: z.object(payloadFields).optional(),
});

/** POST /api/consignments/:id/events body. */
export const eventBody = z.object({
  id: z
    .string()
    .regex(/^[A-Za-z0-9._:-]{8,120}$/, 'id must be 8-120 letters, digits or ._:- (a UUID is fine)')
    .meta({ description: 'Client-supplied id: a retry with the same id returns the same event' }),
  kind: z.enum(EVENT_KINDS),
  at: z.string().meta({ description: 'When it happened, ISO 8601 (stored in UTC)' }),
  payload: payloadSchema.default({}),
});

/** A stored event. */
export const eventSchema = z.object({
  id: z.string(),
  consignmentId: z.string(),
  seq: z.number(),
  kind: z.enum(EVENT_KINDS),
  at: z.string(),
  payload: payloadSchema,
  prevHash: z.string().nullable(),
  hash: z.string(),
  recordedAt: z.string().optional(),
});

/** POST /api/consignments/:id/events response. */
export const postedEventSchema = z.object({
  event: eventSchema,
  replayed: z
    .boolean()
    .meta({ description: 'true when this id was already recorded (nothing was added)' }),
  status: z.string(),
});

const quotation = z.object({
  id: z.string(),
  language: z.string(),
  text: z.string(),
  author: z.string(),
  source: z.string(),
  translationEn: z.string(),
  translationZh: z.string(),
  basis: z.enum(['seed-words', 'seed-author', 'illustrative']),
});

/** A consignment in full. */
export const consignmentSchema = z.object({
  id: z.string(),
  batchId: z.string(),
  recipient: z.string(),
  recipientName: z.object({ en: z.string(), zh: z.string() }),
  consignee: z.string(),
  flightId: z.string(),
  flight: z
    .object({
      id: z.string(),
      batchId: z.string(),
      flightNo: z.string(),
      kind: z.enum(['charter', 'cargo']),
      payloadKg: z.number(),
      volumeM3: z.number(),
      origin: z.string(),
      destinations: z.array(z.string()).nullable(),
      departsOn: z.string().nullable(),
    })
    .nullable(),
  marks: z.object({
    label: z.object({ en: z.string(), zh: z.string() }),
    quotation,
    fallback: z.boolean(),
  }),
  weightKg: z.number(),
  volumeM3: z.number(),
  status: z.string(),
  createdAt: z.string(),
  lines: z.array(
    z.object({
      id: z.string(),
      consignmentId: z.string(),
      batchLineId: z.string(),
      requestLineId: z.string().nullable(),
      item: z.string(),
      packs: z.number(),
      quantity: z.number(),
    }),
  ),
  events: z.array(eventSchema),
  view: z.object({
    status: z.string(),
    stages: z.record(z.string(), z.string()),
    flight: z.string().nullable(),
    handedOverTo: z.string().nullable(),
    signedBy: z.string().nullable(),
    receipt: z
      .array(
        z.object({
          lineId: z.string(),
          received: z.number(),
          damaged: z.number(),
          missing: z.number(),
        }),
      )
      .nullable(),
    corrections: z.number(),
    notes: z.number(),
  }),
});

/** GET /api/consignments response. */
export const consignmentListSchema = z.object({ consignments: z.array(consignmentSchema) });

/** GET /api/verify response. */
export const verifySchema = z.object({
  consignments: z.number(),
  events: z.number(),
  audit: z.object({
    rows: z.number(),
    ok: z.boolean(),
    firstBreak: z
      .object({
        seq: z.number(),
        problem: z.enum(['sequence', 'previous-hash', 'hash']),
        message: z.string(),
      })
      .nullable(),
  }),
  ok: z.boolean(),
  breaks: z.array(
    z.object({
      consignmentId: z.string(),
      seq: z.number(),
      eventId: z.string(),
      problem: z.enum(['sequence', 'previous-hash', 'hash']),
      message: z.string(),
    }),
  ),
});

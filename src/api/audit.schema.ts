// Schemas of the audit endpoint (request validation and OpenAPI).
import { z } from 'zod';

/** GET /api/audit filters and paging. */
export const auditQuery = z.object({
  entity: z.string().min(1).max(60).optional().meta({ description: 'e.g. request, batch' }),
  entityId: z.string().min(1).max(200).optional(),
  action: z.string().min(1).max(80).optional().meta({ description: 'e.g. batch.approve' }),
  before: z.coerce
    .number({ error: 'before must be a row number' })
    .int('before must be a whole row number')
    .positive('before must be > 0')
    .optional()
    .meta({ description: 'Rows older than this seq (the nextBefore of the previous page)' }),
  limit: z.coerce
    .number({ error: 'limit must be a number' })
    .int('limit must be a whole number')
    .min(1, 'limit must be between 1 and 500')
    .max(500, 'limit must be between 1 and 500')
    .default(100),
});

const entry = z.object({
  seq: z.number().int(),
  at: z.string(),
  actor: z.string(),
  action: z.string(),
  entity: z.string(),
  entityId: z.string(),
  before: z.unknown(),
  after: z.unknown(),
  prevHash: z.string().nullable(),
  hash: z.string(),
});

/** A page of the trail, newest first. */
export const auditPageSchema = z.object({
  entries: z.array(entry),
  nextBefore: z
    .number()
    .int()
    .nullable()
    .meta({ description: 'Pass as ?before= for the next page; null on the last page' }),
});

/** The trail's latest row: what an agency publishes daily. */
export const auditHeadSchema = z.object({
  seq: z.number().int().meta({ description: 'The row number in the chain' }),
  at: z.string().meta({ description: 'When it was written, ISO 8601 UTC' }),
  hash: z.string().meta({ description: 'Its SHA-256 chain hash, covering every row before it' }),
  line: z.string().meta({ description: 'The three as one line of text to publish' }),
});

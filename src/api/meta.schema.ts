// Schemas of /api/health and /api/meta.
import { z } from 'zod';
import { sourceParam } from './common.schema';

/** GET /api/health response. */
export const healthSchema = z.object({
  ok: z.literal(true),
  database: z.enum(['pglite', 'postgres']),
  scenario: z.string().nullable(),
});

/** GET /api/meta response. */
export const metaSchema = z.object({
  scenario: z
    .object({
      id: z.string(),
      title: z.string(),
      asOf: z.string(),
      defaultSource: sourceParam,
      notes: z.array(z.string()),
    })
    .nullable(),
  sources: z.array(
    z.object({ id: sourceParam, name: z.string(), firstDate: z.string(), lastDate: z.string() }),
  ),
  attribution: z.array(z.object({ name: z.string(), licence: z.string(), url: z.string() })),
});

// Schemas of the guidance library endpoints: documents, versions, diffs, deliveries, feed and search.
import { z } from 'zod';
import { GUIDANCE_KINDS } from '../core/knowledge';

const language = z.string().regex(/^[a-z]{2}(-[A-Za-z]{2,4})?$/, {
  error: (iss) => `not a language code such as "zh", "en" or "zh-Hant": "${String(iss.input)}"`,
});
const utc = z.string().meta({ description: 'RFC 3339 in UTC', example: '2020-03-04T08:00:00Z' });

const translation = z.object({
  language: z.string(),
  title: z.string(),
  body: z.string(),
  checksum: z.string().optional(),
});
const version = z.object({
  version: z.number(),
  publishedAt: z.string(),
  changeNote: z.string().optional(),
  illustrative: z.boolean(),
  translations: z.array(translation),
});

/** A document with every version and translation (each with its SHA-256). */
export const documentSchema = z.object({
  id: z.string(),
  kind: z.enum(GUIDANCE_KINDS),
  issuer: z.string(),
  originalLanguage: z.string(),
  versions: z.array(version),
});

/** GET /api/guidance response: documents without their bodies. */
export const librarySchema = z.object({
  documents: z.array(
    documentSchema.extend({
      versions: z.array(
        version.extend({ translations: z.array(translation.omit({ body: true })) }),
      ),
    }),
  ),
});

/** POST /api/guidance body. */
export const documentBody = z.object({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]{0,79}$/, 'id: lower-case letters, digits and "-"'),
  kind: z.enum(GUIDANCE_KINDS),
  issuer: z.string().trim().min(1, 'issuer must not be empty').max(300),
  originalLanguage: language,
});

/** POST /api/guidance/:id/versions body. */
export const versionBody = z.object({
  publishedAt: utc.optional(),
  changeNote: z.string().max(2000).optional(),
  illustrative: z.boolean().optional(),
  translations: z
    .array(
      z.object({
        language,
        title: z.string().trim().min(1, 'title must not be empty').max(500),
        body: z.string().max(2_000_000),
      }),
    )
    .min(1, 'translations: at least one language'),
});

/** GET /api/guidance/:id/diff query. */
export const diffQuery = z.object({
  from: z.coerce.number().int().min(1),
  to: z.coerce.number().int().min(1),
  language,
});

const diffLine = z.object({
  op: z.enum(['equal', 'remove', 'add']),
  text: z.string(),
  oldLine: z.number().optional(),
  newLine: z.number().optional(),
});

/** GET /api/guidance/:id/diff response. */
export const diffSchema = z.object({
  documentId: z.string(),
  language: z.string(),
  from: z.number(),
  to: z.number(),
  added: z.number(),
  removed: z.number(),
  unchanged: z.number(),
  hunks: z.array(
    z.object({ oldStart: z.number(), newStart: z.number(), lines: z.array(diffLine) }),
  ),
});

/** A delivery of a version to a recipient. */
export const deliverySchema = z.object({
  documentId: z.string(),
  version: z.number(),
  language: z.string(),
  recipient: z.string(),
  deliveredAt: z.string(),
});

/** POST /api/guidance/deliveries body. */
export const deliveryBody = z.object({
  documentId: z.string().min(1),
  version: z.number().int().min(1),
  language,
  recipient: z.string().trim().min(1, 'recipient must not be empty').max(200),
  deliveredAt: utc,
});

/** GET /api/guidance/deliveries query and response. */
export const deliveriesQuery = z.object({ recipient: z.string().min(1).optional() });
/** GET /api/guidance/deliveries response: deliveries and who holds an outdated version. */
export const deliveriesSchema = z.object({
  deliveries: z.array(deliverySchema),
  outdated: z.array(
    z.object({
      recipient: z.string(),
      documentId: z.string(),
      holds: z.number(),
      latest: z.number(),
      receivedAt: z.string(),
    }),
  ),
});

/** GET /api/guidance/feed.atom query. */
export const feedQuery = z.object({ language: language.optional() });

/** GET /api/guidance/search query. */
export const searchQuery = z.object({
  q: z.string().trim().min(1, 'q: the search text is empty').max(500),
  limit: z.coerce.number().int().min(1).max(100).optional(),
});

/** GET /api/guidance/search response. */
export const searchSchema = z.object({
  hits: z.array(
    z.object({
      documentId: z.string(),
      version: z.number(),
      language: z.string(),
      title: z.string(),
      score: z.number(),
      matched: z.array(z.string()),
    }),
  ),
});

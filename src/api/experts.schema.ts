// Schemas of the expert endpoints: roster, stationed teams, team proposals, deployments and activities.
import { z } from 'zod';
import { SPECIALTIES, STATIONED_KINDS } from '../core/experts';
import { dateParam, iso3Param } from './common.schema';

const basis = z.enum(['seed', 'illustrative', 'entered']);
const specialty = z.enum(SPECIALTIES, {
  error: (iss) =>
    `specialty must be one of ${SPECIALTIES.join(', ')}; got ${JSON.stringify(iss.input)}`,
});
const language = z.string().regex(/^[a-z]{2}$/, {
  error: (iss) => `not an ISO 639-1 code in lower case: "${String(iss.input)}"`,
});
const window = z.object({ from: dateParam, to: dateParam });
const deploymentRecord = window.extend({ country: iso3Param });

/** An expert on the roster. */
export const expertSchema = z.object({
  id: z.string(),
  name: z.string(),
  nameZh: z.string().optional(),
  specialties: z.array(z.string()),
  languages: z.array(z.string()),
  institution: z.string(),
  availability: z.array(z.object({ from: z.string(), to: z.string() })),
  deployments: z.array(z.object({ country: z.string(), from: z.string(), to: z.string() })),
  basis,
});

/** POST /api/experts body. */
export const expertBody = z.object({
  id: z
    .string()
    .regex(/^[A-Za-z0-9_.-]{1,40}$/, 'id: letters, digits, "-", "_" or ".", at most 40')
    .optional(),
  name: z.string().trim().min(1, 'name must not be empty').max(200),
  nameZh: z.string().max(200).optional(),
  specialties: z.array(specialty).min(1, 'specialties: at least one'),
  languages: z.array(language).min(1, 'languages: at least one'),
  institution: z.string().trim().min(1, 'institution must not be empty').max(300),
  availability: z.array(window).default([]),
  deployments: z.array(deploymentRecord).default([]),
});

/** GET /api/experts query. */
export const expertsQuery = z.object({
  specialty: specialty.optional(),
  language: language.optional(),
});

/** GET /api/experts response. */
export const expertsSchema = z.object({ experts: z.array(expertSchema) });

/** `:id` path parameter. */
export const idParams = z.object({ id: z.string().min(1).max(80) });

/** A stationed long-term team. */
export const stationedSchema = z.object({
  id: z.string(),
  country: z.string(),
  kind: z.enum(STATIONED_KINDS),
  name: z.string(),
  nameZh: z.string().optional(),
  sendingProvince: z.string().optional(),
  hostFacility: z.string().optional(),
  members: z.number(),
  specialties: z.array(z.string()),
  since: z.string(),
  until: z.string().nullable(),
  basis,
});

/** GET /api/stationed-teams query and response. */
export const stationedQuery = z.object({ country: iso3Param.optional() });
/** GET /api/stationed-teams response. */
export const stationedListSchema = z.object({ teams: z.array(stationedSchema) });

const deploymentSchema = z.object({
  id: z.string(),
  name: z.string(),
  country: z.string(),
  fromDate: z.string(),
  toDate: z.string(),
  status: z.string(),
});

/** GET /api/experts/:id response: the expert and the deployments they were on. */
export const expertDetailSchema = expertSchema.extend({ teams: z.array(deploymentSchema) });

/** Re-exported pieces the other expert schemas share. */
export const pieces = { basis, specialty, language, window };

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

/** POST /api/teams/propose body: who is needed, which languages, when. */
export const proposeBody = z.object({
  country: iso3Param,
  specialties: z
    .array(
      z.object({
        specialty,
        count: z
          .number()
          .int('count must be a whole number')
          .min(1, 'count must be at least 1')
          .max(50),
      }),
    )
    .min(1, 'specialties: at least one specialty is needed'),
  languages: z.array(language).default([]),
  from: dateParam,
  to: dateParam,
  restDays: z.number().int().min(0).max(365).optional(),
});

const role = z.union([
  z.object({ kind: z.literal('specialty'), specialty: z.string() }),
  z.object({ kind: z.literal('language') }),
]);

/** POST /api/teams/propose response. */
export const proposalSchema = z.object({
  complete: z.boolean(),
  members: z.array(
    z.object({
      expertId: z.string(),
      role,
      speaks: z.array(z.string()),
      pastDeploymentDays: z.number(),
    }),
  ),
  uncovered: z.array(
    z.union([
      z.object({ kind: z.literal('specialty'), specialty: z.string(), missing: z.number() }),
      z.object({ kind: z.literal('language'), languages: z.array(z.string()) }),
    ]),
  ),
  objective: z.object({
    requiredSlots: z.number(),
    filledSlots: z.number(),
    languageMet: z.boolean(),
    maxPastDays: z.number(),
    totalPastDays: z.number(),
    people: z.number(),
  }),
  ineligible: z.array(z.object({ expertId: z.string(), reason: z.string() })),
  request: z.object({
    country: z.string(),
    specialties: z.array(z.object({ specialty: z.string(), count: z.number() })),
    languages: z.array(z.string()),
    from: z.string(),
    to: z.string(),
  }),
  restDays: z.number(),
  names: z.record(z.string(), z.object({ name: z.string(), institution: z.string() })),
});

const status = z.enum(['requested', 'planned', 'deployed', 'returned']);
const activityKind = z.enum(['command-meeting', 'training', 'hospital-visit', 'advice']);

/** POST /api/deployments body. */
export const deploymentBody = z.object({
  id: z
    .string()
    .regex(/^[A-Za-z0-9_.-]{1,40}$/, 'id: letters, digits, "-", "_" or ".", at most 40')
    .optional(),
  name: z.string().trim().min(1, 'name must not be empty').max(300),
  country: iso3Param,
  from: dateParam,
  to: dateParam,
  objectives: z.array(z.string().trim().min(1).max(1000)).default([]),
  members: z.array(z.object({ expertId: z.string().min(1), role: z.string().max(60).optional() })),
  status: status.optional(),
  unlistedMembers: z.number().int().min(0).max(1000).optional(),
  restDays: z.number().int().min(0).max(365).optional(),
});

/** One activity-log entry. */
export const activitySchema = z.object({
  id: z.number(),
  deploymentId: z.string(),
  kind: activityKind,
  onDate: z.string(),
  title: z.string(),
  attendees: z.number().nullable(),
  place: z.string().nullable(),
  note: z.string().nullable(),
  recordedAt: z.string(),
});

/** POST /api/deployments/:id/activities body. */
export const activityBody = z.object({
  kind: activityKind,
  on: dateParam,
  title: z.string().trim().min(1, 'title must not be empty').max(500),
  attendees: z.number().int('attendees must be a whole number').min(0).optional(),
  place: z.string().max(300).optional(),
  note: z.string().max(4000).optional(),
});

/** A deployment with members, activity log and counts. */
export const deploymentViewSchema = deploymentSchema.extend({
  objectives: z.array(z.string()),
  unlistedMembers: z.number(),
  basis,
  sourceNote: z.string().nullable(),
  createdAt: z.string(),
  members: z.array(z.object({ expertId: z.string(), role: z.string(), name: z.string() })),
  activities: z.array(activitySchema),
  counts: z.object({
    commandMeetings: z.number(),
    trainings: z.number(),
    trainees: z.number(),
    hospitalVisits: z.number(),
    advice: z.number(),
  }),
});

/** GET /api/deployments response. */
export const deploymentsSchema = z.object({ deployments: z.array(deploymentViewSchema) });

/** GET /api/experts/summary query. */
export const summaryQuery = z.object({ asOf: dateParam.optional() });

/** GET /api/experts/summary response: the counts the report shows. */
export const summarySchema = z.object({
  asOf: z.string(),
  teams: z.object({
    sent: z.number(),
    countries: z.number(),
    requested: z.number(),
    people: z.number(),
    commandMeetings: z.number(),
    trainings: z.number(),
    trainees: z.number(),
    hospitalVisits: z.number(),
    advice: z.number(),
  }),
  stationed: z.object({
    countries: z.number(),
    teams: z.number(),
    members: z.number(),
    bySpecialty: z.record(z.string(), z.number()),
  }),
  sessions: z.object({
    sessions: z.number(),
    countries: z.number(),
    organisations: z.number(),
    attendees: z.number(),
  }),
  guidance: z.object({
    documents: z.number(),
    versions: z.number(),
    languages: z.number(),
    recipients: z.number(),
  }),
});

// Schemas of the open report: GET /api/report's query and the report it returns.
import { z } from 'zod';
import { AID_FORMS } from '../core/reporting';
import { GROUPINGS } from '../core/reference/groupings';

const groupingIds = GROUPINGS.map((g) => g.id) as [string, ...string[]];

/** GET /api/report query: the region grouping (default seed-2020). */
export const reportQuery = z.object({
  grouping: z
    .enum(groupingIds, {
      error: (iss) =>
        `grouping must be one of ${groupingIds.join(', ')}; got ${JSON.stringify(iss.input)}`,
    })
    .optional()
    .meta({ description: 'Region grouping: seed-2020 (the seed’s five regions) or un-m49' }),
});

const bilingual = z.object({ en: z.string(), zh: z.string() });
const form = z.enum(AID_FORMS as [string, ...string[]]);
const flow = z.object({ allocated: z.number(), shipped: z.number(), received: z.number() });
const pipeline = z.object({
  requested: z.number(),
  agreed: z.number(),
  allocated: z.number(),
  shipped: z.number(),
  received: z.number(),
  damaged: z.number(),
  missing: z.number(),
});
const value = z
  .object({ agreed: z.number(), allocated: z.number(), shipped: z.number(), received: z.number() })
  .meta({ description: 'Reference values in USD at the catalogue’s prices, not costs' });

/** The open report. */
export const reportSchema = z.object({
  asOf: z.string().nullable(),
  grouping: z.object({ id: z.string(), nameEn: z.string(), nameZh: z.string(), note: z.string() }),
  headline: bilingual.meta({ description: 'The headline sentence, written from the figures' }),
  totals: z.object({
    batches: z.number(),
    countries: z.number(),
    organisations: z.number(),
    units: pipeline,
    valueUsd: value,
    cashUsd: z.number(),
    consignmentsShipped: z.number(),
    consignmentsReceived: z.number(),
  }),
  batches: z.array(
    z.object({
      id: z.string(),
      number: z.number().nullable(),
      title: z.string(),
      approvedAt: z.string(),
      illustrative: z.boolean(),
      countries: z.number(),
      organisations: z.number(),
      lines: z.number(),
      units: flow,
      valueUsd: z.number(),
    }),
  ),
  regions: z.array(
    z.object({
      id: z.string(),
      nameEn: z.string(),
      nameZh: z.string(),
      countries: z.number(),
      members: z.array(z.string()),
      units: flow,
      valueUsd: z.number(),
    }),
  ),
  forms: z.array(
    z.object({
      form,
      countries: z.number(),
      organisations: z.number(),
      requests: z.number(),
      fulfilledRequests: z.number(),
      amountUsd: z.number(),
    }),
  ),
  items: z.array(
    z.object({
      item: z.string(),
      nameEn: z.string(),
      nameZh: z.string(),
      unit: z.string(),
      units: pipeline,
      priceUsd: z.number().nullable(),
      priceBasis: z.enum(['esft', 'illustrative', 'none']),
      valueUsd: value,
    }),
  ),
  recipients: z.array(
    z.object({
      id: z.string(),
      kind: z.enum(['country', 'organisation']),
      iso2: z.string().nullable(),
      nameEn: z.string(),
      nameZh: z.string(),
      region: z.string().nullable(),
      batches: z.array(z.number()),
      forms: z.array(form),
      via: z.array(z.string()),
      units: flow,
      valueUsd: z.number(),
    }),
  ),
  experts: z
    .object({
      teamsSent: z.number(),
      teamCountries: z.number(),
      teamPeople: z.number(),
      trainings: z.number(),
      trainees: z.number(),
      stationedTeams: z.number(),
      stationedCountries: z.number(),
      sessions: z.number(),
      sessionCountries: z.number(),
      sessionOrganisations: z.number(),
      sessionAttendees: z.number(),
    })
    .nullable(),
  weeks: z.array(
    z.object({
      week: z.string(),
      batchesApproved: z.number(),
      unitsAllocated: z.number(),
      unitsShipped: z.number(),
      unitsReceived: z.number(),
      consignmentsShipped: z.number(),
      consignmentsReceived: z.number(),
      valueAllocatedUsd: z.number(),
      valueReceivedUsd: z.number(),
    }),
  ),
  prices: z.object({
    basis: z.literal('reference'),
    currency: z.literal('USD'),
    source: z.string(),
    note: bilingual,
  }),
});

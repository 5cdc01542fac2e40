// Schemas of the country endpoints (request validation and OpenAPI).
import { z } from 'zod';
import { iso3Param, sourceParam } from './common.schema';
import { situationEntrySchema } from './situation.schema';

const nullableNumber = z.number().nullable();

const countryBase = {
  iso3: z.string(),
  iso2: z.string(),
  isoNumeric: z.string().nullable(),
  nameEn: z.string(),
  nameZh: z.string(),
  region: z.string(),
  subregion: z.string(),
  population: nullableNumber,
};

/** GET /api/countries response. */
export const countryListSchema = z.object({ countries: z.array(z.object(countryBase)) });

/** GET /api/countries/:iso3 path. */
export const countryParams = z.object({ iso3: iso3Param });

/** GET /api/countries/:iso3 response. */
export const countryDetailSchema = z.object({
  source: sourceParam,
  date: z.string(),
  country: z.object({
    ...countryBase,
    m49Region: z.string().nullable(),
    m49Subregion: z.string().nullable(),
    populationSource: z.enum(['worldbank', 'jhu']).nullable(),
  }),
  health: z
    .object({
      bedsPer1000: nullableNumber,
      bedsYear: nullableNumber,
      bedsSource: z.string().nullable(),
      doctors: nullableNumber,
      nurses: nullableNumber,
      workforceSource: z.string().nullable(),
    })
    .nullable(),
  situation: situationEntrySchema.nullable(),
  growth: z
    .object({
      rate: z.number(),
      rateLow: z.number(),
      rateHigh: z.number(),
      doublingTimeDays: nullableNumber,
      r2: z.number(),
      windowDays: z.number(),
      endDate: z.string(),
    })
    .nullable(),
  corrections: z.object({ cases: z.number(), deaths: z.number() }),
  series: z.array(
    z.object({
      date: z.string(),
      cases: z.number(),
      deaths: z.number(),
      newCases: z.number(),
      newDeaths: z.number(),
      newCasesSmoothed: z.number(),
    }),
  ),
});

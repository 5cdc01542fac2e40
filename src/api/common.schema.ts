// Request pieces shared by several routes: a date, a source, an ISO3 code.
import { z } from 'zod';
import type { IsoDate } from '../core/shared/brand';
import { isIsoDate } from '../core/situation/dates';

/** A YYYY-MM-DD calendar date; the error names the value. */
export const dateParam = z
  .string()
  .refine(isIsoDate, {
    error: (iss) => `date must be a YYYY-MM-DD calendar date, got "${String(iss.input)}"`,
  })
  .transform((v) => v as IsoDate)
  .meta({ description: 'A calendar date, YYYY-MM-DD', example: '2020-03-26' });

/** A case-series source. */
export const sourceParam = z
  .enum(['jhu', 'owid'], {
    error: (iss) => `source must be "jhu" or "owid", got "${String(iss.input)}"`,
  })
  .meta({ description: "Case-series source (default: the scenario's)" });

/** An ISO 3166-1 alpha-3 code, any case. */
export const iso3Param = z
  .string()
  .regex(/^[A-Za-z]{3}$/, {
    error: (iss) =>
      `iso3 must be a three-letter ISO 3166-1 alpha-3 code, got "${String(iss.input)}"`,
  })
  .meta({ description: 'ISO 3166-1 alpha-3 code', example: 'ITA' });

/** `?date=&source=`, both optional. */
export const viewQuery = z.object({
  date: dateParam.optional(),
  source: sourceParam.optional(),
});

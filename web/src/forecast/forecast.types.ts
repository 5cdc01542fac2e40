// Shapes of the forecast endpoints as the dashboard reads them (GET /api/countries/{iso3}/forecast).
import type { Assumption, Forecast, ForecastInput, Scenario } from '../../../src/core/forecast';
import type { SourceId } from '../api/types';

export type { Assumption, Forecast, ForecastInput, Scenario };

/** `GET /api/countries/{iso3}/forecast`: the forecast with the country, date, source and inputs it used. */
export interface ForecastResponse extends Forecast {
  country: { iso3: string; nameEn: string; nameZh: string };
  /** The day the forecast starts from (its week 1 is the seven days after). */
  asOf: string;
  source: SourceId;
  /** The exact input the model ran on, when the API sends it (then the what-if reruns it as is). */
  input?: ForecastInput;
}

/** What the user changed in the what-if: a growth rate per day (null = as fitted) and stock per item. */
export interface WhatIf {
  rate: number | null;
  stock: Readonly<Record<string, number>>;
}

/** No change: the forecast as the API computed it. */
export const NO_WHAT_IF: WhatIf = { rate: null, stock: {} };

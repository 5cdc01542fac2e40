// GET /api/countries/:iso3/forecast and POST /api/forecasts: the needs forecast of one country.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Database } from '../db/database';
import { forecastForCountry } from '../services/forecast.service';
import { countryParams } from './countries.schema';
import { errorSchema } from './errors';
import { forecastBody, forecastQuery, forecastSchema } from './forecast.schema';

/** Forecast routes over `database`. */
export const forecastRoutes: FastifyPluginAsyncZod<{ database: Database }> = async (
  app,
  { database },
) => {
  app.get(
    '/api/countries/:iso3/forecast',
    {
      schema: {
        tags: ['forecast'],
        summary:
          "Needs forecast: per week and item the gross and net need with its low-high band, from the country's growth fit",
        params: countryParams,
        querystring: forecastQuery,
        response: { 200: forecastSchema, 400: errorSchema, 404: errorSchema },
      },
    },
    async (request) => {
      const { weeks, scenario, date, source } = request.query;
      return forecastForCountry(database, request.params.iso3, { weeks, scenario, date, source });
    },
  );

  app.post(
    '/api/forecasts',
    {
      schema: {
        tags: ['forecast'],
        summary:
          'Needs forecast with custom parameters, stock on hand, deliveries on their way, capacity or a case series',
        body: forecastBody,
        response: { 200: forecastSchema, 400: errorSchema },
      },
    },
    async (request) => forecastForCountry(database, request.body.country, request.body),
  );
};

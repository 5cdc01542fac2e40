// GET /api/countries and /api/countries/:iso3.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Database } from '../db/database';
import { getCountry, listCountries } from '../services/country.service';
import { viewQuery } from './common.schema';
import { countryDetailSchema, countryListSchema, countryParams } from './countries.schema';
import { errorSchema } from './errors';

/** Country routes over `database`. */
export const countriesRoutes: FastifyPluginAsyncZod<{ database: Database }> = async (
  app,
  { database },
) => {
  app.get(
    '/api/countries',
    {
      schema: {
        tags: ['countries'],
        summary: 'Every ISO 3166-1 country, with population where known',
        response: { 200: countryListSchema },
      },
    },
    async () => ({ countries: await listCountries(database) }),
  );

  app.get(
    '/api/countries/:iso3',
    {
      schema: {
        tags: ['countries'],
        summary:
          'One country: reference data, health capacity, situation, growth and series up to the date',
        params: countryParams,
        querystring: viewQuery,
        response: { 200: countryDetailSchema, 400: errorSchema, 404: errorSchema },
      },
    },
    async (request) => getCountry(database, request.params.iso3, request.query),
  );
};

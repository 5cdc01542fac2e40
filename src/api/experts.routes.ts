// /api/experts, /api/stationed-teams, /api/teams/propose, /api/deployments: the roster, long-term teams
// abroad, the team builder, and deployments with their activity log.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Database } from '../db/database';
import {
  addActivity,
  createDeployment,
  expertsSummary,
  getDeployment,
  listDeploymentViews,
} from '../services/deployments.service';
import {
  addExpert,
  getExpert,
  listRoster,
  listStationed,
  proposeTeam,
} from '../services/experts.service';
import { errorSchema } from './errors';
import {
  activityBody,
  activitySchema,
  deploymentBody,
  deploymentsSchema,
  deploymentViewSchema,
  expertBody,
  expertDetailSchema,
  expertSchema,
  expertsQuery,
  expertsSchema,
  idParams,
  proposalSchema,
  proposeBody,
  stationedListSchema,
  stationedQuery,
  summaryQuery,
  summarySchema,
} from './experts.schema';

const errors = { 400: errorSchema, 404: errorSchema, 409: errorSchema };

/** Roster routes over `database`. */
export const expertsRoutes: FastifyPluginAsyncZod<{ database: Database }> = async (
  app,
  { database },
) => {
  app.get(
    '/api/experts',
    {
      schema: {
        tags: ['experts'],
        summary: 'The expert roster (optionally one specialty or language)',
        querystring: expertsQuery,
        response: { 200: expertsSchema, ...errors },
      },
    },
    async (request) => ({ experts: await listRoster(database, request.query) }),
  );

  app.post(
    '/api/experts',
    {
      schema: {
        tags: ['experts'],
        summary:
          'Add an expert: specialties, languages, institution, availability, past deployments',
        body: expertBody,
        response: { 201: expertSchema, ...errors },
      },
    },
    async (request, reply) => reply.code(201).send(await addExpert(database, request.body)),
  );

  app.get(
    '/api/experts/summary',
    {
      schema: {
        tags: ['experts'],
        summary:
          "Counts for the report on a date (default: the scenario's): teams sent, trainings, stationed teams, sessions, guidance",
        querystring: summaryQuery,
        response: { 200: summarySchema, ...errors },
      },
    },
    async (request) => expertsSummary(database, request.query.asOf),
  );

  app.get(
    '/api/experts/:id',
    {
      schema: {
        tags: ['experts'],
        summary: 'One expert with availability and deployment history',
        params: idParams,
        response: { 200: expertDetailSchema, ...errors },
      },
    },
    async (request) => getExpert(database, request.params.id),
  );

  app.get(
    '/api/stationed-teams',
    {
      schema: {
        tags: ['experts'],
        summary: 'Long-term medical teams stationed abroad: standing resources per country',
        querystring: stationedQuery,
        response: { 200: stationedListSchema, ...errors },
      },
    },
    async (request) => ({ teams: await listStationed(database, request.query.country) }),
  );

  app.post(
    '/api/teams/propose',
    {
      schema: {
        tags: ['experts'],
        summary:
          'Propose a team covering every specialty and a host language, respecting availability and rest, load spread fairly; uncovered requirements named',
        body: proposeBody,
        response: { 200: proposalSchema, ...errors },
      },
    },
    async (request) => {
      const { restDays, ...team } = request.body;
      return proposeTeam(database, team, restDays);
    },
  );

  app.get(
    '/api/deployments',
    {
      schema: {
        tags: ['experts'],
        summary: 'Expert team deployments with members, activity log and counts',
        querystring: stationedQuery,
        response: { 200: deploymentsSchema, ...errors },
      },
    },
    async (request) => ({
      deployments: await listDeploymentViews(database, request.query.country),
    }),
  );

  app.post(
    '/api/deployments',
    {
      schema: {
        tags: ['experts'],
        summary: 'Record a deployment: team, country, dates, objectives, roster members',
        body: deploymentBody,
        response: { 201: deploymentViewSchema, ...errors },
      },
    },
    async (request, reply) => reply.code(201).send(await createDeployment(database, request.body)),
  );

  app.get(
    '/api/deployments/:id',
    {
      schema: {
        tags: ['experts'],
        summary: 'One deployment with members, activity log and counts',
        params: idParams,
        response: { 200: deploymentViewSchema, ...errors },
      },
    },
    async (request) => getDeployment(database, request.params.id),
  );

  app.post(
    '/api/deployments/:id/activities',
    {
      schema: {
        tags: ['experts'],
        summary:
          'Log an activity: a meeting with the national command, a training (with attendees), a hospital visit, advice given',
        params: idParams,
        body: activityBody,
        response: { 201: activitySchema, ...errors },
      },
    },
    async (request, reply) => {
      const { on, ...rest } = request.body;
      return reply
        .code(201)
        .send(await addActivity(database, request.params.id, { ...rest, onDate: on }));
    },
  );
};

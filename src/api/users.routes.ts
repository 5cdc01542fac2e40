// /api/users: the administrator lists and adds users.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Database } from '../db/database';
import { addUser, listUsers } from '../services/users.service';
import { newUserBody, userSchema } from './auth.schema';
import { errorSchema } from './errors';

const errors = { 400: errorSchema, 401: errorSchema, 403: errorSchema, 409: errorSchema };

/** User administration routes over `database`. */
export const usersRoutes: FastifyPluginAsyncZod<{ database: Database }> = async (
  app,
  { database },
) => {
  app.get(
    '/api/users',
    {
      schema: {
        tags: ['access'],
        summary: 'Every user with role and recipient (admin)',
        response: { 200: z.object({ users: z.array(userSchema) }), ...errors },
      },
    },
    async () => ({ users: await listUsers(database) }),
  );

  app.post(
    '/api/users',
    {
      schema: {
        tags: ['access'],
        summary: 'Add a user (admin); a recipient focal point needs its recipientId',
        body: newUserBody,
        response: { 201: userSchema, ...errors },
      },
    },
    async (request, reply) => reply.code(201).send(await addUser(database, request.body)),
  );
};

// Schemas of signing in, the signed-in user and API tokens (request validation and OpenAPI).
import { z } from 'zod';
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH, ROLES } from '../core/access';

/** POST /api/auth/sign-in body. */
export const signInBody = z.object({
  login: z.string().min(1, 'login must not be empty').max(63, 'login is at most 63 characters'),
  password: z.string().min(1, 'password must not be empty').max(200, 'password is too long'),
});

/** A user as shown (never the password hash). */
export const userSchema = z.object({
  id: z.string(),
  login: z.string(),
  displayName: z.string(),
  role: z.enum(ROLES),
  recipientId: z.string().nullable(),
  disabled: z.boolean(),
  createdAt: z.string(),
  passwordChangeRequired: z.boolean().meta({
    description:
      'Signed in with a one-time password: only POST /api/auth/password (and me, sign-out) until changed',
  }),
});

/** The signed-in user, how they signed in, and the CSRF token a browser sends on writes. */
export const meSchema = z.object({
  user: userSchema,
  via: z.enum(['cookie', 'token']),
  csrfToken: z.string().nullable().meta({
    description: 'Send as the x-csrf-token header on every write made with the session cookie',
  }),
  permissions: z.array(z.string()),
});

/** POST /api/auth/password body. */
export const passwordBody = z.object({
  currentPassword: z
    .string({ error: 'currentPassword must be a string' })
    .min(1, 'currentPassword must not be empty')
    .max(MAX_PASSWORD_LENGTH, 'currentPassword is too long'),
  newPassword: z
    .string({ error: 'newPassword must be a string' })
    .min(MIN_PASSWORD_LENGTH, `newPassword must be at least ${MIN_PASSWORD_LENGTH} characters`)
    .max(MAX_PASSWORD_LENGTH, `newPassword must be at most ${MAX_PASSWORD_LENGTH} characters`),
});

/** The answer to a password change. */
export const passwordChangedSchema = z.object({
  user: userSchema,
  sessionsEnded: z.number().int().meta({ description: 'Your other sessions that were ended' }),
});

/** POST /api/auth/tokens body. */
export const newTokenBody = z.object({
  name: z.string().min(1, 'name must not be empty').max(100, 'name is at most 100 characters'),
});

/** A token as listed (never its secret). */
export const tokenSchema = z.object({
  id: z.string(),
  name: z.string(),
  userId: z.string(),
  createdAt: z.string(),
  lastUsedAt: z.string().nullable(),
  revokedAt: z.string().nullable(),
});

/** A token just created: the secret is shown this once. */
export const createdTokenSchema = tokenSchema.extend({
  token: z.string().meta({ description: 'Send as Authorization: Bearer <token>; shown once' }),
});

/** A token id in a path. */
export const tokenParams = z.object({ id: z.string().min(1).max(100) });

/** POST /api/users body. */
export const newUserBody = z.object({
  login: z.string().min(1, 'login must not be empty').max(63, 'login is at most 63 characters'),
  displayName: z.string().max(200).optional(),
  password: z.string().min(1, 'password must not be empty').max(200, 'password is too long'),
  role: z.enum(ROLES, { error: `role must be one of ${ROLES.join(', ')}` }),
  recipientId: z.string().max(20).nullable().optional(),
  oneTimePassword: z.boolean().optional().meta({
    description: 'The user must change this password at their first sign-in',
  }),
});

// Access control in the OpenAPI document: the security schemes (session cookie + CSRF header, bearer
// API token) and each route's security and permissions, from the same route table the plugin enforces.
import { permissionsOf, type RouteRule } from '../core/access';
import { CSRF_HEADER, SESSION_COOKIE } from './access.names';

/** The security schemes of the API (components.securitySchemes). */
export const SECURITY_SCHEMES = {
  sessionCookie: {
    type: 'apiKey',
    in: 'cookie',
    name: SESSION_COOKIE,
    description: 'The http-only session cookie POST /api/auth/sign-in sets (browsers)',
  },
  csrfHeader: {
    type: 'apiKey',
    in: 'header',
    name: CSRF_HEADER,
    description:
      "The session's CSRF token (from sign-in or GET /api/auth/me), on every write made with the cookie",
  },
  bearerToken: {
    type: 'http',
    scheme: 'bearer',
    description:
      'An API token (tzt_...) for machine clients: POST /api/auth/tokens or tongzhou tokens create',
  },
} as const;

const WRITES = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** What a route's OpenAPI operation says about access: `security` and the permissions it accepts. */
export interface OpenApiAccess {
  security: Record<string, string[]>[];
  'x-permissions': string[];
}

/**
 * The security of a route with `rule`: none for a public route; otherwise the session cookie (with the
 * CSRF header on writes) or a bearer token, and `x-permissions` listing what the route accepts.
 */
export function openApiSecurity(rule: RouteRule, methods: readonly string[]): OpenApiAccess {
  if (rule === 'public') return { security: [], 'x-permissions': [] };
  const write = methods.some((m) => WRITES.has(m.toUpperCase()));
  const cookie: Record<string, string[]> = write
    ? { sessionCookie: [], csrfHeader: [] }
    : { sessionCookie: [] };
  return { security: [cookie, { bearerToken: [] }], 'x-permissions': [...permissionsOf(rule)] };
}

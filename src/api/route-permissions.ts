// Every route of the API and what it requires: 'public' (no sign-in) or the permission(s) of a signed-in
// user. The access plugin refuses to register a route missing here, so a new route must be declared.
// Public: the open report, open data, health/meta, situation, countries and forecasts (computed from
// public case data, nothing operational), the guidance library (published health guidance is meant to
// be read by anyone; who received what is not), API docs and the web app. Expert rosters name people,
// so reading them needs `experts:read`.
import type { RouteTable } from '../core/access';

/** The route table: "METHOD /api/url/:param" (HEAD follows GET) to 'public' or permission(s). */
export const ROUTE_PERMISSIONS: RouteTable = {
  // Public: reference, situation, report, open data, docs, the web app
  'GET /api/health': 'public',
  'GET /api/meta': 'public',
  'GET /api/situation': 'public',
  'GET /api/situation/world/milestones': 'public',
  'GET /api/countries': 'public',
  'GET /api/countries/:iso3': 'public',
  'GET /api/countries/:iso3/forecast': 'public',
  'POST /api/forecasts': 'public',
  'GET /api/report': 'public',
  'GET /api/open/iati.xml': 'public',
  'GET /api/open/hxl.csv': 'public',
  'GET /api/openapi.json': 'public',
  'GET /api/docs': 'public',
  'GET /api/docs/': 'public',
  'GET /api/docs/static/index.html': 'public',
  'GET /api/docs/static/swagger-initializer.js': 'public',
  'GET /api/docs/static/*': 'public',
  'GET /api/docs/json': 'public',
  'GET /api/docs/yaml': 'public',
  'GET /api/docs/*': 'public',
  'GET /*': 'public',
  'GET /api/guidance': 'public',
  'GET /api/guidance/feed.atom': 'public',
  'GET /api/guidance/search': 'public',
  'GET /api/guidance/:id': 'public',
  'GET /api/guidance/:id/diff': 'public',

  // Signing in and one's own tokens
  'POST /api/auth/sign-in': 'public',
  'POST /api/auth/sign-out': 'public',
  'GET /api/auth/me': 'account:self',
  'POST /api/auth/password': 'account:self',
  'GET /api/auth/tokens': 'account:self',
  'POST /api/auth/tokens': 'account:self',
  'DELETE /api/auth/tokens/:id': 'account:self',
  'GET /api/users': 'users:admin',
  'POST /api/users': 'users:admin',

  // Requests (a focal point sees and submits its own recipient's only: see scope.ts)
  'GET /api/requests': 'requests:read',
  'POST /api/requests': ['requests:write', 'requests:submit'],
  'GET /api/requests/:id': 'requests:read',
  'POST /api/requests/:id/agree': 'requests:write',
  'POST /api/requests/:id/status': 'requests:write',

  // Stock, contributions, depots
  'GET /api/supply': 'stock:read',
  'POST /api/supply/receipts': 'stock:write',
  'POST /api/supply/adjustments': 'stock:write',
  'PUT /api/supply/items/:item': 'stock:write',
  'GET /api/contributions': 'stock:read',
  'POST /api/contributions': 'stock:write',
  'POST /api/depots': 'stock:write',

  // Allocation and batches
  'GET /api/allocations/input': 'allocations:read',
  'GET /api/allocations/policy': 'allocations:read',
  'POST /api/allocations/preview': 'allocations:read',
  'GET /api/batches': 'batches:read',
  'POST /api/batches': 'batches:write',
  'GET /api/batches/:id': 'batches:read',
  'PATCH /api/batches/:id/lines/:lineId': 'batches:write',
  'GET /api/batches/:id/compare/:other': 'batches:read',
  'POST /api/batches/:id/approve': 'batches:approve',
  'POST /api/batches/:id/discard': 'batches:write',

  // Consignments, events, trace (a focal point: its own, and receipts only)
  'POST /api/batches/:id/consignments': 'consignments:ship',
  'GET /api/consignments': 'consignments:read',
  'GET /api/consignments/:id': 'consignments:read',
  'POST /api/consignments/:id/events': ['consignments:events', 'consignments:receive'],
  'GET /api/trace/:requestLineId': 'trace:read',
  'GET /api/verify': 'verify:read',

  // Experts, teams, deployments
  'GET /api/experts': 'experts:read',
  'POST /api/experts': 'experts:write',
  'GET /api/experts/summary': 'experts:read',
  'GET /api/experts/:id': 'experts:read',
  'GET /api/stationed-teams': 'experts:read',
  'POST /api/teams/propose': 'experts:write',
  'GET /api/deployments': 'experts:read',
  'POST /api/deployments': 'experts:write',
  'GET /api/deployments/:id': 'experts:read',
  'POST /api/deployments/:id/activities': 'experts:write',

  // Exchange sessions
  'GET /api/sessions': 'sessions:read',
  'POST /api/sessions': 'sessions:write',
  'POST /api/sessions/slots': 'sessions:write',
  'GET /api/sessions/:id': 'sessions:read',
  'POST /api/sessions/:id/attendance': 'sessions:write',

  // Guidance writes and deliveries
  'POST /api/guidance': 'guidance:publish',
  'POST /api/guidance/:id/versions': 'guidance:publish',
  'GET /api/guidance/deliveries': 'guidance:read',
  'POST /api/guidance/deliveries': 'guidance:publish',

  // The audit trail
  'GET /api/audit': 'audit:read',
  'GET /api/audit/head': 'audit:read',
};

// Fuzzing every POST/PUT/PATCH route (from the app's own route table) with malformed bodies: JSON of every
// shape, the route's own field names with values of the wrong kind, stray fields, and text that is not
// JSON at all. Over 10,000 bodies in all: no answer may be a 5xx, and every 4xx must name the field.
// Then valid bodies with one field spoiled (NUL in text, numbers beyond any column, impossible dates),
// which reach the services and the database. Signed in as admin, so every body meets the validation
// behind the permission check.
import fc from 'fast-check';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/api/app';
import { routeTable, type RouteEntry } from '../../src/api/hardening';
import type { Database } from '../../src/db/database';
import { freshDatabase } from '../db/fresh-database';
import { loadFixture } from '../db/operations-fixture';
import { signedIn } from './auth';

/** How many bodies in all; each route gets its share. */
const TOTAL_BODIES = 10_000;

let database: Database;
let app: FastifyInstance;
let routes: RouteEntry[];
let auth: Record<string, string> = {};
beforeAll(async () => {
  database = await freshDatabase();
  await loadFixture(database);
  // An admin's token (every permission), not rate-limited, so every body reaches its route's checks.
  app = await buildApp({ database, webDir: null, tokenRateLimit: 1_000_000 });
  auth = await signedIn(database, 'admin');
  routes = routeTable(app).filter(
    (r) => ['POST', 'PUT', 'PATCH'].includes(r.method) && r.url.startsWith('/api/'),
  );
}, 120_000);
afterAll(async () => {
  await app?.close();
  await database?.close();
});

/** The field names of a zod object body schema (none when the body is not an object schema). */
function fieldsOf(schema: unknown): string[] {
  const shape = (schema as { shape?: Record<string, unknown> } | undefined)?.shape;
  return shape && typeof shape === 'object' ? Object.keys(shape) : [];
}

/** A malformed body for a route with these fields: JSON text, or raw text that may not be JSON. */
function bodyArb(fields: readonly string[]): fc.Arbitrary<string> {
  const json = fc.jsonValue({ maxDepth: 3 });
  const shapes: fc.Arbitrary<unknown>[] = [
    json,
    fc.dictionary(fc.string({ maxLength: 12 }), json, { maxKeys: 6 }),
  ];
  if (fields.length > 0) {
    // The route's own fields, some missing, each with a value of any kind, plus stray ones.
    const own = fc.record(Object.fromEntries(fields.map((f) => [f, json])), { requiredKeys: [] });
    shapes.push(
      own,
      own,
      fc
        .tuple(own, fc.dictionary(fc.string(), json, { maxKeys: 2 }))
        .map(([a, b]) => ({ ...b, ...a })),
    );
  }
  return fc.oneof(
    { arbitrary: fc.oneof(...shapes).map((v) => JSON.stringify(v) ?? 'null'), weight: 9 },
    { arbitrary: fc.string({ maxLength: 40 }), weight: 1 },
  );
}

/** A path parameter: an id the fixture holds, or anything. */
const paramArb = fc.oneof(
  fc.constantFrom('r-ita', 'r-pak', 'PEK', 'mask-surgical', 'b1', 'x'),
  // '.' and '..' are path segments a client resolves before sending: not a parameter value.
  fc.string({ minLength: 1, maxLength: 16 }).filter((v) => v !== '.' && v !== '..'),
);

function fill(url: string, values: readonly string[]): string {
  let i = 0;
  return url.replace(/:[A-Za-z]+/g, () => encodeURIComponent(values[i++] ?? 'x'));
}

/** A valid body per write route of the fixture's world: the near-valid fuzzing spoils one field. */
const TEMPLATES: Record<string, object> = {
  'POST /api/requests': {
    recipient: 'PAK',
    kind: 'supplies',
    title: 'Masks',
    amountUsd: 1000,
    neededBy: '2020-04-01',
    lines: [{ item: 'mask-surgical', asked: 100 }],
  },
  'POST /api/requests/r-pak/agree': { agreedBy: 'both', lines: [{ line: 'r-pak.1', agreed: 10 }] },
  'POST /api/supply/receipts': { depot: 'PEK', item: 'mask-surgical', quantity: 5, note: 'n' },
  'POST /api/supply/adjustments': { depot: 'PEK', item: 'mask-surgical', quantity: -5 },
  'PUT /api/supply/items/mask-surgical': {
    reserve: { kind: 'fixed', quantity: 10 },
    productionPerDay: 5,
    note: 'n',
  },
  'POST /api/contributions': {
    donor: 'A company',
    donorKind: 'company',
    depotId: 'PEK',
    item: 'mask-surgical',
    quantity: 10,
    receivedOn: '2020-03-20',
  },
  'POST /api/depots': { id: 'D1', nameEn: 'Depot', nameZh: '仓库', city: 'Wuhan' },
  'POST /api/batches': { title: 'B', lines: [{ requestLineId: 'r-pak.1', quantity: 2000 }] },
  'POST /api/experts': {
    name: 'Expert (illustrative)',
    specialties: ['epidemiology'],
    languages: ['zh', 'en'],
    institution: 'Hospital',
    availability: [{ from: '2020-03-01', to: '2020-05-31' }],
  },
  'POST /api/sessions': {
    topic: 'Care',
    startsAt: '2020-03-12T13:00:00Z',
    durationMinutes: 120,
    countries: ['ITA', 'SRB'],
  },
  'POST /api/sessions/slots': {
    participants: ['CHN', 'ITA'],
    from: '2020-03-27',
    to: '2020-03-30',
    durationMinutes: 60,
  },
  'POST /api/guidance': {
    id: 'g1',
    kind: 'contact-management',
    issuer: 'Issuer',
    originalLanguage: 'en',
  },
  'POST /api/teams/propose': {
    country: 'IRN',
    specialties: [{ specialty: 'epidemiology', count: 1 }],
    languages: ['fa'],
    from: '2020-03-01',
    to: '2020-03-20',
  },
};

/** Values that pass a schema's type but not the database, or not the rules. */
const hostile = fc.oneof(
  fc.constantFrom(
    '\u0000',
    'a\u0000b',
    '',
    ' ',
    'x'.repeat(5_000),
    '2020-02-30',
    '2020-13-01',
    '9999-12-31T23:59:59Z',
    '1e400',
    -1,
    0,
    0.5,
    2 ** 31,
    -(2 ** 31) - 1,
    2 ** 53,
    1e15,
    1e20,
    -1e20,
    1e300,
    Number.MAX_SAFE_INTEGER,
  ),
  fc.string({ unit: 'binary', maxLength: 20 }),
  fc.jsonValue({ maxDepth: 2 }),
);

/** Every leaf path of a JSON value (arrays by index). */
function leaves(value: unknown, path: (string | number)[] = []): (string | number)[][] {
  if (value === null || typeof value !== 'object') return [path];
  const entries = Array.isArray(value)
    ? value.map((v, i) => [i, v] as const)
    : Object.entries(value);
  return entries.flatMap(([k, v]) => leaves(v, [...path, k]));
}

/** A copy of `value` with the leaf at `path` replaced. */
function spoil(value: object, path: (string | number)[], replacement: unknown): unknown {
  const copy = structuredClone(value) as Record<string | number, unknown>;
  let at: Record<string | number, unknown> = copy;
  for (const key of path.slice(0, -1)) at = at[key] as Record<string | number, unknown>;
  at[path.at(-1)!] = replacement;
  return copy;
}

interface ErrorBody {
  error?: { code?: string; message?: string; field?: string };
}

describe('fuzzing every POST/PUT/PATCH route', () => {
  it('answers no 5xx to 10,000 malformed bodies, and every 4xx names the field', async () => {
    expect(routes.length).toBeGreaterThan(15);
    const perRoute = Math.ceil(TOTAL_BODIES / routes.length);
    let sent = 0;
    const statuses = new Map<number, number>();
    for (const route of routes) {
      const params = (route.url.match(/:[A-Za-z]+/g) ?? []).length;
      await fc.assert(
        fc.asyncProperty(
          bodyArb(fieldsOf(route.body)),
          fc.array(paramArb, { minLength: params, maxLength: params }),
          async (payload, values) => {
            const res = await app.inject({
              method: route.method as 'POST',
              url: fill(route.url, values),
              headers: { ...auth, 'content-type': 'application/json' },
              payload,
            });
            sent += 1;
            statuses.set(res.statusCode, (statuses.get(res.statusCode) ?? 0) + 1);
            const where = `${route.method} ${route.url} <- ${payload.slice(0, 200)}`;
            expect(res.statusCode, `${where}: ${res.body.slice(0, 300)}`).toBeLessThan(500);
            if (res.statusCode >= 400) {
              const body = res.json<ErrorBody>();
              const field = body.error?.field ?? '';
              expect(
                field.length,
                `${where}: no field in ${res.body.slice(0, 300)}`,
              ).toBeGreaterThan(0);
            }
          },
        ),
        { numRuns: perRoute, seed: 20200326 + sent, endOnFailure: true },
      );
    }
    console.log(
      `fuzz: ${sent} bodies on ${routes.length} routes; statuses ${JSON.stringify(Object.fromEntries(statuses))}`,
    );
    expect(sent).toBeGreaterThanOrEqual(TOTAL_BODIES);
  }, 300_000);

  it('answers no 5xx to valid bodies with one field spoiled, and names the field', async () => {
    let sent = 0;
    const statuses = new Map<number, number>();
    for (const [route, template] of Object.entries(TEMPLATES)) {
      const [method, url] = route.split(' ') as ['POST' | 'PUT', string];
      const paths = leaves(template);
      await fc.assert(
        fc.asyncProperty(fc.constantFrom(...paths), hostile, async (path, value) => {
          const payload = spoil(template, path, value);
          const res = await app.inject({ method, url, headers: auth, payload: payload as object });
          sent += 1;
          statuses.set(res.statusCode, (statuses.get(res.statusCode) ?? 0) + 1);
          const where = `${route} with ${path.join('.')} = ${JSON.stringify(value)?.slice(0, 80)}`;
          expect(res.statusCode, `${where}: ${res.body.slice(0, 300)}`).toBeLessThan(500);
          // A 409 is about the state the valid part of the body meets, not a malformed field.
          if (res.statusCode >= 400 && res.statusCode !== 409) {
            const field = res.json<ErrorBody>().error?.field ?? '';
            expect(field.length, `${where}: no field in ${res.body.slice(0, 300)}`).toBeGreaterThan(
              0,
            );
          }
        }),
        { numRuns: 150, seed: 20200327 + sent, endOnFailure: true },
      );
    }
    console.log(
      `fuzz (near-valid): ${sent} bodies on ${Object.keys(TEMPLATES).length} routes; statuses ${JSON.stringify(Object.fromEntries(statuses))}`,
    );
  }, 300_000);
});

// Which permission a route needs and what to answer a caller: the pure half of the access plugin.
import { can, type AccessRole, type Permission } from './permissions';

/** What a route requires: open to everyone, or one of the listed permissions of a signed-in user. */
export type RouteRule = 'public' | Permission | readonly Permission[];

/** The route table: "METHOD /api/url/:param" to its rule. */
export type RouteTable = Readonly<Record<string, RouteRule>>;

/** The key of a route in the table: "GET /api/requests/:id" (HEAD shares GET's rule). */
export function routeKey(method: string, url: string): string {
  const m = method.toUpperCase();
  return `${m === 'HEAD' ? 'GET' : m} ${url}`;
}

/** The rule of a route, or undefined when the table does not declare it. */
export function ruleFor(table: RouteTable, method: string, url: string): RouteRule | undefined {
  return table[routeKey(method, url)];
}

/** The routes (as "METHOD url") the table lacks, for the error that stops an undeclared route. */
export function undeclared(table: RouteTable, method: string | readonly string[], url: string) {
  const methods = typeof method === 'string' ? [method] : method;
  return methods.filter((m) => ruleFor(table, m, url) === undefined).map((m) => `${m} ${url}`);
}

/** The outcome of checking a caller against a rule. */
export type AccessDecision = 'allow' | 'unauthenticated' | 'forbidden';

/** Decides a call: public routes allow everyone; others need a role (null = not signed in) holding a permission. */
export function decide(rule: RouteRule, role: AccessRole | null): AccessDecision {
  if (rule === 'public') return 'allow';
  if (role === null) return 'unauthenticated';
  const needed: readonly Permission[] = typeof rule === 'string' ? [rule as Permission] : rule;
  return needed.some((p) => can(role, p)) ? 'allow' : 'forbidden';
}

/** The permissions a rule accepts (empty for a public route), for messages and docs. */
export function permissionsOf(rule: RouteRule): readonly Permission[] {
  if (rule === 'public') return [];
  return typeof rule === 'string' ? [rule as Permission] : rule;
}

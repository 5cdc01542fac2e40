// What a new password must be, and what a user holding a one-time password may still do (change it,
// see who they are, sign out): the pure rules behind POST /api/auth/password and the access plugin.
import { routeKey, type RouteRule } from './route-access';

/** The shortest password accepted. */
export const MIN_PASSWORD_LENGTH = 8;
/** The longest password accepted (argon2 takes any length; this bounds the work per request). */
export const MAX_PASSWORD_LENGTH = 200;

/** Why a new password is refused, naming the field of the request it came in. */
export interface PasswordProblem {
  field: string;
  message: string;
}

/**
 * Checks a new password (`field` names it in the request) against the policy, and, when the current
 * one is given, that it differs from it; null when acceptable.
 */
export function passwordProblem(
  next: string,
  field: string,
  current?: string,
): PasswordProblem | null {
  if (next.length < MIN_PASSWORD_LENGTH) {
    return { field, message: `${field} must be at least ${MIN_PASSWORD_LENGTH} characters` };
  }
  if (next.length > MAX_PASSWORD_LENGTH) {
    return { field, message: `${field} must be at most ${MAX_PASSWORD_LENGTH} characters` };
  }
  if (next.trim().length === 0) {
    return { field, message: `${field} must not be only spaces` };
  }
  if (current !== undefined && next === current) {
    return { field, message: `${field} must differ from the current password` };
  }
  return null;
}

/** The routes a user with a one-time password may call besides public ones (as "METHOD /url"). */
export const PASSWORD_CHANGE_ROUTES: ReadonlySet<string> = new Set([
  'POST /api/auth/password',
  'GET /api/auth/me',
  'POST /api/auth/sign-out',
]);

/** Whether a user who must change their password may call this route (public ones stay open). */
export function allowedBeforePasswordChange(rule: RouteRule, method: string, url: string): boolean {
  return rule === 'public' || PASSWORD_CHANGE_ROUTES.has(routeKey(method, url));
}

// Signing in for the browser tests: the demo users the server creates in demo mode (one per role,
// password `demo-<login>`), signed in in the page's browser context or for the test's own API calls.
import type { Page } from 'playwright-core';
import type { RunningServer } from './server';

/** A role of Tongzhou (see src/core/access). */
export type DemoRole =
  'admin' | 'coordinator' | 'logistics' | 'health-desk' | 'recipient-focal-point' | 'viewer';

/** The demo user of a role: login and password as the README lists them. */
export function demoUser(role: DemoRole): { login: string; password: string } {
  const login = role === 'recipient-focal-point' ? 'focal-point' : role;
  return { login, password: `demo-${login}` };
}

/** Signs the page's browser context in as the demo user of `role` (the session cookie is shared). */
export async function signIn(page: Page, server: RunningServer, role: DemoRole): Promise<void> {
  const res = await page.context().request.post(`${server.url}/api/auth/sign-in`, {
    data: demoUser(role),
  });
  if (!res.ok()) throw new Error(`sign-in as ${role} failed: ${res.status()} ${await res.text()}`);
}

/** Headers for the test's own fetch() calls as the demo user of `role`: the cookie and CSRF token. */
export async function apiHeaders(
  server: RunningServer,
  role: DemoRole,
): Promise<{ cookie: string; 'x-csrf-token': string }> {
  const res = await fetch(`${server.url}/api/auth/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(demoUser(role)),
  });
  if (!res.ok) throw new Error(`sign-in as ${role} failed: ${res.status} ${await res.text()}`);
  const cookie = /tz_session=[^;]+/.exec(res.headers.get('set-cookie') ?? '')?.[0];
  if (!cookie) throw new Error('sign-in set no tz_session cookie');
  const { csrfToken } = (await res.json()) as { csrfToken: string };
  return { cookie, 'x-csrf-token': csrfToken };
}

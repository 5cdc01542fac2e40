// Changing a password: the current one checked, the new one by the policy (400 naming the field), the
// user's other sessions ended and the change audited; a one-time password (production's first admin,
// an admin's reset, a user added with oneTimePassword) holds its user to changing it (403 elsewhere).
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/api/app';
import type { Database } from '../../src/db/database';
import { listAudit } from '../../src/services/audit.service';
import { resetPassword } from '../../src/services/user-password.service';
import { ensureFirstUsers } from '../../src/services/users.service';
import { freshDatabase } from '../db/fresh-database';
import { ensureTestUser, sessionOf, sessionWith, testUser } from './auth';

let database: Database;
let app: FastifyInstance;
beforeAll(async () => {
  database = await freshDatabase();
  app = await buildApp({ database, webDir: null });
});
afterAll(async () => {
  await app?.close();
  await database?.close();
});

type Headers = Record<string, string>;

const change = (headers: Headers, payload: object) =>
  app.inject({ method: 'POST', url: '/api/auth/password', headers, payload });

describe('POST /api/auth/password', () => {
  it('refuses a short, unchanged or missing new password and a wrong current one, naming the field', async () => {
    const session = await sessionOf(app, database, 'viewer');
    const current = testUser('viewer').password;
    const cases: [object, string, RegExp][] = [
      [{ currentPassword: current, newPassword: 'short' }, 'newPassword', /at least 8/],
      [{ currentPassword: current, newPassword: current }, 'newPassword', /must differ/],
      [{ currentPassword: current }, 'newPassword', /newPassword/],
      [{ newPassword: 'a-good-new-one' }, 'currentPassword', /currentPassword/],
      [
        { currentPassword: 'not-it-at-all', newPassword: 'a-good-new-one' },
        'currentPassword',
        /not your current password/,
      ],
    ];
    for (const [payload, field, message] of cases) {
      const res = await change(session, payload);
      expect(res.statusCode, JSON.stringify(payload)).toBe(400);
      expect(res.json<{ error: { field: string } }>().error.field).toBe(field);
      expect(res.json<{ error: { message: string } }>().error.message).toMatch(message);
    }
    const without = await app.inject({
      method: 'POST',
      url: '/api/auth/password',
      headers: { cookie: session.cookie },
      payload: { currentPassword: current, newPassword: 'a-good-new-one' },
    });
    expect(without.json()).toMatchObject({ error: { code: 'csrf' } });
    const anonymous = await app.inject({
      method: 'POST',
      url: '/api/auth/password',
      payload: { currentPassword: current, newPassword: 'a-good-new-one' },
    });
    expect(anonymous.statusCode).toBe(401);
  });

  it('changes it: the old password stops working, other sessions end, this one stays, audited without secrets', async () => {
    await ensureTestUser(database, 'logistics');
    const { login, password } = testUser('logistics');
    const here = await sessionWith(app, login, password);
    const elsewhere = await sessionWith(app, login, password);
    const res = await change(here, { currentPassword: password, newPassword: 'brand-new-secret' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      sessionsEnded: 1,
      user: { login, passwordChangeRequired: false },
    });
    expect((await app.inject({ url: '/api/auth/me', headers: here })).statusCode).toBe(200);
    expect((await app.inject({ url: '/api/auth/me', headers: elsewhere })).statusCode).toBe(401);
    const old = await app.inject({
      method: 'POST',
      url: '/api/auth/sign-in',
      payload: { login, password },
    });
    expect(old.statusCode).toBe(401);
    await sessionWith(app, login, 'brand-new-secret');
    const audit = await listAudit(database, { action: 'user.password-change' }, 10);
    expect(audit.entries).toHaveLength(1);
    expect(audit.entries[0]).toMatchObject({ actor: `user:${login}`, entity: 'user' });
    expect(audit.entries[0]?.after).toMatchObject({
      otherSessionsEnded: 1,
      passwordChangeRequired: false,
    });
    expect(JSON.stringify(audit.entries)).not.toMatch(/brand-new-secret|argon2/);
  });

  it('limits wrong current passwords like failed sign-ins (10 a minute), not right ones', async () => {
    await ensureTestUser(database, 'health-desk');
    const { login, password } = testUser('health-desk');
    const session = await sessionWith(app, login, password);
    let last = await change(session, { currentPassword: 'wrong-0', newPassword: 'another-one-1' });
    let wrong = 1;
    while (last.statusCode === 400 && wrong < 20) {
      last = await change(session, {
        currentPassword: `wrong-${wrong}`,
        newPassword: 'another-one-1',
      });
      wrong += 1;
    }
    expect(wrong).toBe(11);
    expect(last.statusCode).toBe(429);
    expect(last.json()).toMatchObject({
      error: { code: 'rate_limited', field: 'currentPassword' },
    });
  });
});

describe('a one-time password', () => {
  it('holds the production admin to changing it: 403 with a clear message elsewhere, then everything works', async () => {
    const fresh = await freshDatabase();
    const prodApp = await buildApp({ database: fresh, webDir: null, production: true });
    try {
      const first = await ensureFirstUsers(fresh, 'production');
      const password = /one-time password (\S+)/.exec(first.lines.join())![1]!;
      const res = await prodApp.inject({
        method: 'POST',
        url: '/api/auth/sign-in',
        payload: { login: 'admin', password },
      });
      expect(res.json()).toMatchObject({ user: { passwordChangeRequired: true } });
      const cookie = res.cookies.find((c) => c.name === 'tz_session')!;
      const headers = {
        cookie: `tz_session=${cookie.value}`,
        'x-csrf-token': res.json<{ csrfToken: string }>().csrfToken,
      };
      const me = await prodApp.inject({ url: '/api/auth/me', headers });
      expect(me.json()).toMatchObject({ user: { passwordChangeRequired: true } });
      for (const [method, url] of [
        ['GET', '/api/users'],
        ['GET', '/api/requests'],
        ['POST', '/api/auth/tokens'],
      ] as const) {
        const refused = await prodApp.inject({ method, url, headers, payload: { name: 'x' } });
        expect(refused.statusCode, url).toBe(403);
        expect(refused.json()).toMatchObject({ error: { code: 'password_change_required' } });
        expect(refused.json<{ error: { message: string } }>().error.message).toMatch(
          /one-time password: change it first \(POST \/api\/auth\/password/,
        );
      }
      expect((await prodApp.inject({ url: '/api/report', headers })).statusCode).toBe(200);
      const changed = await prodApp.inject({
        method: 'POST',
        url: '/api/auth/password',
        headers,
        payload: { currentPassword: password, newPassword: 'the-admins-own-password' },
      });
      expect(changed.statusCode).toBe(200);
      expect(changed.json()).toMatchObject({ user: { passwordChangeRequired: false } });
      expect((await prodApp.inject({ url: '/api/users', headers })).statusCode).toBe(200);
    } finally {
      await prodApp.close();
      await fresh.close();
    }
  });

  it('holds a reset user and their API tokens too, and an admin can add a user with one', async () => {
    const coordinator = await sessionOf(app, database, 'coordinator');
    const token = await app.inject({
      method: 'POST',
      url: '/api/auth/tokens',
      headers: coordinator,
      payload: { name: 'feed' },
    });
    const bearer = { authorization: `Bearer ${token.json<{ token: string }>().token}` };
    expect((await app.inject({ url: '/api/batches', headers: bearer })).statusCode).toBe(200);
    const { password } = await resetPassword(database, testUser('coordinator').login);
    expect((await app.inject({ url: '/api/auth/me', headers: coordinator })).statusCode).toBe(401);
    const held = await app.inject({ url: '/api/batches', headers: bearer });
    expect(held.json()).toMatchObject({ error: { code: 'password_change_required' } });
    const session = await sessionWith(app, testUser('coordinator').login, password);
    await change(session, { currentPassword: password, newPassword: 'coordinators-new-pw' });
    expect((await app.inject({ url: '/api/batches', headers: bearer })).statusCode).toBe(200);

    const admin = await sessionOf(app, database, 'admin');
    const added = await app.inject({
      method: 'POST',
      url: '/api/users',
      headers: admin,
      payload: {
        login: 'new-viewer',
        password: 'first-password',
        role: 'viewer',
        oneTimePassword: true,
      },
    });
    expect(added.json()).toMatchObject({ passwordChangeRequired: true });
    const fresh = await sessionWith(app, 'new-viewer', 'first-password');
    expect((await app.inject({ url: '/api/batches', headers: fresh })).statusCode).toBe(403);
  });
});

// Signing in and out, the CSRF header, API tokens, the sign-in rate limit, disabled users, and the first
// users of a new install (demo users; in production one admin with a one-time password).
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/api/app';
import type { Database } from '../../src/db/database';
import { findUserByLogin } from '../../src/db/users.repository';
import { DEMO_USERS, ensureFirstUsers, setDisabled } from '../../src/services/users.service';
import { freshDatabase } from '../db/fresh-database';
import { ensureTestUser, sessionOf, testUser } from './auth';

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

describe('sessions', () => {
  it('signs in with an http-only SameSite=Lax cookie, stores only hashes, and signs out', async () => {
    await ensureTestUser(database, 'logistics');
    const res = await app.inject({
      method: 'POST',
      url: '/api/auth/sign-in',
      payload: testUser('logistics'),
    });
    expect(res.statusCode).toBe(200);
    const cookie = res.cookies.find((c) => c.name === 'tz_session')!;
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
    expect(cookie.secure).toBeFalsy();
    const user = await findUserByLogin(database.db, testUser('logistics').login);
    expect(user?.passwordHash).toMatch(/^\$argon2id\$/);
    const headers = { cookie: `tz_session=${cookie.value}` };
    const me = await app.inject({ url: '/api/auth/me', headers });
    expect(me.json()).toMatchObject({ user: { role: 'logistics' }, via: 'cookie' });
    const out = await app.inject({
      method: 'POST',
      url: '/api/auth/sign-out',
      headers: { ...headers, 'x-csrf-token': res.json<{ csrfToken: string }>().csrfToken },
    });
    expect(out.json()).toEqual({ signedOut: true });
    expect((await app.inject({ url: '/api/auth/me', headers })).statusCode).toBe(401);
  });

  it('refuses a cookie write without the CSRF header, takes it with', async () => {
    const session = await sessionOf(app, database, 'coordinator');
    const body = { recipient: 'ITA', kind: 'cash', title: 'Cash', amountUsd: 5 };
    const without = await app.inject({
      method: 'POST',
      url: '/api/requests',
      headers: { cookie: session.cookie },
      payload: body,
    });
    expect(without.statusCode).toBe(403);
    expect(without.json()).toMatchObject({ error: { code: 'csrf' } });
    const wrong = { ...session, 'x-csrf-token': 'forged' };
    expect(
      (await app.inject({ method: 'POST', url: '/api/requests', headers: wrong, payload: body }))
        .statusCode,
    ).toBe(403);
    const ok = await app.inject({
      method: 'POST',
      url: '/api/requests',
      headers: session,
      payload: body,
    });
    expect(ok.statusCode).toBe(201);
  });

  it('answers a wrong password and an unknown login alike, and rate-limits with a clear 429', async () => {
    await ensureTestUser(database, 'viewer');
    const login = testUser('viewer').login;
    const wrong = await app.inject({
      method: 'POST',
      url: '/api/auth/sign-in',
      payload: { login, password: 'not-the-password' },
    });
    const unknown = await app.inject({
      method: 'POST',
      url: '/api/auth/sign-in',
      payload: { login: 'nobody-here', password: 'not-the-password' },
    });
    expect(wrong.statusCode).toBe(401);
    expect(unknown.json()).toEqual(wrong.json());
    let last = wrong;
    for (let i = 0; i < 10 && last.statusCode !== 429; i++) {
      last = await app.inject({
        method: 'POST',
        url: '/api/auth/sign-in',
        payload: { login, password: 'still-wrong' },
      });
    }
    expect(last.statusCode).toBe(429);
    expect(last.json()).toMatchObject({ error: { code: 'rate_limited', field: 'login' } });
    expect(last.json<{ error: { message: string } }>().error.message).toMatch(/retry in \d+ s/);
  });

  it('counts only failed sign-ins: 12 right ones pass, then 10 wrong ones, then even the right one waits', async () => {
    await ensureTestUser(database, 'admin');
    const { login, password } = testUser('admin');
    const attempt = (pw: string, remoteAddress = '10.1.1.1') =>
      app.inject({
        method: 'POST',
        url: '/api/auth/sign-in',
        payload: { login, password: pw },
        remoteAddress,
      });
    for (let i = 0; i < 12; i++) expect((await attempt(password)).statusCode).toBe(200);
    for (let i = 0; i < 10; i++) expect((await attempt(`wrong-${i}`)).statusCode).toBe(401);
    const limited = await attempt(password);
    expect(limited.statusCode).toBe(429);
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    expect(limited.json<{ error: { message: string } }>().error.message).toMatch(
      /Too many failed sign-ins for "test-admin" from this address: retry in \d+ s/,
    );
    expect((await attempt(password, '10.1.1.2')).statusCode).toBe(200);
  });
});

describe('API tokens', () => {
  it('creates a token shown once, lists it without the secret, and revokes it', async () => {
    const session = await sessionOf(app, database, 'health-desk');
    const created = await app.inject({
      method: 'POST',
      url: '/api/auth/tokens',
      headers: session,
      payload: { name: 'guidance feed' },
    });
    expect(created.statusCode).toBe(201);
    const { id, token } = created.json<{ id: string; token: string }>();
    const bearer = { authorization: `Bearer ${token}` };
    expect((await app.inject({ url: '/api/experts', headers: bearer })).statusCode).toBe(200);
    const list = await app.inject({ url: '/api/auth/tokens', headers: bearer });
    expect(list.body).not.toContain(token);
    const revoked = await app.inject({
      method: 'DELETE',
      url: `/api/auth/tokens/${id}`,
      headers: bearer,
    });
    expect(revoked.statusCode).toBe(200);
    const after = await app.inject({ url: '/api/experts', headers: bearer });
    expect(after.statusCode).toBe(401);
  });

  it('stops a disabled user at once', async () => {
    const session = await sessionOf(app, database, 'logistics');
    await setDisabled(database, testUser('logistics').login, true);
    expect((await app.inject({ url: '/api/supply', headers: session })).statusCode).toBe(401);
  });

  it('lets only an admin add users, and checks a focal point has its recipient', async () => {
    const admin = await sessionOf(app, database, 'admin');
    const coordinator = await sessionOf(app, database, 'coordinator');
    const user = { login: 'fp-pak', password: 'long-enough', role: 'recipient-focal-point' };
    expect(
      (await app.inject({ method: 'POST', url: '/api/users', headers: coordinator, payload: user }))
        .statusCode,
    ).toBe(403);
    const missing = await app.inject({
      method: 'POST',
      url: '/api/users',
      headers: admin,
      payload: user,
    });
    expect(missing.json()).toMatchObject({ error: { field: 'recipientId' } });
    const added = await app.inject({
      method: 'POST',
      url: '/api/users',
      headers: admin,
      payload: { ...user, recipientId: 'PAK' },
    });
    expect(added.statusCode).toBe(201);
    expect(added.body).not.toMatch(/argon2|"password"|long-enough/i);
  });
});

describe('first users', () => {
  it('creates one demo user per role in demo mode, once', async () => {
    const fresh = await freshDatabase();
    try {
      const first = await ensureFirstUsers(fresh, 'demo');
      expect(first.created).toBe('demo');
      expect(first.lines.join()).toContain('coordinator / demo-coordinator');
      for (const u of DEMO_USERS) expect(await findUserByLogin(fresh.db, u.login)).toBeDefined();
      expect((await ensureFirstUsers(fresh, 'demo')).created).toBe('none');
    } finally {
      await fresh.close();
    }
  });

  it('creates no demo user with TONGZHOU_DEMO=0: a one-time admin instead, also in demo mode', async () => {
    const fresh = await freshDatabase();
    try {
      const first = await ensureFirstUsers(fresh, 'demo', false);
      expect(first.created).toBe('admin');
      expect(first.lines.join()).toMatch(/one-time password \S+/);
      for (const u of DEMO_USERS.filter((d) => d.login !== 'admin')) {
        expect(await findUserByLogin(fresh.db, u.login)).toBeUndefined();
      }
      expect((await findUserByLogin(fresh.db, 'admin'))?.passwordChangeRequired).toBe(true);
      const again = await ensureFirstUsers(fresh, 'demo', false);
      expect(again).toEqual({ created: 'none', lines: [] });
    } finally {
      await fresh.close();
    }
  });

  it('creates only an admin with a random password in production, never a demo user', async () => {
    const [a, b] = [await freshDatabase(), await freshDatabase()];
    try {
      const first = await ensureFirstUsers(a, 'production');
      const second = await ensureFirstUsers(b, 'production');
      expect(first.created).toBe('admin');
      const password = /one-time password (\S+)/.exec(first.lines.join())?.[1];
      expect(password?.length).toBeGreaterThanOrEqual(20);
      expect(second.lines.join()).not.toContain(password!);
      expect(await findUserByLogin(a.db, 'coordinator')).toBeUndefined();
      const prodApp = await buildApp({ database: a, webDir: null, production: true });
      const res = await prodApp.inject({
        method: 'POST',
        url: '/api/auth/sign-in',
        payload: { login: 'admin', password },
      });
      expect(res.statusCode).toBe(200);
      expect(res.cookies.find((c) => c.name === 'tz_session')?.secure).toBe(true);
      await prodApp.close();
    } finally {
      await a.close();
      await b.close();
    }
  });
});

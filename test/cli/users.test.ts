// `tongzhou users` and `tongzhou tokens` in process (the real command tree, on an embedded database in a
// temp folder): add, list, disable; a token created, usable by the API, then revoked; bad input refused.
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config';
import { openDatabase } from '../../src/db/database';
import { listAudit } from '../../src/services/audit.service';
import { resolveToken, signIn } from '../../src/services/auth.service';
import { tongzhouInProcess, useCliDataDir } from './in-process';

useCliDataDir('migrated', { TONGZHOU_DEMO: '0', TONGZHOU_PASSWORD: undefined });

const tongzhou = tongzhouInProcess;

async function tokenWorks(token: string): Promise<boolean> {
  const database = await openDatabase(loadConfig(process.env));
  try {
    return (await resolveToken(database, token)) !== undefined;
  } finally {
    await database.close();
  }
}

describe('tongzhou users and tokens', () => {
  it('adds a focal point and a coordinator, lists them, and refuses a bad role or short password', async () => {
    const fp = await tongzhou([
      'users',
      'add',
      'rossi',
      '--role',
      'recipient-focal-point',
      '--recipient',
      'ITA',
      '--password',
      'long-enough',
    ]);
    expect(fp.out).toBe('Added rossi (recipient-focal-point, ITA).');
    process.env['TONGZHOU_PASSWORD'] = 'from-the-environment';
    expect((await tongzhou(['users', 'add', 'li.wei', '--role', 'coordinator'])).out).toBe(
      'Added li.wei (coordinator).',
    );
    delete process.env['TONGZHOU_PASSWORD'];
    const list = (await tongzhou(['users', 'list'])).out;
    expect(list).toMatch(/li\.wei\s+li\.wei\s+coordinator/);
    expect(list).toMatch(/rossi\s+rossi\s+recipient-focal-point\s+ITA/);
    expect(
      (await tongzhou(['users', 'add', 'x1', '--role', 'root', '--password', 'long-enough'])).error,
    ).toMatch(/role "root" is not one of admin/);
    expect(
      (await tongzhou(['users', 'add', 'x2', '--role', 'viewer', '--password', 'short'])).error,
    ).toMatch(/password must be at least 8 characters/);
  });

  it('creates a token shown once, revokes it, and disabling a user stops their tokens', async () => {
    const created = await tongzhou(['tokens', 'create', 'li.wei', '--name', 'customs feed']);
    const [, id, token] =
      /Token (tok-\S+) for li\.wei \(shown once\):\n(tzt_\S+)/.exec(created.out) ?? [];
    expect(token).toBeDefined();
    expect(await tokenWorks(token!)).toBe(true);
    expect((await tongzhou(['tokens', 'revoke', id!])).out).toBe(`Revoked ${id} (customs feed).`);
    expect(await tokenWorks(token!)).toBe(false);
    const second = (await tongzhou(['tokens', 'create', 'rossi', '--name', 'receipts'])).out;
    const other = /(tzt_\S+)/.exec(second)?.[1];
    expect((await tongzhou(['users', 'disable', 'rossi'])).out).toBe('Disabled rossi.');
    expect(await tokenWorks(other!)).toBe(false);
    expect((await tongzhou(['tokens', 'create', 'nobody', '--name', 'x'])).error).toMatch(
      /no user with login "nobody"/,
    );
  });

  it('resets a password to a one-time one: the old one stops working, the new one must be changed', async () => {
    const reset = await tongzhou(['users', 'reset-password', 'li.wei']);
    const password = /must change it when they sign in\):\n(\S+)$/.exec(reset.out)?.[1];
    expect(password?.length).toBeGreaterThanOrEqual(20);
    const database = await openDatabase(loadConfig(process.env));
    try {
      await expect(signIn(database, 'li.wei', 'from-the-environment')).rejects.toThrow(
        /wrong sign-in name or password/,
      );
      const session = await signIn(database, 'li.wei', password!);
      expect(session.user.passwordChangeRequired).toBe(true);
      const audit = await listAudit(database, { entity: 'user' }, 50);
      expect(audit.entries.map((e) => e.action)).toContain('user.password-reset');
      expect(JSON.stringify(audit.entries)).not.toContain(password);
    } finally {
      await database.close();
    }
    expect((await tongzhou(['users', 'list'])).out).toMatch(
      /li\.wei\s+li\.wei\s+coordinator\s+yes/,
    );
    expect((await tongzhou(['users', 'reset-password', 'nobody'])).error).toMatch(
      /no user with login "nobody"/,
    );
  });
});

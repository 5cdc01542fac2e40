// The audit trail's head, to publish daily: GET /api/audit/head (audit:read) and `tongzhou audit head`
// (in process, on an embedded database in a temp folder) name the latest row, its time and its hash, and
// the next change's row links to the published hash; `tongzhou audit check-head` tells a held head from a
// rewritten or missing one.
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/api/app';
import type { AuditEntry } from '../../src/core/audit';
import { openDatabase, type Database } from '../../src/db/database';
import { auditHeadLine, auditHeadOf, type AuditHead } from '../../src/services/audit-head.service';
import { addUser } from '../../src/services/users.service';
import { tongzhouInProcess, useCliDataDir } from '../cli/in-process';
import { freshPglite } from '../db/fresh-database';
import { signedIn } from './auth';

let database: Database;
let app: FastifyInstance;
beforeAll(async () => {
  database = await freshPglite();
  app = await buildApp({ database, webDir: null });
}, 120_000);
afterAll(async () => {
  await app?.close();
  await database?.close();
});

describe('GET /api/audit/head', () => {
  it('is null while the trail is empty', async () => {
    expect(await auditHeadOf(database)).toBeNull();
  });

  it('names the latest row, its time and hash, in one line; the next row links to that hash', async () => {
    const admin = await signedIn(database, 'admin');
    const res = await app.inject({ url: '/api/audit/head', headers: admin });
    expect(res.statusCode).toBe(200);
    const head = res.json<AuditHead>();
    const page = await app.inject({ url: '/api/audit?limit=1', headers: admin });
    const [latest] = page.json<{ entries: AuditEntry[] }>().entries;
    expect(head).toEqual({
      seq: latest!.seq,
      at: latest!.at,
      hash: latest!.hash,
      line: `tongzhou audit head: row ${latest!.seq} at ${latest!.at} sha256 ${latest!.hash}`,
    });
    expect(head.hash).toMatch(/^[0-9a-f]{64}$/);

    await signedIn(database, 'viewer'); // another audited change: a new user
    const next = (await app.inject({ url: '/api/audit/head', headers: admin })).json<AuditHead>();
    expect(next.seq).toBeGreaterThan(head.seq);
    const after = await app.inject({
      url: `/api/audit?before=${head.seq + 2}&limit=1`,
      headers: admin,
    });
    expect(after.json<{ entries: AuditEntry[] }>().entries[0]).toMatchObject({
      seq: head.seq + 1,
      prevHash: head.hash,
    });
  });

  it('is for audit readers only: 401 without signing in, 403 for a viewer', async () => {
    expect((await app.inject({ url: '/api/audit/head' })).statusCode).toBe(401);
    const viewer = await signedIn(database, 'viewer');
    expect((await app.inject({ url: '/api/audit/head', headers: viewer })).statusCode).toBe(403);
  });
});

describe('tongzhou audit head', () => {
  const tmp = useCliDataDir('migrated', { TONGZHOU_DEMO: '0' });
  afterAll(() => {
    process.exitCode = undefined;
  });

  it('says the trail is empty (exit code 1), then prints the head as one line or as JSON', async () => {
    const empty = await tongzhouInProcess(['--no-demo', 'audit', 'head']);
    expect(empty.out).toBe('The audit trail is empty: nothing has been changed yet.');
    expect(process.exitCode).toBe(1);
    process.exitCode = undefined;

    const db = await openDatabase({ dataDir: tmp });
    try {
      await addUser(db, { login: 'publisher', password: 'a long enough password', role: 'viewer' });
    } finally {
      await db.close();
    }
    const { out, error } = await tongzhouInProcess(['--no-demo', 'audit', 'head']);
    expect(error).toBe('');
    expect(process.exitCode).toBeUndefined();
    expect(out).toMatch(
      /^tongzhou audit head: row 1 at \d{4}-\d\d-\d\dT[\d:.]+Z sha256 [0-9a-f]{64}$/,
    );
    const json = JSON.parse(
      (await tongzhouInProcess(['--no-demo', 'audit', 'head', '--json'])).out,
    ) as AuditHead;
    expect(json.seq).toBe(1);
    expect(auditHeadLine(json)).toBe(out);
    expect(json.line).toBe(out);

    const held = await tongzhouInProcess(['--no-demo', 'audit', 'check-head', out]);
    expect(held.out).toBe('Row 1 still has the published hash.');
    expect(process.exitCode).toBeUndefined();
    const forged = `1 ${'0'.repeat(64)}`;
    const rewritten = await tongzhouInProcess(['--no-demo', 'audit', 'check-head', forged]);
    expect(rewritten.out).toMatch(/^MISMATCH: row 1 now has hash [0-9a-f]{64}, published 0{64}/);
    expect(process.exitCode).toBe(1);
    process.exitCode = undefined;
    const gone = await tongzhouInProcess(['--no-demo', 'audit', 'check-head', `7 ${json.hash}`]);
    expect(gone.out).toBe('MISMATCH: the trail has no row 7 any more.');
    process.exitCode = undefined;
    const garbled = await tongzhouInProcess(['--no-demo', 'audit', 'check-head', 'row seven']);
    expect(garbled.error).toMatch(/published head: expected .* got "row seven"/);
    process.exitCode = undefined;
  }, 180_000); // each command opens the embedded database from its folder
});

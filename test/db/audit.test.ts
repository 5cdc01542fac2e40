// The audit trail on the driver under test: append-only in the database (UPDATE, DELETE and TRUNCATE
// rejected by a trigger), one unforked chain under concurrent transactions, and verify finding a row
// changed behind the trigger's back.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/database';
import { rowsOf } from '../../src/db/db.types';
import { runAsActor } from '../../src/services/actor-context';
import { recordAudit, verifyAudit, listAudit } from '../../src/services/audit.service';
import { freshDatabase, TEST_DRIVER } from './fresh-database';

let database: Database;
beforeAll(async () => {
  database = await freshDatabase();
});
afterAll(async () => {
  await database?.close();
});

/** The database's own message for a failed statement (drizzle wraps it in `cause`). */
async function failure(run: () => Promise<unknown>): Promise<string> {
  try {
    await run();
  } catch (error) {
    const e = error as { message: string; cause?: { message?: string } };
    return e.cause?.message ?? e.message;
  }
  throw new Error('the statement was expected to fail');
}

const analyst = {
  kind: 'user',
  id: 'u1',
  name: 'ana',
  role: 'coordinator',
  recipientId: null,
} as const;

describe(`audit trail on ${TEST_DRIVER}`, () => {
  it('records who, when, what, before and after, chained', async () => {
    await runAsActor(analyst, () =>
      database.transaction((tx) =>
        recordAudit(tx, [
          { action: 'thing.create', entity: 'thing', entityId: 'T1', after: { n: 1 } },
          {
            action: 'thing.edit',
            entity: 'thing',
            entityId: 'T1',
            before: { n: 1 },
            after: { n: 2 },
          },
        ]),
      ),
    );
    await database.transaction((tx) =>
      recordAudit(tx, { action: 'thing.edit', entity: 'thing', entityId: 'T2', before: { n: 5 } }),
    );
    const page = await listAudit(database, {}, 10);
    expect(page.entries.map((e) => [e.seq, e.actor, e.action, e.entityId])).toEqual([
      [3, 'system:system', 'thing.edit', 'T2'],
      [2, 'user:ana', 'thing.edit', 'T1'],
      [1, 'user:ana', 'thing.create', 'T1'],
    ]);
    expect(page.entries[1]).toMatchObject({ before: { n: 1 }, after: { n: 2 } });
    expect(page.entries[0]!.after).toBeNull();
    expect(page.entries[0]!.at).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    expect(page.entries[1]!.prevHash).toBe(page.entries[2]!.hash);
    expect(await verifyAudit(database.db)).toEqual({ rows: 3, firstBreak: null, ok: true });
  });

  it('pages newest first with a cursor and filters by entity', async () => {
    const first = await listAudit(database, {}, 2);
    expect(first.entries.map((e) => e.seq)).toEqual([3, 2]);
    expect(first.nextBefore).toBe(2);
    const second = await listAudit(database, { beforeSeq: 2 }, 2);
    expect(second).toMatchObject({ nextBefore: null });
    expect(second.entries.map((e) => e.seq)).toEqual([1]);
    const t1 = await listAudit(database, { entity: 'thing', entityId: 'T1' }, 10);
    expect(t1.entries.map((e) => e.seq)).toEqual([2, 1]);
  });

  it('rejects UPDATE, DELETE and TRUNCATE in the database itself', async () => {
    expect(await failure(() => database.db.execute(sql`UPDATE audit_log SET actor = 'x'`))).toMatch(
      /audit_log is append-only: UPDATE/,
    );
    expect(
      await failure(() => database.db.execute(sql`DELETE FROM audit_log WHERE seq = 1`)),
    ).toMatch(/audit_log is append-only: DELETE/);
    expect(await failure(() => database.db.execute(sql`TRUNCATE audit_log`))).toMatch(
      /audit_log is append-only: TRUNCATE/,
    );
    const count = rowsOf<{ n: number }>(
      await database.db.execute(sql`SELECT count(*)::int AS n FROM audit_log`),
    );
    expect(count[0]!.n).toBe(3);
  });

  it('never forks the chain under concurrent transactions', async () => {
    await Promise.all(
      Array.from({ length: 24 }, (_, i) =>
        database.transaction(async (tx) => {
          await recordAudit(tx, { action: 'thing.create', entity: 'thing', entityId: `C${i}` });
          await recordAudit(tx, { action: 'thing.edit', entity: 'thing', entityId: `C${i}` });
        }),
      ),
    );
    const report = await verifyAudit(database.db);
    expect(report).toEqual({ rows: 3 + 48, firstBreak: null, ok: true });
  });

  it('verify reports the first row changed behind the trigger', async () => {
    await database.db.execute(
      sql`ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_update_delete`,
    );
    try {
      await database.db.execute(
        sql`UPDATE audit_log SET after = '{"n": 99}'::jsonb WHERE seq IN (2, 7)`,
      );
    } finally {
      await database.db.execute(
        sql`ALTER TABLE audit_log ENABLE TRIGGER audit_log_no_update_delete`,
      );
    }
    const report = await verifyAudit(database.db);
    expect(report.ok).toBe(false);
    expect(report.rows).toBe(51);
    expect(report.firstBreak).toMatchObject({ seq: 2, problem: 'hash' });
    expect(report.firstBreak!.message).toContain('thing.edit thing T1');
  });
});
